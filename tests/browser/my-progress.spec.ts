import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeInBothThemes } from '../support/axe';
import { ready } from '../support/ladder-islands';
import { storageKey, storageNamespace, tabTo } from '../support/site';

const checklist = (page: Page) => page.locator('threshold-checklist');
const progress = (page: Page) => page.locator('threshold-progress');
const list = (page: Page) => page.locator('threshold-progress [data-list]');
const section = (page: Page, name: string) => page.locator(`threshold-progress [data-growth="${name}"]`);
const empty = 'Nothing from this site is saved in this browser yet.';

/** Every row of a table body, as its header's and cells' text. */
const rowsOf = (table: Locator) =>
	table
		.locator('tbody tr')
		.evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));

/** Types a draft into the page's first builder (a new draft when `asNew`); waits until `saved` drafts are kept. */
async function writeDraft(
	page: Page,
	name: string,
	text: string,
	saved: number,
	asNew = false,
): Promise<void> {
	const builder = page.locator('threshold-builder').first();
	if (asNew) await builder.getByRole('button', { name: 'New draft' }).click();
	await builder.getByLabel('Draft name', { exact: true }).fill(name);
	await builder.locator('[data-part="editor"] textarea:visible').first().fill(text);
	await expect
		.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':builder:')).length))
		.toBe(saved);
}

/**
 * Saves one of each through the site's own pages, as a reader would: a self-assessment of the
 * first competency in scope (one behavior seen with evidence, one without, one that does not
 * apply), an evidence log entry tagged with that competency, and a growth plan draft. Returns
 * the competency's name and what the assessment and the evidence log show of them.
 */
async function saveOneOfEach(page: Page) {
	await page.goto('/ladder/self-assessment/');
	await ready(page, 'threshold-assessment');
	const assessment = page.locator('threshold-assessment');
	const shown = 'input[id^="shown-"]:visible';
	const competency = assessment.locator('section[data-competency]', { has: page.locator(shown) }).first();
	const name = (await competency.getAttribute('data-name'))!;
	await competency.locator(shown).nth(0).check();
	await competency
		.locator('[data-field="evidence"] input:visible')
		.first()
		.fill('Wrote the design doc, reviewed by Ana');
	await competency.locator(shown).nth(1).check();
	await competency.locator('input[id^="na-"]:visible').nth(2).check();
	await expect
		.poll(() => page.evaluate((key) => localStorage.getItem(key), storageKey('ladder:assessment', 3)))
		.toContain('reviewed by Ana');
	// Read the results once they show the three marks (with evidence, without, does not apply): the
	// script that redraws them may still be on its way when the save is seen.
	const results = assessment.locator('[data-results]');
	const marked = results.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
	await expect(marked.getByRole('cell')).toHaveText(['1', '1', /\d/, '1']);
	const figures = await rowsOf(results);

	await page.goto('/ladder/evidence-log/');
	await ready(page, 'threshold-evidence-log');
	await page.getByLabel('What did you do?').fill('Led the incident review for the importer.');
	await page.getByRole('checkbox', { name, exact: true }).check();
	await page.getByRole('button', { name: 'Add to the log' }).click();
	// Adding loads the form's code on first use: read the coverage once the log says it is added.
	await expect(page.locator('threshold-evidence-log').getByRole('status').first()).toHaveText(
		'Added to your log.',
	);
	const coverage = await rowsOf(page.locator('[data-coverage] table'));

	await page.goto('/my-progress/');
	await section(page, 'work')
		.getByRole('link', { name: /open the builder/ })
		.click();
	await writeDraft(page, 'Plan for the spring', 'Lead one design review a month', 1);
	return { name, results: figures, coverage };
}

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
	await expect(progress(page)).toContainText(empty);
	await expect(section(page, 'checklists')).toBeHidden();

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
	await expect(section(page, 'checklists')).toContainText('You have started 2 checklists in this browser.');
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
	const key = storageKey('checklist:pitfalls');
	await page.goto('/my-progress/');
	await page.evaluate((k) => localStorage.setItem(k, 'not json'), key);
	await page.reload();
	await expect(list(page).getByRole('listitem')).toContainText(
		'Saved ticks for the checklist “pitfalls” could not be read (the saved copy is damaged). They are kept',
	);
	expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('not json');
});

