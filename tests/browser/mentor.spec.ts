import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeInBothThemes } from '../support/axe';
import { assessed, escape, inScope, ladder, opening } from '../support/ladder';
import { evidenceField, shownBox } from '../support/ladder-islands';
import { asideCopies, storageKey, storageNamespace, tabTo } from '../support/site';
import type { Behavior } from '../../src/features/ladder/types';

// Three behaviors the self-assessment asks about at first: the mentee marks the first with
// evidence and the third without; the mentor disagrees on the first and agrees on the rest.
const [failureModes, loadAndGrowth, crossService] = assessed.flatMap(inScope) as [
	Behavior,
	Behavior,
	Behavior,
];
if (!crossService) throw new Error('The self-assessment asks about fewer than three behaviors at first.');

/** A reader in their own browser profile, with a clipboard. */
async function person(browser: Browser): Promise<Page> {
	const context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	return context.newPage();
}

/** One behavior of the opened snapshot. */
const behavior = (page: Page, b: Behavior) => page.locator(`[data-snapshot] li[data-behavior="${b.id}"]`);
const status = (page: Page) => page.locator('threshold-mentor [data-status]');

/** Waits until the mentor page's script has shown the send form. */
async function home(page: Page): Promise<void> {
	await expect(page.getByRole('button', { name: 'Make the link' })).toBeVisible();
}

/** The mentee marks one behavior with evidence, and makes the link to send. */
async function menteeSends(page: Page): Promise<string> {
	await page.goto('/ladder/self-assessment/');
	await shownBox(page, failureModes).check();
	await evidenceField(page, failureModes).fill('Export job design doc');
	await shownBox(page, crossService).check();
	await page.getByRole('link', { name: 'Send to my mentor' }).click();
	await home(page);
	await page.getByLabel('Your name').fill('Ana');
	await page.getByRole('button', { name: 'Make the link' }).click();
	await expect(status(page)).toHaveText('Link made. Copy it and send it to your mentor.');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(status(page)).toHaveText('Link copied.');
	return page.evaluate(() => navigator.clipboard.readText());
}

/** The mentor opens the link, marks three behaviors and makes the link back. */
async function mentorAnswers(page: Page, link: string): Promise<string> {
	await page.goto(link);
	// A reload opens the same link again.
	await page.reload();
	await expect(page.getByRole('heading', { name: "Ana's self-assessment" })).toBeVisible();
	await expect(
		page.getByText(new RegExp(`^Sent by Ana on .+, against the ladder version ${ladder.version}\\.$`)),
	).toBeVisible();
	await expect(behavior(page, failureModes)).toContainText('Ana: seen it: Export job design doc');
	await expect(behavior(page, loadAndGrowth)).toContainText('Ana: not yet');
	await behavior(page, failureModes).getByRole('radio', { name: 'not yet' }).check();
	await behavior(page, failureModes).getByRole('textbox').fill('I have not read that doc yet');
	await behavior(page, loadAndGrowth).getByRole('radio', { name: 'not yet' }).check();
	await behavior(page, crossService).getByRole('radio', { name: 'seen it' }).check();
	await page.getByLabel('Your name (as the mentor)').fill('Bo');
	await page.getByRole('button', { name: 'Make the link to send back' }).click();
	await expect(status(page)).toHaveText('Link made. Copy it and send it back to Ana.');
	return page.getByLabel('Link to send').inputValue();
}

