/**
 * The fork path: another team's content (tests/fixtures/fork: three levels with other
 * names, other groups, other competencies) built with this project's code unchanged,
 * published under a sub-path as GitHub Pages would.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildFork, prepareFork, removeFork } from '../support/fork';
import { servedFork } from '../support/served-fork';

const base = '/acme-growth/';

test.describe('a fork with its own ladder, published under a sub-path', () => {
	test.describe.configure({ mode: 'serial' });
	const fork = servedFork('tests/fixtures/fork', undefined, {
		base,
		checkBuild: (output) => expect(output).toContain('All internal links are valid.'),
	});

	test("shows the fork's own levels and groups, with no code change", async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${fork.origin}${base}ladder/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Acme growth framework' })).toBeVisible();
		await expect(page.locator('ol.ladder-levels > li > a:first-child')).toHaveText([
			'Associate',
			'Engineer',
			'Principal',
		]);
		for (const group of ['Delivery', 'Collaboration', 'Community']) {
			await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
		}
		const community = page.getByRole('table', { name: 'Community' });
		await expect(community.getByRole('columnheader')).toHaveText([
			'Competency',
			'Associate',
			'Engineer',
			'Principal',
		]);
		await expect(
			community
				.getByRole('row', { name: /Hiring/ })
				.getByRole('cell')
				.first(),
		).toContainText('Not described at this level');
	});

	test('links written from the site root in Markdown, components and frontmatter stay inside the sub-path', async ({
		page,
	}) => {
		await page.goto(`${fork.origin}${base}`);
		const href = (name: string | RegExp) => page.getByRole('link', { name }).first().getAttribute('href');
		expect(await href('See the framework')).toBe(`${base}ladder/`);
		expect(await href('overview of the framework')).toBe(`${base}ladder/`);
		expect(await href('a rollback plan')).toBe(`${base}ladder/competencies/shipping/#ship-rollback-plan`);
		expect(await href(/Assess yourself/)).toBe(`${base}ladder/self-assessment/`);
		expect(await href('How we pair')).toBe(`${base}guides/pairing/#how-we-pair`);
	});

	test('has a "what changes" page for each of the fork\'s steps', async ({ page }) => {
		await page.goto(`${fork.origin}${base}ladder/changes/`);
		await expect(page.locator('main li a')).toHaveText([
			'From Associate to Engineer',
			'From Engineer to Principal',
		]);
		await page.getByRole('link', { name: 'From Associate to Engineer' }).click();
		await expect(page).toHaveURL(`${fork.origin}${base}ladder/changes/associate-to-engineer/`);
		await expect(page.locator('#ship-behind-flags')).toContainText(
			'Grows from Associate: Splits work into changes',
		);
		await expect(page.locator('section', { has: page.locator('h3#hiring') })).toContainText(
			'This competency is new at Engineer.',
		);
	});

	test("a playbook's Trains line links to the fork's competencies under the sub-path", async ({ page }) => {
		await page.goto(`${fork.origin}${base}guides/pairing/`);
		const trains = page.locator('.playbook-facts div', { has: page.locator('dt', { hasText: 'Trains' }) });
		await expect(trains.getByRole('link')).toHaveText(['Pairing', 'Shipping']);
		await trains.getByRole('link', { name: 'Shipping' }).click();
		await expect(page).toHaveURL(`${fork.origin}${base}ladder/competencies/shipping/`);
		await expect(
			page.getByRole('link', { name: 'suggest a change to it in the repository' }),
		).toHaveAttribute(
			'href',
			'https://github.com/acme/growth-framework/edit/trunk/content/ladder/competencies/shipping.yaml',
		);
	});

	test('every link, stylesheet, script and image on every page stays inside the sub-path and resolves', async ({
		page,
		request,
	}) => {
		test.setTimeout(120_000);
		const sitemap = await (await request.get(`${fork.origin}${base}sitemap-0.xml`)).text();
		const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(pages.length).toBeGreaterThan(10);
		const checked = new Map<string, Set<string>>();
		for (const path of pages) {
			expect(path.startsWith(base), path).toBe(true);
			await page.goto(`${fork.origin}${path}`);
			const urls = await page
				.locator('a[href], link[href], script[src], img[src]')
				.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? ''));
			for (const raw of urls) {
				const url = new URL(raw, `${fork.origin}${path}`);
				if (url.origin !== fork.origin) continue;
				expect(url.pathname.startsWith(base), `${raw} on ${path}`).toBe(true);
				if (!checked.has(url.pathname)) checked.set(url.pathname, new Set());
				if (url.hash.length > 1) checked.get(url.pathname)!.add(decodeURIComponent(url.hash.slice(1)));
			}
		}
		for (const [path, anchors] of checked) {
			const response = await request.get(`${fork.origin}${path}`);
			expect(response.status(), path).toBe(200);
			if (anchors.size === 0) continue;
			const html = await response.text();
			for (const anchor of anchors) expect(html, `#${anchor} on ${path}`).toContain(`id="${anchor}"`);
		}
	});

	test("the islands work under the sub-path against the fork's ladder, saving under the fork's own namespace", async ({
		page,
	}) => {
		await page.goto(`${fork.origin}${base}ladder/self-assessment/`);
		await expect(page.locator('threshold-assessment [data-actions]')).toBeVisible();
		await expect(page.getByLabel('My level now')).toHaveValue('associate');
		await page.getByRole('checkbox', { name: 'Writes how to roll back before each release.' }).check();
		await page
			.getByRole('textbox', { name: /Evidence for: Writes how to roll back/ })
			.fill('Checkout launch');
		await page.getByRole('textbox', { name: /Evidence for: Writes how to roll back/ }).blur();
		await expect(
			page.locator('[data-gap-playbooks]').getByRole('link', { name: 'Pairing guide' }),
		).toHaveAttribute('href', `${base}guides/pairing/`);
		await page.goto(`${fork.origin}${base}ladder/evidence-log/`);
		await page.getByLabel('What did you do?').fill('Paired with Sam on the importer.');
		await page.getByRole('checkbox', { name: 'Pairing' }).check();
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await expect(page.getByText('Paired with Sam on the importer.')).toBeVisible();
		const keys = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((k) => !k.startsWith('starlight'))
				.sort(),
		);
		expect(keys).toEqual([
			'acme-growth@/acme-growth:v3:ladder:assessment',
			'acme-growth@/acme-growth:v3:ladder:evidence',
		]);
		await page.reload();
		await expect(page.getByText('Paired with Sam on the importer.')).toBeVisible();
	});

	test("a page keyed by the fork's ladder shows the fork's names, and its table of how the frameworks fit lists the fork's competencies", async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`${fork.origin}${base}guides/growth/`);
		await expect(page.locator('main h2#delivery-skills')).toHaveText('Delivery');
		await expect(page.locator('main h3#shipping-well')).toHaveText('Shipping');
		await expect(page.locator('main h3#quality')).toHaveText('Quality');
		await expect(
			page.locator('starlight-toc').getByRole('link', { name: 'Shipping', exact: true }),
		).toHaveAttribute('href', '#shipping-well');
		const onTheLadder = page.locator('p', { hasText: 'On the ladder:' }).filter({ hasText: 'Pairing' });
		await expect(onTheLadder.getByRole('link', { name: 'Pairing' })).toHaveAttribute(
			'href',
			`${base}ladder/competencies/pairing/`,
		);
		const item = page.locator('#behind-flags');
		await expect(item).toHaveText('Your last change went out behind a flag.');
		await expect(item).toHaveAttribute('data-competency', 'ship-behind-flags');
		await expect(page.locator('main')).not.toContainText('[ladder:');
		const table = page.getByRole('table', { name: /Each competency of the ladder/ });
		await expect(table.locator('tbody th')).toHaveText(['Shipping', 'Quality', 'Pairing', 'Hiring']);
		const quality = table.getByRole('row', { name: /^Quality/ });
		await expect(quality.getByRole('link', { name: 'Shipping well' })).toHaveAttribute(
			'href',
			`${base}guides/growth/#check-yourself`,
		);
		await expect(quality.getByRole('link', { name: 'Quality', exact: true }).last()).toHaveAttribute(
			'href',
			`${base}guides/growth/#quality`,
		);
	});

	test('search finds the fork’s ladder pages under the sub-path', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`${fork.origin}${base}`);
		await page.locator('#starlight__search input').waitFor({ state: 'attached' });
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog');
		await expect(dialog.getByPlaceholder('Search')).toBeFocused();
		await page.keyboard.type('rollback plan');
		const result = dialog.locator(`a[href^="${base}ladder/"]`).first();
		await expect(result).toBeVisible({ timeout: 15_000 });
		await result.click();
		await expect(page).toHaveURL(new RegExp(`^${fork.origin}${base}ladder/`));
	});
});

test('a fork whose pages name ladder ids its ladder lacks fails before rendering, listing every page and line with the fix', async () => {
	test.setTimeout(180_000);
	const dir = prepareFork('tests/fixtures/fork', {
		'content/docs/guides/readiness.mdx': () =>
			[
				'---',
				'title: Readiness',
				'description: Written for another ladder.',
				'---',
				"import { Checklist } from '~/components';",
				'',
				'<Checklist id="readiness" title="Readiness">',
				'',
				'- Multiplying others [ladder: mentoring]',
				'  - [ ] A review comment of yours changed how someone writes code. [ladder: code-review] [#review]',
				'',
				'</Checklist>',
			].join('\n'),
		'content/docs/guides/growth.mdx': (text) =>
			text.replace('<LadderSkill id="quality">', '<LadderSkill id="qualty">'),
	});
	try {
		const build = await buildFork(dir);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('The ladder has 3 problems. Fix them and build again.');
		expect(build.output).toContain(
			'content/docs/guides/readiness.mdx\n  - line 9: The checklist group "Multiplying others" names "mentoring", which is not a competency of the ladder',
		);
		expect(build.output).toContain(
			'  - line 10: The checklist item "A review comment of yours changed how someone writes code." names "code-review"',
		);
		expect(build.output).toContain('End the item with [ladder: id]');
		expect(build.output).toMatch(
			/content\/docs\/guides\/growth\.mdx\n {2}- line \d+: <LadderSkill> names "qualty", which is not a competency of the ladder in content\/ladder\/competencies\/\*\.yaml\. Did you mean "quality"\?/,
		);
		// The ladder is checked when the build starts, so no page was rendered.
		expect(existsSync(join(dir, 'dist'))).toBe(false);
	} finally {
		removeFork(dir);
	}
});
