import { expect, test, type Page } from '@playwright/test';

const checklist = (page: Page) => page.locator('threshold-checklist');
const list = (page: Page) => page.locator('threshold-progress [data-list]');

/** Opens a checklist page and ticks the items named. */
async function tickOn(page: Page, path: string, ...names: RegExp[]): Promise<void> {
	await page.goto(path);
	for (const name of names) await checklist(page).getByRole('checkbox', { name }).check();
	await expect(checklist(page).locator('.th-checklist__count')).toHaveText(
		new RegExp(`^${names.length} of `),
	);
}

test('My progress lists every checklist the reader has started, with progress and a link', async ({
	page,
}) => {
	await page.goto('/my-progress/');
	await expect(page.locator('threshold-progress')).toContainText('You have not ticked any checklist');
	await expect(list(page)).toBeHidden();

	await page.goto('/playbooks/pitfalls/');
	await checklist(page)
		.getByRole('checkbox', { name: /written design/ })
		.check();
	await page.goto('/playbooks/readiness-self-assessment/');
	await checklist(page)
		.getByRole('checkbox', { name: /wrote down your assumption/ })
		.check();
	await checklist(page)
		.getByRole('checkbox', { name: /declined a feature request/ })
		.check();

	await page.goto('/my-progress/');
	await expect(page.locator('threshold-progress')).toContainText(
		'You have started 2 checklists in this browser.',
	);
	const items = list(page).getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText('Senior readiness self-assessment');
	await expect(items.nth(0)).toContainText('2 of 16 ticked.');
	await expect(items.nth(1)).toContainText('Weekly pitfall check');
	await expect(items.nth(1)).toContainText('1 of 7 ticked, on Pitfalls.');
	await items.nth(1).getByRole('link', { name: 'Weekly pitfall check' }).click();
	await expect(page).toHaveURL(/\/playbooks\/pitfalls\/$/);
});

test('My progress names a checklist whose saved ticks cannot be read, and keeps them', async ({ page }) => {
	await page.goto('/my-progress/');
	await page.evaluate(() => localStorage.setItem('threshold:v1:checklist:pitfalls', 'not json'));
	await page.reload();
	await expect(list(page).getByRole('listitem')).toContainText(
		'Saved ticks for the checklist “pitfalls” could not be read (the saved copy is damaged). They are kept',
	);
	expect(await page.evaluate(() => localStorage.getItem('threshold:v1:checklist:pitfalls'))).toBe('not json');
});

test('export everything, then import it into a fresh browser, restores every checklist', async ({
	page,
	browser,
}) => {
	await tickOn(page, '/playbooks/pitfalls/', /written design/, /glue work/);
	await tickOn(page, '/playbooks/ninety-day-plan/', /Listed every project/);
	await page.goto('/my-progress/');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export everything' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^threshold-everything-\d{4}-\d\d-\d\d\.json$/);
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);

	const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const other = await fresh.newPage();
	await other.goto('/my-progress/');
	await expect(other.locator('threshold-progress')).toContainText('You have not ticked any checklist');
	const choosing = other.waitForEvent('filechooser');
	await other.getByRole('button', { name: 'Import file' }).click();
	await (await choosing).setFiles(file);
	await expect(other.locator('threshold-progress [data-status]')).toHaveText(
		`Restored 2 checklists from ${download.suggestedFilename()}.`,
	);
	await expect(list(other).getByRole('listitem')).toHaveCount(2);
	await expect(list(other)).toContainText('2 of 7 ticked');
	await other.goto('/playbooks/ninety-day-plan/');
	await expect(checklist(other).getByRole('checkbox', { name: /Listed every project/ })).toBeChecked();
	await fresh.close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('My progress says the list is made in the browser and links to every checklist', async ({ page }) => {
		await page.goto('/my-progress/');
		await expect(page.locator('threshold-progress')).toContainText('needs JavaScript to show');
		await expect(page.getByRole('button', { name: 'Export everything' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Weekly pitfall check' })).toHaveAttribute(
			'href',
			'/playbooks/pitfalls/#weekly-pitfall-check',
		);
	});
});