test('mentee sends, mentor answers, mentee keeps the view, compares and copies the agenda, after reloads', async ({
	browser,
}) => {
	const mentee = await person(browser);
	const mentor = await person(browser);
	const back = await mentorAnswers(mentor, await menteeSends(mentee));

	await mentee.goto(back);
	await expect(mentee.getByRole('heading', { name: /^Bo's view of / })).toBeVisible();
	// Nothing is kept until the reader chooses to.
	const kept = () =>
		mentee.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('mentor:view')));
	expect(await kept()).toEqual([]);
	await mentee.getByRole('button', { name: 'Keep this view' }).click();
	await expect(status(mentee)).toContainText("Kept Bo's view of");
	expect(await kept()).toHaveLength(1);

	await mentee.goto('/ladder/mentor/');
	await mentee.reload();
	await home(mentee);
	const today = await mentee.evaluate(() =>
		new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date()),
	);
	await expect(mentee.locator('[data-kept] li', { hasText: "Bo's view of" })).toContainText(
		`kept on ${today}`,
	);
	await mentee.getByRole('button', { name: 'Compare with my marks' }).click();
	const compare = mentee.locator('[data-panel="compare"]');
	await expect(compare.getByRole('heading', { name: "Your marks and Bo's" })).toBeFocused();
	const headings = await compare.getByRole('heading', { level: 3 }).allTextContents();
	expect(headings).toEqual([
		'You see it differently',
		'Not yet, you both say',
		'Seen, you both say',
		'What to talk about',
	]);
	await expect(compare.getByRole('table').first()).toContainText('seen it: Export job design doc');
	await expect(compare.getByRole('table').first()).toContainText('not yet: I have not read that doc yet');
	// The mentee's own marks are unchanged by the view (whatever version the assessment saves as).
	const own = await mentee.evaluate(() =>
		Object.keys(localStorage)
			.filter((key) => key.endsWith(':ladder:assessment'))
			.map((key) => localStorage.getItem(key)),
	);
	expect(JSON.parse(own.at(-1)!).data.marks[failureModes.id]).toMatchObject({
		shown: true,
		evidence: 'Export job design doc',
	});

	await mentee.getByRole('button', { name: 'Copy the agenda' }).click();
	await expect(status(mentee)).toHaveText('Agenda copied.');
	const agenda = await mentee.evaluate(() => navigator.clipboard.readText());
	expect(agenda).toMatch(/^# What to talk about: Ana and Bo, /);
	expect(agenda).toContain('## Where you see it differently');
	expect(agenda).toContain('  - Bo: not yet: I have not read that doc yet');
	expect(agenda).toContain('## Gaps you both see');
	expect(agenda).not.toContain(crossService.text);

	// Printing shows the comparison and the agenda, not the forms.
	await mentee.emulateMedia({ media: 'print' });
	await expect(compare.locator('[data-agenda]')).toBeVisible();
	await expect(mentee.getByRole('button', { name: 'Make the link' })).toBeHidden();

	// What to talk about becomes part of a new 1:1 agenda, with the rest of what the mentee saved.
	await mentee.emulateMedia({ media: 'screen' });
	await mentee.getByRole('button', { name: 'Draft a 1:1 agenda from this' }).click();
	await expect(mentee).toHaveURL(/\/playbooks\/one-on-ones\/$/);
	await expect(mentee.getByText(/^Started "Agenda 1" from what you brought here/)).toBeVisible();
	await mentee.reload();
	const topics = mentee.getByLabel("To talk about from your mentor's view", { exact: true });
	await expect(topics).toHaveValue(
		new RegExp(`: ${escape(opening(failureModes.text))}[^\n]* \\(Ana: seen it; Bo: not yet\\)`),
	);
	await expect(topics).not.toHaveValue(new RegExp(escape(opening(crossService.text))));
	await expect(mentee.getByLabel('Drawn from', { exact: true })).toHaveValue(/Bo's view of /);
});

test.describe('links that are not safe to open say why, and nothing is kept', () => {
	test('a tampered link', async ({ browser }) => {
		const mentee = await person(browser);
		const link = await menteeSends(mentee);
		const reader = await person(browser);
		// Changing one character of the packed text breaks the data or its checksum.
		const [head, body] = link.split('#mentor=z');
		const middle = Math.floor(body!.length / 2);
		const changed = body!.slice(0, middle) + (body![middle] === 'A' ? 'B' : 'A') + body!.slice(middle + 1);
		await reader.goto(`${head}#mentor=z${changed}`);
		await expect(status(reader)).toHaveText(/changed after it was made|damaged or cut short/);
		await expect(reader.locator('[data-panel="snapshot"]')).toBeHidden();
		await home(reader);
	});

	test('a link too large to open', async ({ page }) => {
		await page.goto(`/ladder/mentor/#mentor=z${'A'.repeat(9000)}`);
		await expect(status(page)).toHaveText(/too large to open safely/);
		expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('mentor')))).toEqual(
			[],
		);
	});

	test('hostile text from a link is shown as text, never run', async ({ browser }) => {
		const mentee = await person(browser);
		await mentee.goto('/ladder/self-assessment/');
		await shownBox(mentee, failureModes).check();
		await mentee.goto('/ladder/mentor/');
		await home(mentee);
		await mentee.getByLabel('Your name').fill('<img src=x onerror="window.__pwned=1">');
		await mentee.getByRole('button', { name: 'Make the link' }).click();
		await expect(status(mentee)).toHaveText('Link made. Copy it and send it to your mentor.');
		const link = await mentee.getByLabel('Link to send').inputValue();
		const reader = await person(browser);
		await reader.goto(link);
		await expect(reader.getByRole('heading', { name: /<img src=x/ })).toBeVisible();
		expect(await reader.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await reader.locator('[data-snapshot] img').count()).toBe(0);
	});
});

