import { expect, test, type Page } from '@playwright/test';
import { keyPrefix, storageKey, tabTo } from '../support/site';
import { axeInBothThemes } from '../support/axe';

// The weekly pitfall check: seven items in four groups.
const pitfalls = '/playbooks/pitfalls/';
const key = storageKey('checklist:pitfalls');

const checklist = (page: Page) => page.locator('threshold-checklist');
const box = (page: Page, name: string | RegExp) => checklist(page).getByRole('checkbox', { name });
const progress = (page: Page) => checklist(page).locator('.th-checklist__count');
const status = (page: Page) => checklist(page).locator('[data-status]');
const saved = (page: Page) => page.evaluate(() => ({ ...localStorage }) as Record<string, string>);

/** Opens the page and waits until the island has enabled its boxes. */
async function open(page: Page, path = pitfalls): Promise<void> {
	await page.goto(path);
	await expect(checklist(page).getByRole('checkbox').first()).toBeEnabled();
}

async function tick(page: Page, ...names: RegExp[]): Promise<void> {
	for (const name of names) await box(page, name).check();
}

const design = /written design/;
const unassigned = /problem nobody assigned me/;
const glue = /glue work/;

test('a ticked item is still ticked after a reload, with progress overall and per group', async ({
	page,
}) => {
	await open(page);
	await expect(progress(page)).toHaveText('0 of 7 ticked');
	await tick(page, design, glue);
	await expect(progress(page)).toHaveText('2 of 7 ticked');
	const group = checklist(page).locator('[data-group="Writing and ownership"] .th-checklist__group-count');
	await expect(group).toHaveText('(1 of 2)');
	await page.reload();
	await expect(box(page, design)).toBeChecked();
	await expect(box(page, glue)).toBeChecked();
	await expect(box(page, unassigned)).not.toBeChecked();
	await expect(progress(page)).toHaveText('2 of 7 ticked');
	await expect(group).toHaveText('(1 of 2)');
});

test('progress is announced politely to screen readers after each tick', async ({ page }) => {
	await open(page);
	const announcer = checklist(page).locator('.sr-only[role="status"]');
	await tick(page, unassigned);
	await expect(announcer).toHaveText('1 of 7 ticked. Writing and ownership: 1 of 2.');
	await box(page, unassigned).uncheck();
	await expect(announcer).toHaveText('0 of 7 ticked. Writing and ownership: 0 of 2.');
});

test('two tabs agree without a reload', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await open(first);
	await open(second);
	await tick(first, design);
	await expect(box(second, design)).toBeChecked();
	await expect(progress(second)).toHaveText('1 of 7 ticked');
	await box(second, design).uncheck();
	await expect(box(first, design)).not.toBeChecked();
});

test('a corrupt saved value does not break the page, the reader is told, and it is kept', async ({
	page,
}) => {
	await page.goto(pitfalls);
	await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"data":{"ticks":"oops'), key);
	await open(page);
	await expect(checklist(page).locator('[data-notice="unreadable"]')).toContainText(
		'Your saved ticks for this checklist could not be read (the saved copy is damaged)',
	);
	await expect(progress(page)).toHaveText('0 of 7 ticked');
	// Nothing was deleted: the original is still there, and a copy is set aside.
	let entries = await saved(page);
	expect(entries[key]).toBe('{"v":1,"data":{"ticks":"oops');
	expect(
		Object.entries(entries).filter(([k, v]) => k.includes(':aside:') && v.includes('oops')),
	).toHaveLength(1);
	// Ticking starts a fresh copy; the unreadable one stays aside and the notice goes on reload.
	await tick(page, design);
	entries = await saved(page);
	expect(Object.values(entries).filter((v) => v.includes('oops'))).toHaveLength(1);
	await page.reload();
	await expect(box(page, design)).toBeChecked();
	await expect(checklist(page).locator('[data-notice="unreadable"]')).toBeHidden();
});

test.describe('with browser storage blocked', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
	});

	test('the checklist still works for the visit and says ticks will not be kept', async ({ page }) => {
		await open(page);
		await expect(checklist(page).locator('[data-notice="storage"]')).toHaveText(
			'Ticks cannot be kept in this browser (this browser is not keeping data for this site). They will last only while this page is open.',
		);
		await tick(page, design, unassigned);
		await expect(progress(page)).toHaveText('2 of 7 ticked');
		await page.getByRole('button', { name: 'Reset' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
		await expect(progress(page)).toHaveText('0 of 7 ticked');
		await checklist(page).getByRole('button', { name: 'Undo' }).click();
		await expect(progress(page)).toHaveText('2 of 7 ticked');
	});
});

