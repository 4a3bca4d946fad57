/**
 * Issue 13 on the ladder islands: the evidence log's entries in the wins-log playbook's parts
 * (and old entries migrated to them), evidence coverage of the target level, and "does not
 * apply to my role" in the self-assessment.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Competency, Level } from '../../src/features/ladder/types';
import { axeInBothThemes } from '../support/axe';
import { storageKey } from '../support/site';
import { describing, inScope, ladder, start } from '../support/ladder';
import {
	design,
	evidenceField,
	notApplicableBox,
	ready,
	reasonField,
	result,
	shown,
	shownBox,
	holdFirstUse,
} from '../support/ladder-islands';

const v1 = (name: string) => storageKey(`ladder:${name}`);

/** Two competencies of the target level, whose rows the coverage table shows. */
const [one, two] = describing(start.target.id) as [Competency, Competency];
/** Weeks after which the latest evidence of a competency is stale. */
const stale = ladder.evidence.staleAfterWeeks;
/** A day `weeks` weeks before the tests' fixed "today", 2026-11-30, as `YYYY-MM-DD`. */
const weeksBefore = (weeks: number) =>
	new Date(Date.UTC(2026, 10, 30) - weeks * 7 * 86_400_000).toISOString().slice(0, 10);
/** A date as the coverage table shows it, e.g. "Oct 5, 2026". */
const shownDate = (date: string) =>
	new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** Seeds `value` under `key` once, before the first page load of the test. */
async function seedOnce(page: Page, key: string, data: unknown): Promise<void> {
	const raw = JSON.stringify({ v: 1, savedAt: '2026-10-09T08:00:00.000Z', data });
	await page.addInitScript(
		([k, r]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(k!, r!);
				sessionStorage.setItem('seeded', 'yes');
			}
		},
		[key, raw],
	);
}

/** Fills the entry form and adds the entry. */
async function addEntry(
	page: Page,
	entry: { date: string; did: string; tags: string[]; [part: string]: unknown },
) {
	await page.getByLabel('Date', { exact: true }).fill(entry.date);
	await page.getByLabel('What did you do?').fill(entry.did);
	for (const [label, key] of [
		['Situation', 'situation'],
		['Result', 'result'],
		['Who saw it', 'witnesses'],
		['Link (optional)', 'link'],
	] as const)
		if (typeof entry[key] === 'string') await page.getByLabel(label, { exact: true }).fill(entry[key]);
	for (const tag of entry.tags) await page.getByRole('checkbox', { name: tag, exact: true }).check();
	await page.getByRole('button', { name: 'Add to the log' }).click();
}

/** The coverage table's row for a competency, as its cells' text. */
const coverageRow = (page: Page, name: string) =>
	page
		.locator('[data-coverage] tr', { has: page.getByRole('rowheader', { name, exact: true }) })
		.getByRole('cell');

test.describe('evidence log entries in the playbook’s parts', () => {
	test('an entry saved before entries had parts is shown with its text as what you did, and kept after a reload', async ({
		page,
	}) => {
		await seedOnce(page, v1('evidence'), {
			entries: [
				{
					id: 'old',
					week: '2026-10-05',
					text: 'Drove the API versioning decision and wrote the memo.',
					competencies: [one.id],
					behaviors: [],
				},
			],
		});
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		const entry = page.locator('.th-evidence__week li');
		await expect(page.getByRole('heading', { name: 'Week of Oct 5, 2026' })).toBeVisible();
		await expect(entry.locator('dt')).toHaveText(['What I did']);
		await expect(entry.locator('dd')).toHaveText(['Drove the API versioning decision and wrote the memo.']);
		await expect(entry.locator('.th-evidence__tags')).toHaveText(one.name);
		await page.reload();
		await ready(page, 'threshold-evidence-log');
		await expect(entry.locator('dd')).toHaveText(['Drove the API versioning decision and wrote the memo.']);
		const kept = await page.evaluate((key) => localStorage.getItem(key), v1('evidence'));
		expect(kept).toContain('Drove the API versioning decision');
	});

	test('an entry keeps its situation, result, who saw it and link, and links to the wins-log playbook', async ({
		page,
	}) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await expect(page.getByRole('link', { name: 'How to write an entry: the Wins log' })).toHaveAttribute(
			'href',
			'/playbooks/wins-log/',
		);
		await addEntry(page, {
			date: '2026-11-18',
			situation: 'Mobile and web disagreed on API versioning.',
			did: 'Wrote a two-option comparison and ran the decision meeting.',
			result: 'Header versioning agreed; two teams unblocked.',
			witnesses: 'Ana (mobile lead)',
			link: 'javascript:alert(1)',
			tags: [one.name],
		});
		await expect(page.getByRole('status').first()).toHaveText(
			'The link must be a web address starting with https:// (or leave it empty).',
		);
		await expect(page.getByLabel('Link (optional)')).toBeFocused();
		await page.getByLabel('Link (optional)').fill('https://example.com/docs/api-versions');
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Added to your log.');
		await page.reload();
		await ready(page, 'threshold-evidence-log');
		const entry = page.locator('.th-evidence__week li');
		await expect(entry.locator('dt')).toHaveText(['Situation', 'What I did', 'Result', 'Seen by', 'Link']);
		await expect(entry.locator('dd').nth(3)).toHaveText('Ana (mobile lead)');
		await expect(entry.getByRole('link', { name: 'https://example.com/docs/api-versions' })).toHaveAttribute(
			'href',
			'https://example.com/docs/api-versions',
		);
	});

	test('the wins-log playbook sends the reader to the evidence log', async ({ page }) => {
		await page.goto('/playbooks/wins-log/');
		await page.getByRole('main').getByRole('link', { name: 'Evidence log', exact: true }).click();
		await expect(page).toHaveURL(/\/ladder\/evidence-log\/$/);
	});
});

