/**
 * The deploy, as `.github/workflows/deploy.yml` makes it: this site's own content built
 * under a base path and served only there, as GitHub Pages would. Pages are found by the
 * islands their HTML holds, so the test reads any team's content, not this site's ids.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { loadRedirects } from '../../src/config/load';
import { headersProblems } from '../../src/build/host-headers';
import { buildFork, prepareFork, removeFork, serveFork } from '../support/fork';
import { sitemapPaths } from '../support/site';
import { collectErrors } from '../support/watch';

const base = '/threshold/';

test.describe('the site deployed under a base path', () => {
	test.describe.configure({ mode: 'serial' });
	let dir = '';
	let origin = '';
	let close: () => Promise<void> = async () => {};
	/** Built HTML file (relative to dist) by the path readers open. */
	let pages = new Map<string, string>();

	/** The path of the first page whose HTML contains `marker`. */
	const pageWith = (marker: string): string => {
		for (const [path, html] of pages) if (html.includes(marker)) return path;
		throw new Error(`No page of the deploy build contains ${marker}.`);
	};

	// eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from this pattern; the hook needs none.
	test.beforeAll(async ({}, testInfo) => {
		testInfo.setTimeout(240_000);
		// The project's own content: prepareFork copies the code and `./content`.
		dir = prepareFork('.');
		const build = await buildFork(dir, ['--base', base]);
		expect(build.status, build.output).toBe(0);
		({ origin, close } = await serveFork(dir, base));
		const dist = join(dir, 'dist');
		pages = new Map(
			readdirSync(dist, { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('index.html'))
				.map((file) => [
					`${base}${file.replace(/index\.html$/, '')}`,
					readFileSync(join(dist, file), 'utf8'),
				]),
		);
	});

	test.afterAll(async () => {
		await close();
		if (dir) removeFork(dir);
	});

	/** Fails the test on any console error or uncaught exception of `page`. */
	const expectNoErrors = (page: Page) => {
		const errors = collectErrors(page);
		return () => expect(errors, errors.join('\n')).toEqual([]);
	};

	test('a ticked checklist item survives a reload, and My progress lists the checklist with a link under the base', async ({
		page,
	}) => {
		const noErrors = expectNoErrors(page);
		const path = pageWith('<threshold-checklist');
		await page.goto(`${origin}${path}`);
		const box = page.locator('threshold-checklist').first().getByRole('checkbox').first();
		await box.check();
		await page.reload();
		await expect(box).toBeChecked();

		await page.goto(`${origin}${pageWith('<threshold-progress')}`);
		const items = page.locator('threshold-progress [data-list]').getByRole('listitem');
		await expect(items).toHaveCount(1);
		await expect(items.getByRole('link').first()).toHaveAttribute('href', new RegExp(`^${path}`));
		await items.getByRole('link').first().click();
		await expect(page).toHaveURL(`${origin}${path}`);
		noErrors();
	});

	test('a share link from a builder opens, read-only, in a fresh browser profile', async ({
		page,
		browser,
	}) => {
		const noErrors = expectNoErrors(page);
		await page.goto(`${origin}${pageWith('<threshold-builder')}`);
		const builder = page.locator('threshold-builder').first();
		await builder.getByLabel('Draft name', { exact: true }).fill('Deployed draft');
		await builder.locator('[data-part="editor"] textarea:visible').first().fill('Typed on the deployed site');
		await builder.getByRole('button', { name: 'Share link' }).click();
		// The link is made by code that loads on first use: read it once the builder shows it.
		const field = builder.getByLabel('Share link', { exact: true });
		await expect(field).toHaveValue(/#doc=z/);
		const link = await field.inputValue();
		expect(link.startsWith(`${origin}${base}`), link).toBe(true);

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		const otherErrors = collectErrors(other);
		await other.goto(link);
		await expect(other.getByRole('heading', { name: 'Shared with you: Deployed draft' })).toBeFocused();
		await expect(other.locator('threshold-builder').first()).toContainText('Typed on the deployed site');
		expect(otherErrors).toEqual([]);
		await fresh.close();
		noErrors();
	});

	test('a question bank narrows to the words typed and keeps them in the address', async ({ page }) => {
		const noErrors = expectNoErrors(page);
		const path = pageWith('<question-bank');
		await page.goto(`${origin}${path}`);
		const questions = page.locator('question-bank').first().locator('.th-question-bank__question:visible');
		const all = await questions.count();
		const word = (await questions.first().textContent())?.match(/[A-Za-z]{6,}/)?.[0] ?? '';
		await page.locator('question-bank').first().getByLabel('Containing').fill(word);
		await expect.poll(() => questions.count()).toBeLessThan(all);
		await expect(page).toHaveURL(`${origin}${path}?q=${word}`);
		noErrors();
	});

	test('a moved page redirects to its new address under the base, carrying the #anchor', async ({ page }) => {
		const [from, to] = Object.entries(loadRedirects('.')).find(([, target]) => target.startsWith('/')) ?? [];
		expect(from, 'content/redirects.json has a redirect to a page of the site to try').toBeTruthy();
		const target = `${base}${to!.slice(1)}`;
		const anchor = /<h2 id="([^"]+)"/.exec(pages.get(target) ?? '')?.[1];
		expect(anchor, `a heading on ${target}`).toBeTruthy();
		await page.goto(`${origin}${base}${from!.slice(1)}#${anchor}`);
		await expect(page).toHaveURL(`${origin}${target}#${anchor}`);
	});

	test('every link, script and stylesheet of every page answers 200 under the base, and _headers has the base', async () => {
		const urls = new Set<string>();
		for (const path of sitemapPaths(join(dir, 'dist'))) {
			const html =
				pages.get(path) ?? readFileSync(join(dir, 'dist', path.slice(base.length), 'index.html'), 'utf8');
			const tree = fromHtml(html);
			const refs = [
				...selectAll('a[href]', tree).map((el) => el.properties['href']),
				...selectAll('script[src]', tree).map((el) => el.properties['src']),
				...selectAll('link[href]', tree).map((el) => el.properties['href']),
			];
			for (const ref of refs) {
				const url = new URL(String(ref), `${origin}${path}`);
				url.hash = '';
				if (url.origin === origin) urls.add(url.href);
			}
		}
		expect(urls.size).toBeGreaterThan(pages.size);
		const failed: string[] = [];
		for (const url of urls) {
			const response = await fetch(url);
			if (response.status !== 200) failed.push(`${response.status} ${url}`);
		}
		expect(failed, failed.join('\n')).toEqual([]);
		expect(headersProblems(join(dir, 'dist'), base)).toEqual([]);
	});
});