test('when storage is full the checklist keeps working and says ticks will not be kept', async ({ page }) => {
	await page.addInitScript((prefix) => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k: string, v: string) {
			if (k.startsWith(prefix)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, k, v);
		};
	}, keyPrefix);
	await open(page);
	await tick(page, glue);
	await expect(progress(page)).toHaveText('1 of 7 ticked');
	await expect(checklist(page).locator('[data-notice="storage"]')).toContainText(
		'Ticks cannot be kept in this browser (the browser refused to save: its storage for this site may be full)',
	);
});

test('export, then import into a fresh browser, restores the same ticks', async ({ page, browser }) => {
	await open(page);
	await tick(page, design, glue);
	const downloading = page.waitForEvent('download');
	await checklist(page).getByRole('button', { name: 'Export file' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^pitfalls-\d{4}-\d\d-\d\d\.json$/);
	await expect(status(page)).toContainText(`Downloaded ${download.suggestedFilename()}.`);
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);

	const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const other = await fresh.newPage();
	await open(other);
	await expect(progress(other)).toHaveText('0 of 7 ticked');
	const choosing = other.waitForEvent('filechooser');
	await checklist(other).getByRole('button', { name: 'Import file' }).click();
	await (await choosing).setFiles(file);
	await expect(status(other)).toContainText(
		`Restored 2 of 7 ticks from ${download.suggestedFilename()}, exported `,
	);
	await expect(box(other, design)).toBeChecked();
	await expect(box(other, glue)).toBeChecked();
	await expect(box(other, unassigned)).not.toBeChecked();
	await other.reload();
	await expect(progress(other)).toHaveText('2 of 7 ticked');
	await fresh.close();
});

test('importing a file that is not an export says so and changes nothing', async ({ page }) => {
	await open(page);
	await tick(page, design);
	const choosing = page.waitForEvent('filechooser');
	await checklist(page).getByRole('button', { name: 'Import file' }).click();
	await (
		await choosing
	).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
	await expect(status(page)).toHaveText(
		'notes.json is not a backup from this site: choose a file this site saved for you. Nothing was changed.',
	);
	await expect(progress(page)).toHaveText('1 of 7 ticked');
});

test('reset asks first, and can be undone', async ({ page }) => {
	await open(page);
	await tick(page, design, unassigned);
	const reset = checklist(page).getByRole('button', { name: 'Reset' });
	const dialog = page.getByRole('dialog');

	await reset.click();
	await expect(dialog).toContainText('Untick every item in “Weekly pitfall check”?');
	await dialog.getByRole('button', { name: 'Keep my ticks' }).click();
	await expect(dialog).toBeHidden();
	await expect(progress(page)).toHaveText('2 of 7 ticked');

	await reset.click();
	await dialog.getByRole('button', { name: 'Reset' }).click();
	await expect(progress(page)).toHaveText('0 of 7 ticked');
	await expect(box(page, design)).not.toBeChecked();
	await expect(status(page)).toHaveText('All ticks cleared.');
	await page.reload();
	await expect(progress(page)).toHaveText('0 of 7 ticked');

	// After a reload the undo is gone; reset again and undo straight away.
	await tick(page, glue);
	await reset.click();
	await dialog.getByRole('button', { name: 'Reset' }).click();
	await checklist(page).getByRole('button', { name: 'Undo' }).click();
	await expect(box(page, glue)).toBeChecked();
	await expect(status(page)).toHaveText('Your ticks are back: 1 of 7.');
	await page.reload();
	await expect(box(page, glue)).toBeChecked();
});

