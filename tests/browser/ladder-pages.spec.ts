import { expect, test, type Page } from '@playwright/test';

/** The path of every script file the page loads. */
async function scriptSources(page: Page): Promise<string[]> {
	return page
		.locator('script[src]')
		.evaluateAll((scripts) => scripts.map((s) => new URL((s as HTMLScriptElement).src).pathname).sort());
}

test('the ladder overview shows every level and, for each group, its competencies by level', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/ladder/');
	await expect(page.getByRole('heading', { level: 1, name: 'The engineering ladder' })).toBeVisible();
	const levels = page.locator('ol.ladder-levels > li');
	await expect(levels).toHaveCount(4);
	await expect(levels.nth(2).getByRole('link', { name: 'Senior engineer' })).toBeVisible();
	for (const group of [
		'Technical craft',
		'People and influence',
		'Judgment and direction',
		'Ownership and scope',
	]) {
		await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
	}
	const table = page.getByRole('table', { name: 'Technical craft' });
	await expect(table.getByRole('columnheader')).toHaveText([
		'Competency',
		'Junior engineer',
		'Mid-level engineer',
		'Senior engineer',
		'Staff engineer',
	]);
	await table.getByRole('link', { name: /behaviors: Debugging complex systems, Senior engineer/ }).click();
	await expect(page).toHaveURL(/\/ladder\/competencies\/debugging\/#senior$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Senior engineer' })).toBeInViewport();
});