test.describe('evidence coverage', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.setFixedTime(new Date('2026-11-30T10:00:00'));
	});

	test('two entries show in the coverage of the target level: counts, latest date, months, and nudges', async ({
		page,
	}) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await expect(page.locator('[data-coverage] caption')).toHaveText(
			`Evidence for ${start.target.title}, by competency`,
		);
		await expect(coverageRow(page, one.name)).toHaveText([
			'0',
			'None yet',
			'0',
			'No evidence yet: log the next time you show it, or ask for work that needs it.',
		]);
		await addEntry(page, {
			date: '2026-11-27',
			did: 'Ran the retro for the billing outage.',
			tags: [one.name],
		});
		// Older than the ladder's stale limit, and in another month than the first entry.
		const old = weeksBefore(Math.max(stale + 2, 8));
		await addEntry(page, {
			date: old,
			did: 'Wrote the on-call handbook.',
			tags: [one.name, two.name],
		});
		await expect(coverageRow(page, one.name)).toHaveText(['2', 'Nov 27, 2026', '2', '']);
		await expect(coverageRow(page, two.name)).toHaveText([
			'1',
			shownDate(old),
			'1',
			`Nothing in the last ${stale} weeks: what have you done here lately?`,
		]);
		await expect(page.locator('[data-coverage]')).not.toContainText('%');
	});

	test('follows the level the reader aims for in the self-assessment', async ({ page }) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		// The top two levels: the evidence log starts at a lower target.
		const [below, top] = ladder.levels.slice(-2) as [Level, Level];
		expect(top.id).not.toBe(start.target.id);
		await page.getByLabel('My level now').selectOption(below.id);
		await page.getByLabel('The level I am aiming for').selectOption(top.id);
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await expect(page.locator('[data-coverage] caption')).toHaveText(
			`Evidence for ${top.title}, by competency`,
		);
	});
});

test.describe('"does not apply to my role"', () => {
	const notApplicable = (page: Page) => notApplicableBox(page, shown);
	const reason = (page: Page) => reasonField(page, shown);
	const seen = (page: Page) => shownBox(page, shown);
	const counted = inScope(design).length - 1;

	test('takes a reason, is kept after a reload, and is not counted as a gap', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await expect(reason(page)).toBeHidden();
		await notApplicable(page).check();
		await reason(page).fill('Our team builds no services');
		await reason(page).blur();
		await expect(seen(page)).toBeDisabled();
		const line = page.locator(`section[data-competency="${design.id}"] [data-result]`);
		await expect(line).toHaveText(result(0, 0, 1));
		await page.reload();
		await ready(page, 'threshold-assessment');
		await expect(notApplicable(page)).toBeChecked();
		await expect(reason(page)).toHaveValue('Our team builds no services');
		await expect(line).toContainText(`${counted} not yet, 1 not applicable`);
		const row = page.locator('[data-results] tr', {
			has: page.getByRole('link', { name: design.name, exact: true }),
		});
		await expect(row.getByRole('cell')).toHaveText(['0', '0', String(counted), '1']);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Copied your assessment as Markdown.');
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain(`- **${design.name}**: ${result(0, 0, 1).replace(/, not counted\.$/, '')}`);
		expect(markdown).toContain(
			`## Not counted: does not apply to my role\n\nThese behaviors are not counted as gaps, for the reasons given.\n\n- **${design.name}**: ${shown.text}`,
		);
		expect(markdown).toContain('(does not apply to my role: Our team builds no services)');
	});

	test('marks saved before "does not apply" existed are kept', async ({ page }) => {
		await seedOnce(page, v1('assessment'), {
			current: start.current.id,
			target: start.target.id,
			marks: { [shown.id]: { shown: true, evidence: 'Export job design doc' } },
		});
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await expect(seen(page)).toBeChecked();
		await expect(evidenceField(page, shown)).toHaveValue('Export job design doc');
		await expect(notApplicable(page)).not.toBeChecked();
	});

	test('works by keyboard: tick it, then type the reason, even before the rest of the script arrives', async ({
		page,
	}) => {
		// The reason field must show on the tick itself: the next Tab cannot wait for the drawing.
		const release = await holdFirstUse(page);
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await evidenceField(page, shown).focus();
		await page.keyboard.press('Tab');
		await expect(notApplicable(page)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(notApplicable(page)).toBeChecked();
		await page.keyboard.press('Tab');
		await page.keyboard.type('No services on my team');
		await expect(reason(page)).toHaveValue('No services on my team');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		await expect(seen(page)).toBeEnabled();
		await release();
	});

	test(`a behavior that does not apply, with its reason, has no accessibility violations in the light and dark themes`, async ({
		page,
	}) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await notApplicable(page).check();
		await reason(page).fill('Our team builds no services');
		await expect(page.locator('[data-results]')).toBeVisible();
		expect(await axeInBothThemes(page)).toEqual([]);
	});

	test(`the evidence log with a full entry and its coverage has no accessibility violations in the light and dark themes`, async ({
		page,
	}) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await addEntry(page, {
			date: '2026-11-18',
			situation: 'Checkout had no way back.',
			did: 'Wrote the rollback plan.',
			result: 'Rolled back in 4 minutes.',
			witnesses: 'Priya',
			link: 'https://example.com/pr/42',
			tags: [one.name],
		});
		await expect(page.locator('.th-evidence__week li a')).toBeVisible();
		await expect(coverageRow(page, one.name).first()).toHaveText('1');
		expect(await axeInBothThemes(page)).toEqual([]);
	});
});