test('everything works from the keyboard alone', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page);
	const first = box(page, design);
	await tabTo(page, first);
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	await tabTo(page, box(page, unassigned));
	await page.keyboard.press('Space');
	await expect(progress(page)).toHaveText('2 of 7 ticked');

	const reset = checklist(page).getByRole('button', { name: 'Reset' });
	await tabTo(page, reset);
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('button', { name: 'Keep my ticks' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(progress(page)).toHaveText('2 of 7 ticked');

	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(dialog.getByRole('button', { name: 'Reset' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(progress(page)).toHaveText('0 of 7 ticked');
	await tabTo(page, checklist(page).getByRole('button', { name: 'Undo' }));
	await page.keyboard.press('Enter');
	await expect(progress(page)).toHaveText('2 of 7 ticked');
});

test('copy as Markdown puts the title, date and every item, ticked or not, on the clipboard', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page);
	await tick(page, design);
	await checklist(page).getByRole('button', { name: 'Copy as Markdown' }).click();
	await expect(status(page)).toContainText('Copied the checklist as Markdown');
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toMatch(
		/^## Weekly pitfall check\n\n\[Pitfalls\]\(http:\/\/localhost:\d+\/playbooks\/pitfalls\/\), \d{4}-\d\d-\d\d: 1 of 7 ticked\./,
	);
	expect(text).toContain('### Writing and ownership (1 of 2)');
	expect(text).toContain(
		'- [x] Anything I started this week that’s longer than three days has a written design someone else has read.',
	);
	expect(text).toContain('- [ ] I spent time on at least one problem nobody assigned me.');
});

test('a link to an item scrolls to it and marks it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto(`${pitfalls}#review-questions`);
	const item = page.locator('#review-questions');
	await expect(item).toBeInViewport();
	expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
	await expect(item).toHaveCSS('outline-style', 'solid');
	await expect(item).toHaveAttribute('data-linkable', '');
	await expect(item).toHaveAttribute('data-link-label', /^My review comments were labeled/);
});

test('printing shows the reader’s ticks and not the buttons', async ({ page }) => {
	await open(page);
	await tick(page, glue);
	await page.emulateMedia({ media: 'print' });
	await expect(box(page, glue)).toBeChecked();
	await expect(box(page, glue)).toBeVisible();
	await expect(checklist(page).getByRole('button', { name: 'Reset' })).toBeHidden();
	await expect(checklist(page).getByRole('button', { name: 'Export file' })).toBeHidden();
});

test('a tick whose item was reworded is flagged, and one whose item is gone is archived', async ({
	page,
}) => {
	await page.goto(pitfalls);
	await page.evaluate((k) => {
		const ticks = {
			'glue-visible': { text: 'I wrote down my glue work.', hash: 'old' },
			'retired-item': { text: 'I kept a list of every meeting I skipped.', hash: 'x1' },
		};
		const data = {
			title: 'Weekly pitfall check',
			page: 'Pitfalls',
			url: '/playbooks/pitfalls/',
			total: 7,
			ticks,
		};
		localStorage.setItem(k, JSON.stringify({ v: 1, savedAt: '2026-01-01T00:00:00.000Z', data }));
	}, key);
	await open(page);
	await expect(box(page, glue)).toBeChecked();
	const flag = page.locator('#glue-visible .th-checklist__was');
	await expect(flag).toContainText('Reworded since you ticked it. You ticked: “I wrote down my glue work.”');
	const archived = checklist(page).locator('[data-archived]');
	await expect(archived).toContainText('Ticked in an earlier version of this checklist');
	await expect(archived).toContainText('I kept a list of every meeting I skipped.');
	await expect(progress(page)).toHaveText('1 of 7 ticked');

	await flag.getByRole('button', { name: 'Keep my tick' }).click();
	await expect(flag).toHaveCount(0);
	await page.reload();
	await expect(page.locator('#glue-visible .th-checklist__was')).toHaveCount(0);
	await expect(archived).toContainText('I kept a list of every meeting I skipped.');
});