test('on a phone the overview stacks each competency with its level names, without scrolling sideways', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/ladder/');
	const row = page.getByRole('row', { name: /System design/ });
	await expect(row.getByText('Staff engineer', { exact: true })).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('a link to a behavior lands on that behavior, which carries a label for copy-link', async ({ page }) => {
	await page.goto('/ladder/competencies/debugging/#dbg-root-cause');
	const behavior = page.locator('#dbg-root-cause');
	await expect(behavior).toBeInViewport();
	await expect(behavior).toContainText('Asks how the system reached the broken state');
	await expect(behavior).toHaveAttribute('data-linkable', '');
	await expect(behavior).toHaveAttribute(
		'data-link-label',
		/^Debugging complex systems, Senior engineer: Asks how the system reached the broken state/,
	);
});

test('a competency page says what each behavior grows out of, and links to it', async ({ page }) => {
	await page.goto('/ladder/competencies/system-design/');
	const grown = page.locator('#sd-failure-modes');
	await expect(grown).toContainText('Grows from Mid-level engineer: Lists the edge cases');
	await grown.getByRole('link').click();
	await expect(page).toHaveURL(/#sd-names-edge-cases$/);
	await expect(page.locator('#sd-names-edge-cases')).toBeInViewport();
});

test('a level page lists every competency at that level with its evidence, practice and playbooks', async ({
	page,
}) => {
	await page.goto('/ladder/levels/senior/');
	await expect(page.getByRole('heading', { level: 1, name: 'Senior engineer' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(12);
	// Starlight wraps a heading with its link control: the competency's text follows the wrapper.
	const ownership = page.locator('.sl-heading-wrapper:has(> h3#ownership) ~ *').first();
	await expect(ownership).toContainText('Owns outcomes end to end');
	await expect(page.locator('#own-operable')).toContainText('runbook entry');
	await page.getByRole('link', { name: 'What changes from Mid-level engineer' }).click();
	await expect(page).toHaveURL(/\/ladder\/changes\/mid-level-to-senior\/$/);
});

test('the "what changes" page lists, per competency, what is new, what grows and what stays', async ({
	page,
}) => {
	await page.goto('/ladder/changes/mid-level-to-senior/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'From Mid-level engineer to Senior engineer' }),
	).toBeVisible();
	const section = page.locator('section.ladder-change', { has: page.locator('h3#system-design') });
	await expect(section.getByRole('heading', { level: 4 })).toHaveText(['New', 'Grows', 'Stays']);
	await expect(section.locator('#sd-failure-modes')).toContainText(
		'Grows from Mid-level engineer: Lists the edge cases of their own feature',
	);
	await expect(section.locator('#sd-designs-feature')).toContainText('Writes a short design for a feature');
	await expect(section.getByRole('link', { name: 'Framing an ambiguous request' })).toBeVisible();
});

test('printing a "what changes" page prints the changes without the site navigation', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/ladder/changes/senior-to-staff/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#starlight__sidebar')).toBeHidden();
	await expect(page.locator('starlight-toc')).toBeHidden();
	await expect(page.getByRole('heading', { level: 3, name: 'System design' })).toBeVisible();
});

test('the "what changes" index links every step up the ladder', async ({ page }) => {
	await page.goto('/ladder/changes/');
	await expect(page.locator('main li a')).toHaveText([
		'From Junior engineer to Mid-level engineer',
		'From Mid-level engineer to Senior engineer',
		'From Senior engineer to Staff engineer',
	]);
});

test('a playbook\'s "Trains" line uses the ladder\'s competency names and links to them', async ({
	page,
}) => {
	await page.goto('/playbooks/habits/');
	const trains = page.locator('.playbook-facts div', { has: page.locator('dt', { hasText: 'Trains' }) });
	await expect(trains.getByRole('link')).toHaveText([
		'Ownership',
		'Prioritization',
		'Managing stakeholders',
		'Technical decision-making',
	]);
	await trains.getByRole('link', { name: 'Managing stakeholders' }).click();
	await expect(page).toHaveURL(/\/ladder\/competencies\/stakeholder-management\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Managing stakeholders' })).toBeVisible();
});

test('the versions page, linked from the overview, lists each version with its date and notes', async ({
	page,
}) => {
	await page.goto('/ladder/');
	await page.getByRole('link', { name: "See the ladder's versions" }).click();
	await expect(page).toHaveURL(/\/ladder\/versions\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Versions of the ladder' })).toBeVisible();
	await expect(page.locator('main h2')).toHaveText(['Version 1', 'Renamed and merged']);
	await expect(page.locator('main time')).toHaveAttribute('datetime', '2026-11-30');
	await expect(page.locator('main time')).toHaveText('Nov 30, 2026');
	await expect(page.getByText('First published version.')).toBeVisible();
	await expect(page.getByText('Nothing has been renamed or merged yet.')).toBeVisible();
});

test("each competency links to suggest a change to its file in the team's repository", async ({ page }) => {
	await page.goto('/ladder/competencies/mentoring/');
	await expect(page.getByRole('link', { name: 'suggest a change to it in the repository' })).toHaveAttribute(
		'href',
		'https://github.com/threshold-mentoring/threshold/edit/main/content/ladder/competencies/mentoring.yaml',
	);
});

test('generated ladder pages load no script beyond what a plain page loads', async ({ page }) => {
	await page.goto('/start/mentor/');
	const plain = new Set(await scriptSources(page));
	for (const path of [
		'/ladder/',
		'/ladder/levels/senior/',
		'/ladder/competencies/ownership/',
		'/ladder/changes/',
		'/ladder/changes/mid-level-to-senior/',
		'/ladder/versions/',
	]) {
		await page.goto(path);
		const extra = (await scriptSources(page)).filter((src) => !plain.has(src));
		expect(extra, path).toEqual([]);
	}
});

test('search finds a behavior on the ladder pages', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/ladder/');
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByPlaceholder('Search')).toBeFocused();
	await page.keyboard.type('interface councils');
	const result = dialog.locator('a[href*="/ladder/"]').first();
	await expect(result).toBeVisible({ timeout: 15_000 });
	await result.click();
	await expect(page).toHaveURL(/\/ladder\//);
	await expect(page.locator('main')).toContainText('interface councils');
});

test('a section keyed by a competency is headed by its name in the ladder, listed in "On this page", and links to it', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/playbooks/ten-skills/');
	const headings = page.locator('main h3[data-competency]');
	expect(await headings.count()).toBeGreaterThan(0);
	const first = headings.first();
	const [name, id] = [await first.textContent(), await first.getAttribute('id')];
	await expect(page.locator('starlight-toc').getByRole('link', { name: name!, exact: true })).toHaveAttribute(
		'href',
		`#${id}`,
	);
	const competency = await first.getAttribute('data-competency');
	await page.locator(`main p[data-competency="${competency}"]`).getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/ladder/competencies/${competency}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
});

test('the frameworks table has a row for every competency of the ladder, each linking to it', async ({
	page,
}) => {
	await page.goto('/ladder/');
	const competencies = await page
		.locator('main a[href*="/ladder/competencies/"]')
		.evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
	await page.goto('/playbooks/gap-map/');
	const table = page.getByRole('table', { name: /Each competency of the ladder/ });
	const rows = await table
		.locator('tbody th a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(rows.sort()).toEqual(competencies.sort());
	// Every section the table points to is on its page.
	const targets = await table
		.locator('tbody td a[href*="#"]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	expect(targets.length).toBeGreaterThan(0);
	for (const target of new Set(targets)) {
		await page.goto(target);
		await expect(page.locator(`[id="${new URL(target).hash.slice(1)}"]`)).toHaveCount(1);
	}
});