test('the keyboard reaches the mentor marks and the send-back button', async ({ browser }) => {
	const mentor = await person(browser);
	await mentor.goto(await menteeSends(await person(browser)));
	const radio = behavior(mentor, failureModes).getByRole('radio', { name: 'seen it' });
	await tabTo(mentor, radio);
	await mentor.keyboard.press('Space');
	await expect(radio).toBeChecked();
	await tabTo(mentor, mentor.getByLabel('Your name (as the mentor)'));
	await mentor.keyboard.type('Bo');
	await mentor.keyboard.press('Tab');
	await expect(mentor.getByRole('button', { name: 'Make the link to send back' })).toBeFocused();
	await mentor.keyboard.press('Enter');
	await expect(mentor.getByLabel('Link to send')).toHaveValue(/#mentor=z/);
});

test('a view opened from a link or a file stays open when the reader skips to the content, and Back leaves it open', async ({
	browser,
}) => {
	const mentor = await person(browser);
	const link = await menteeSends(await person(browser));
	const view = mentor.getByRole('heading', { name: "Ana's self-assessment" });
	const skip = mentor.getByRole('link', { name: 'Skip to content' });
	await mentor.goto(link);
	await expect(view).toBeVisible();
	// The skip link is the first thing Tab reaches on any page; following it changes the address.
	await skip.focus();
	await mentor.keyboard.press('Enter');
	await expect(mentor).toHaveURL(/#_top$/);
	await expect(view).toBeVisible();
	await expect(behavior(mentor, failureModes).getByRole('radio', { name: 'seen it' })).toBeEnabled();
	await mentor.goBack();
	await expect(mentor).toHaveURL(/#mentor=/);
	await expect(view).toBeVisible();

	// The same view opened from a file has no link in the address at all.
	await mentor.goto('/ladder/mentor/');
	await home(mentor);
	await mentor
		.locator('threshold-mentor input[type="file"]')
		.setInputFiles({ name: 'view.txt', mimeType: 'text/plain', buffer: Buffer.from(link) });
	await expect(view).toBeVisible();
	await skip.focus();
	await mentor.keyboard.press('Enter');
	await expect(mentor).toHaveURL(/#_top$/);
	await expect(view).toBeVisible();
});

test('without JavaScript the page says what it is for and that it needs the link', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/ladder/mentor/');
	await expect(page.getByRole('heading', { name: 'Send to my mentor', level: 1 })).toBeVisible();
	await expect(page.getByText(/Your mentor opens the link you send them here/)).toBeVisible();
	await expect(page.getByText(/This page needs JavaScript: it reads the link/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Make the link' })).toBeHidden();
});

test(`every mentor view passes axe in light and dark`, async ({ browser }) => {
	// Two readers and four states of the page: more than one ordinary test's time.
	test.slow();
	const mentee = await person(browser);
	const link = await menteeSends(mentee);
	expect(await axeInBothThemes(mentee, 'threshold-mentor')).toEqual([]);
	const mentor = await person(browser);
	const back = await mentorAnswers(mentor, link);
	expect(await axeInBothThemes(mentor, 'threshold-mentor')).toEqual([]);
	await mentee.goto(back);
	await expect(mentee.getByRole('button', { name: 'Keep this view' })).toBeVisible();
	expect(await axeInBothThemes(mentee, 'threshold-mentor')).toEqual([]);
	await mentee.getByRole('button', { name: 'Keep this view' }).click();
	await expect(mentee.locator('[data-panel="compare"]')).toBeVisible();
	expect(await axeInBothThemes(mentee, 'threshold-mentor')).toEqual([]);
});

test('a snapshot too long for a link goes as a file, which the other person opens', async ({ browser }) => {
	const mentee = await person(browser);
	await mentee.goto('/ladder/self-assessment/');
	await shownBox(mentee, failureModes).check();
	// An evidence log of random text, which does not compress: far too long for a link.
	await mentee.evaluate((key) => {
		const noise = () =>
			Array.from({ length: 500 }, () => 'abcdefghijklmnopqrstuvwxyz '[Math.floor(Math.random() * 27)]).join(
				'',
			);
		const entries = Array.from({ length: 30 }, (_, i) => ({
			id: `e${i}`,
			week: '2026-11-23',
			text: noise(),
			competencies: [],
			behaviors: [],
		}));
		const envelope = { v: 1, savedAt: new Date().toISOString(), data: { entries } };
		localStorage.setItem(key, JSON.stringify(envelope));
	}, storageKey('ladder:evidence'));
	await mentee.goto('/ladder/mentor/');
	await home(mentee);
	await mentee.getByLabel('Your name').fill('Ana');
	await mentee.getByLabel('Include my evidence log').check();
	await mentee.getByRole('button', { name: 'Make the link' }).click();
	await expect(status(mentee)).toHaveText(
		/^This is too long for a link \(\d+ characters\)\. Download a file to send instead\.$/,
	);
	await expect(mentee.getByLabel('Link to send')).toBeHidden();
	const downloading = mentee.waitForEvent('download');
	await mentee.getByRole('button', { name: 'Download a file to send instead' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^mentor-snapshot-\d{4}-\d\d-\d\d\.txt$/);
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);

	const mentor = await person(browser);
	await mentor.goto('/ladder/mentor/');
	await home(mentor);
	await mentor.getByLabel('Open a file you were sent').setInputFiles(file);
	await expect(mentor.getByRole('heading', { name: "Ana's self-assessment" })).toBeFocused();
	await expect(mentor.getByRole('heading', { name: 'Evidence log' })).toBeVisible();
	await expect(behavior(mentor, failureModes)).toContainText('Ana: seen it');
});

test('an entry added to the evidence log today goes with the link, and the mentor sees it', async ({
	browser,
}) => {
	const mentee = await person(browser);
	await mentee.goto('/ladder/evidence-log/');
	await expect(mentee.locator('threshold-evidence-log [data-actions]')).toBeVisible();
	await mentee.getByLabel('What did you do?').fill('Wrote the rollback runbook for the export job.');
	await mentee.getByRole('group', { name: 'Competencies it shows' }).getByRole('checkbox').first().check();
	await mentee.getByRole('button', { name: 'Add to the log' }).click();
	// Adding loads on first use: move on once the log shows the entry, as the reader would.
	await expect(mentee.getByText('Wrote the rollback runbook for the export job.')).toBeVisible();
	await mentee.goto('/ladder/self-assessment/');
	await shownBox(mentee, failureModes).check();
	await mentee.goto('/ladder/mentor/');
	await home(mentee);
	await mentee.getByLabel('Your name').fill('Ana');
	await mentee.getByLabel('Include my evidence log').check();
	await mentee.getByRole('button', { name: 'Make the link' }).click();
	await expect(status(mentee)).toHaveText('Link made. Copy it and send it to your mentor.');
	const link = await mentee.getByLabel('Link to send').inputValue();

	const mentor = await person(browser);
	await mentor.goto(link);
	await expect(mentor.getByRole('heading', { name: 'Evidence log' })).toBeVisible();
	await expect(mentor.getByText('Wrote the rollback runbook for the export job.')).toBeVisible();
});

test('a kept view that cannot be read is not listed, and the page says a copy is kept aside', async ({
	page,
}) => {
	await page.goto('/ladder/mentor/');
	await home(page);
	const broken = JSON.stringify({
		v: 2,
		savedAt: '2026-11-30T10:00:00.000Z',
		data: { kind: 'view', from: 'Bo' },
	});
	await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
		storageKey('mentor:view:0bad0bad', 2),
		broken,
	] as const);
	await page.reload();
	await home(page);
	await expect(status(page)).toHaveText(
		'A view you kept cannot be read (the saved copy is not in the shape this page expects). A copy is kept aside in this browser and goes into your backups.',
	);
	await expect(page.getByText('No views kept yet.', { exact: false })).toBeVisible();
	expect(await asideCopies(page, 'mentor:view:0bad0bad')).toEqual([broken]);
});

test('a view kept by an earlier version is listed as kept on its day; removed, it stays removed after a reload, and Undo brings it back first', async ({
	page,
}) => {
	await page.goto('/ladder/mentor/');
	await home(page);
	const view = { kind: 'view', site: storageNamespace, ladder: { fingerprint: '', version: null } };
	const data = { ...view, from: 'Bo', date: '2026-11-29T17:00:00.000Z', marks: {} };
	await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
		storageKey('mentor:view:0b0b0b0b'),
		JSON.stringify({ v: 1, savedAt: '2026-11-30T10:00:00.000Z', data }),
	] as const);
	await page.reload();
	await home(page);
	const kept = page.locator('[data-kept] li', { hasText: "Bo's view of" });
	await expect(kept).toContainText('kept on Nov 29, 2026');
	await kept.getByRole('button', { name: 'Remove' }).click();
	await expect(status(page)).toContainText("Removed Bo's view of");
	await expect(kept).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(kept).toHaveCount(1);
	await kept.getByRole('button', { name: 'Remove' }).click();
	// Gone from the list means gone from storage (the list is redrawn after the removal).
	await expect(kept).toHaveCount(0);
	await page.reload();
	await home(page);
	await expect(kept).toHaveCount(0);
	await expect(page.getByText('No views kept yet.', { exact: false })).toBeVisible();
});