test('the readiness result says fewer than half and links to what trains the weakest groups', async ({
	page,
}) => {
	await open(page, '/playbooks/readiness-self-assessment/');
	const result = page.locator('threshold-checklist-result');
	await expect(result).toContainText('Tick what you have evidence for');
	for (const name of [
		/found and raised at least one problem/,
		/wrote down your assumption/,
		/declined a feature request/,
	])
		await box(page, name).check();
	await expect(result).toContainText('3 of 16 ticked: fewer than half, so you have clear targets.');
	const weakest = result.locator('[data-weakest] li');
	await expect(weakest).toHaveCount(3);
	await expect(weakest.nth(0)).toContainText('Technical scope (0 of 3).');
	await expect(weakest.nth(1)).toContainText('Multiplying others (0 of 3).');
	await expect(weakest.nth(1).getByRole('link', { name: 'Teach through review' })).toHaveAttribute(
		'href',
		'/playbooks/teach-through-review/',
	);
	await page.reload();
	await expect(result).toContainText('3 of 16 ticked');
});

test('a page without a checklist loads no checklist script', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/playbooks/growth-plan/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await page.evaluate(() => customElements.get('threshold-checklist'))).toBeUndefined();
	expect(scripts.filter((url) => /checklist/i.test(url))).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the list is readable, with every item and its group, and no controls that cannot work', async ({
		page,
	}) => {
		await page.goto(pitfalls);
		const list = page.locator('threshold-checklist');
		await expect(list.locator('#pitfalls-title')).toHaveText(/Weekly pitfall check/);
		await expect(list.locator('.th-checklist__count')).toHaveText('7 items');
		await expect(list.getByRole('checkbox')).toHaveCount(7);
		await expect(list.getByRole('checkbox', { name: design })).toBeDisabled();
		await expect(list.getByText('Reviews and people')).toBeVisible();
		await expect(list.getByRole('button')).toHaveCount(0);
	});

	test('the readiness checklist shows each group’s Train it links', async ({ page }) => {
		await page.goto('/playbooks/readiness-self-assessment/');
		const train = page.locator('threshold-checklist .th-checklist__train');
		await expect(train).toHaveCount(5);
		await expect(train.nth(2).getByRole('link', { name: 'Teach through review' })).toBeVisible();
		await expect(page.locator('threshold-checklist-result')).toBeHidden();
	});
});

/** Axe's WCAG 2.2 AA violations on the page as it is now, one line each. */
const violations = (page: Page) => axeInBothThemes(page);

test(`a checklist in use, with its notices, result and reset dialog, passes axe in the light and dark themes`, async ({
	page,
}) => {
	await page.goto('/playbooks/readiness-self-assessment/');
	await page.evaluate((key) => {
		const ticks = {
			'unassigned-problem': { text: 'An earlier wording of this item.', hash: 'old' },
			'retired-item': { text: 'An item that was removed.', hash: 'x' },
		};
		const data = { title: 'Senior readiness self-assessment', page: 'x', url: '/x/', total: 16, ticks };
		localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: 'x', data }));
	}, storageKey('checklist:readiness'));
	await open(page, '/playbooks/readiness-self-assessment/');
	// The notes on the reworded and the removed item come with the actions, after the page has
	// loaded, and move the list down: tick once they are there, as a reader who sees them would.
	await expect(page.locator('.th-checklist__was')).toBeVisible();
	await expect(checklist(page).locator('[data-archived]')).toBeVisible();
	await box(page, /wrote down your assumption/).check();
	await expect(page.locator('threshold-checklist-result')).toContainText('fewer than half');
	await checklist(page).getByRole('button', { name: 'Export file' }).click();
	await expect(status(page)).toContainText('Downloaded');
	expect(await violations(page)).toEqual([]);

	await checklist(page).getByRole('button', { name: 'Reset' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await violations(page)).toEqual([]);
	await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
	await expect(checklist(page).getByRole('button', { name: 'Undo' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test(`the storage notice and My progress pass axe in the light and dark themes`, async ({ page }) => {
	await open(page);
	await tick(page, design);
	await page.evaluate((key) => localStorage.setItem(key, '{'), storageKey('checklist:broken'));
	await page.goto('/my-progress/');
	await expect(page.locator('threshold-progress [data-list] li')).toHaveCount(2);
	expect(await violations(page)).toEqual([]);
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await open(page);
	await tick(page, glue);
	await expect(checklist(page).locator('[data-notice="storage"]')).toBeVisible();
	expect(await violations(page)).toEqual([]);
});