test('My growth says when the saved self-assessment or evidence log cannot be read, and keeps them', async ({
	page,
}) => {
	const [assessment, evidence] = [storageKey('ladder:assessment', 2), storageKey('ladder:evidence', 2)];
	await page.goto('/my-progress/');
	await page.evaluate(
		([a, e]) => {
			localStorage.setItem(a, '{"v":2');
			localStorage.setItem(e, 'not json');
		},
		[assessment, evidence] as const,
	);
	await page.reload();
	await expect(section(page, 'stand')).toContainText(
		'Your saved self-assessment could not be read (the saved copy is damaged). It is kept in this browser',
	);
	await expect(section(page, 'coverage')).toContainText('Your saved evidence log could not be read');
	await expect(section(page, 'stand').locator('table')).toBeHidden();
	expect(await page.evaluate((k) => localStorage.getItem(k), evidence)).toBe('not json');
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
	expect(download.suggestedFilename().startsWith(`${storageNamespace}-everything-`)).toBe(true);
	expect(download.suggestedFilename()).toMatch(/-everything-\d{4}-\d\d-\d\d\.json$/);
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);

	const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const other = await fresh.newPage();
	await other.goto('/my-progress/');
	await expect(other.locator('threshold-progress')).toContainText(empty);
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

test('export everything, then import it into a fresh browser, brings back where I stand, the evidence and the drafts', async ({
	page,
	browser,
}) => {
	await saveOneOfEach(page);
	await page.goto('/my-progress/');
	await expect(section(page, 'work').getByRole('listitem')).toHaveCount(1);
	const stand = await rowsOf(section(page, 'stand').locator('table'));
	const coverage = await rowsOf(section(page, 'coverage').locator('table'));
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export everything' }).click();
	const download = await downloading;
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);

	const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const other = await fresh.newPage();
	await other.goto('/my-progress/');
	await expect(progress(other)).toContainText(empty);
	await other.locator('threshold-progress [data-file]').setInputFiles(file);
	await expect(other.locator('threshold-progress [data-status]')).toContainText(download.suggestedFilename());
	await expect(section(other, 'work').getByRole('listitem').getByRole('link')).toHaveText([
		'Plan for the spring',
	]);
	expect(await rowsOf(section(other, 'stand').locator('table'))).toEqual(stand);
	expect(await rowsOf(section(other, 'coverage').locator('table'))).toEqual(coverage);
	await fresh.close();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('My growth says the page is made in the browser, links the tools and every checklist', async ({
		page,
	}) => {
		await page.goto('/my-progress/');
		await expect(progress(page)).toContainText('needs JavaScript to show');
		await expect(page.getByRole('button', { name: 'Export everything' })).toBeHidden();
		await expect(page.getByRole('link', { name: 'Take the self-assessment' })).toHaveAttribute(
			'href',
			'/ladder/self-assessment/',
		);
		await expect(page.getByRole('link', { name: 'Open the mentor page' })).toHaveAttribute(
			'href',
			'/ladder/mentor/',
		);
		for (const name of ['stand', 'coverage', 'work', 'checklists'])
			await expect(section(page, name)).toBeHidden();
		await expect(page.getByRole('link', { name: 'Weekly pitfall check' })).toHaveAttribute(
			'href',
			'/playbooks/pitfalls/#weekly-pitfall-check',
		);
	});
});

test('with nothing saved, My growth shows a first step for a mentee and one for a mentor, and no empty sections', async ({
	page,
}) => {
	await page.goto('/my-progress/');
	await expect(progress(page)).toContainText(empty);
	await expect(page.getByRole('heading', { name: 'If you are growing toward the next level' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'If you mentor someone' })).toBeVisible();
	for (const name of ['stand', 'coverage', 'work', 'checklists'])
		await expect(section(page, name)).toBeHidden();
	await page.getByRole('link', { name: 'Open the mentor page' }).click();
	await expect(page).toHaveURL(/\/ladder\/mentor\/$/);
	await page.goBack();
	await page.getByRole('link', { name: 'Take the self-assessment' }).click();
	await expect(page).toHaveURL(/\/ladder\/self-assessment\/$/);
});

test('My growth shows where I stand, evidence coverage and the growth plan saved on their own pages, with their figures', async ({
	page,
}) => {
	const { name, results, coverage } = await saveOneOfEach(page);
	await page.goto('/my-progress/');
	await expect(progress(page)).toContainText('Put together in this browser');
	await expect(section(page, 'first')).toBeHidden();

	// Where I stand: the self-assessment's own results, line for line, and a mark per behavior.
	const stand = section(page, 'stand');
	await expect(stand.locator('tbody tr')).toHaveCount(results.length);
	expect(await rowsOf(stand.locator('table'))).toEqual(results);
	const row = stand.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
	await expect(row.locator('.th-chart__evidenced')).toHaveCount(1);
	await expect(row.locator('.th-chart__unsupported')).toHaveCount(1);
	await expect(row.locator('.th-chart__na')).toHaveCount(1);

	// Evidence coverage: the evidence log's own figures, and one dot, at this month (the last).
	const covered = section(page, 'coverage');
	expect(await rowsOf(covered.locator('table'))).toEqual(coverage);
	const line = covered.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) });
	await expect(line.getByRole('cell').first()).toHaveText('1');
	await expect(line.locator('.th-chart__month')).toHaveCount(1);
	expect(await line.locator('circle').evaluate((c) => c === c.parentElement!.lastElementChild)).toBe(true);

	// What I am working on: the draft, when it was started and edited, and a link that opens it.
	const today = await page.evaluate(() =>
		new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date()),
	);
	const drafts = section(page, 'work').getByRole('listitem');
	await expect(drafts).toHaveCount(1);
	await expect(drafts).toContainText(`started ${today}, last edited ${today}`);

	// A second plan is listed first (newest), and each link opens its own draft, not the newest.
	await drafts.getByRole('link').click();
	await writeDraft(page, 'Plan for the autumn', 'Run the incident review', 2, true);
	await page.goto('/my-progress/');
	await expect(drafts.getByRole('link')).toHaveText(['Plan for the autumn', 'Plan for the spring']);
	await drafts.getByRole('link', { name: 'Plan for the spring' }).click();
	await expect(
		page.locator('threshold-builder').first().getByLabel('Draft name', { exact: true }),
	).toHaveValue('Plan for the spring');
});

test('of each builder other than the growth plan (such as the next 1:1 agenda), My growth shows only the newest draft', async ({
	page,
}) => {
	await page.goto('/my-progress/');
	const builders = JSON.parse((await progress(page).getAttribute('data-builders'))!) as {
		url: string;
		all: boolean;
	}[];
	const other = builders.find((b) => !b.all);
	expect(other, 'a builder that lists only its newest draft').toBeDefined();
	await page.goto(other!.url);
	await writeDraft(page, 'Older one', 'First draft', 1);
	await writeDraft(page, 'Newer one', 'Second draft', 2, true);
	await page.goto('/my-progress/');
	await expect(section(page, 'work').getByRole('listitem').getByRole('link')).toHaveText(['Newer one']);
});

test('the keyboard reaches every link and button of My growth, empty and filled', async ({ page }) => {
	const reachAll = async () => {
		const targets = progress(page).locator('a:visible, button:visible');
		expect(await targets.count()).toBeGreaterThan(2);
		for (const target of await targets.all()) await tabTo(page, target);
	};
	await page.goto('/my-progress/');
	await expect(progress(page)).toContainText(empty);
	await reachAll();
	await saveOneOfEach(page);
	await page.goto('/my-progress/');
	await expect(section(page, 'stand').locator('tbody tr').first()).toBeVisible();
	await reachAll();
});

test(`My growth passes axe empty and filled in the light and dark themes`, async ({ page }) => {
	await page.goto('/my-progress/');
	await expect(progress(page)).toContainText(empty);
	expect(await axeInBothThemes(page)).toEqual([]);
	await saveOneOfEach(page);
	await page.goto('/my-progress/');
	await expect(section(page, 'work').getByRole('listitem')).toHaveCount(1);
	await expect(section(page, 'coverage').locator('tbody tr').first()).toBeVisible();
	expect(await axeInBothThemes(page)).toEqual([]);
});
