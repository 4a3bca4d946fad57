import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ready } from '../support/ladder-islands';
import { useTheme } from '../support/site';
import { axeViolations } from '../support/axe';

const assessmentKey = 'threshold:v3:ladder:assessment';
const evidenceKey = 'threshold:v3:ladder:evidence';

/** The assessment section of one competency. */
const competency = (page: Page, name: string) =>
	page.locator('threshold-assessment section[data-competency]', {
		has: page.getByRole('heading', { name, exact: true }),
	});

test.describe('self-assessment', () => {
	test('starts at mid-level aiming for senior, and asks only about the senior behaviors', async ({
		page,
	}) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await expect(page.getByLabel('My level now')).toHaveValue('mid-level');
		await expect(page.getByLabel('The level I am aiming for')).toHaveValue('senior');
		const design = competency(page, 'System design');
		await expect(design.getByRole('group', { name: 'Senior engineer' })).toBeVisible();
		await expect(design.getByRole('group', { name: 'Mid-level engineer' })).toBeHidden();
		await expect(design.getByRole('group', { name: 'Staff engineer' })).toBeHidden();
		await expect(design.locator('[data-result]')).toHaveText('0 of 5 shown with evidence, 5 not yet.');
	});

	test('a ticked behavior with a line of evidence counts, and both survive a reload', async ({ page }) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await page.getByRole('checkbox', { name: /^Writes down how the design fails/ }).check();
		await page
			.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ })
			.fill('Export job design doc, March: three failure modes, reviewed by Ana');
		const design = competency(page, 'System design');
		await expect(design.locator('[data-result]')).toHaveText('1 of 5 shown with evidence, 4 not yet.');
		// The evidence is saved once typing pauses.
		await expect
			.poll(() => page.evaluate((key) => localStorage.getItem(key), assessmentKey))
			.toContain('Ana');
		await page.reload();
		await ready(page, 'threshold-assessment');
		await expect(page.getByRole('checkbox', { name: /^Writes down how the design fails/ })).toBeChecked();
		await expect(
			page.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ }),
		).toHaveValue('Export job design doc, March: three failure modes, reviewed by Ana');
	});

	test('a tick without evidence stays a gap, and the gaps list the playbooks that train them', async ({
		page,
	}) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await page.getByRole('checkbox', { name: /^Sizes the design against real numbers/ }).check();
		await expect(competency(page, 'System design').locator('[data-result]')).toHaveText(
			'0 of 5 shown with evidence, 1 ticked without evidence, 4 not yet.',
		);
		const row = page.locator('[data-results] tr', { has: page.getByRole('link', { name: 'System design' }) });
		await expect(row.getByRole('cell')).toHaveText(['0', '1', '4', '0']);
		await expect(page.locator('[data-summary]')).toContainText(
			'0 of 54 behaviors shown with evidence. Gaps in 12 of 12',
		);
		const gapPlaybooks = page.locator('[data-gap-playbooks]');
		await expect(gapPlaybooks.getByRole('link', { name: 'The gap map' })).toHaveAttribute(
			'href',
			'/playbooks/gap-map/',
		);
		await expect(gapPlaybooks.getByRole('link', { name: 'The gap map' })).toHaveCount(1);
	});

	test('choosing other levels changes the behaviors asked about, and the target never falls below the current level', async ({
		page,
	}) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await page.getByLabel('My level now').selectOption('junior');
		const design = competency(page, 'System design');
		await expect(design.getByRole('group', { name: 'Mid-level engineer' })).toBeVisible();
		await expect(design.getByRole('group', { name: 'Senior engineer' })).toBeVisible();
		await expect(design.getByRole('group', { name: 'Junior engineer' })).toBeHidden();
		await page.getByLabel('My level now').selectOption('staff');
		await expect(page.getByLabel('The level I am aiming for')).toHaveValue('staff');
		await expect(design.getByRole('group', { name: 'Staff engineer' })).toBeVisible();
		await expect(design.getByRole('group', { name: 'Senior engineer' })).toBeHidden();
		await page.reload();
		await expect(page.getByLabel('My level now')).toHaveValue('staff');
	});

	test('"Copy as Markdown" puts the assessment, evidence and gaps on the clipboard', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await page.getByRole('checkbox', { name: /^Writes down how the design fails/ }).check();
		await page
			.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ })
			.fill('Export job doc');
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Copied your assessment as Markdown.');
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(
			/^# Self-assessment: Mid-level engineer → Senior engineer\n\nThreshold, \d{4}-\d{2}-\d{2}\.\n/,
		);
		expect(markdown).toContain(
			'## System design\n\n1 of 5 shown with evidence, 4 not yet.\n\n- [x] Writes down how the design fails',
		);
		expect(markdown).toContain('before the first commit. Evidence: Export job doc\n');
		expect(markdown).toContain(
			'- **System design**: 1 of 5 shown with evidence, 4 not yet. Train it with: [The gap map](http',
		);
	});

	test('a backup restores the same marks in a fresh browser', async ({ page, browser }, testInfo) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await page.getByRole('checkbox', { name: /^Chooses the simpler design/ }).check();
		await page
			.getByRole('textbox', { name: /Evidence for: Chooses the simpler design/ })
			.fill('Kept the cron job');
		await page.getByRole('textbox', { name: /Evidence for: Chooses the simpler design/ }).blur();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Save a backup' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^self-assessment-\d{4}-\d{2}-\d{2}\.json$/);
		const file = testInfo.outputPath('backup.json');
		await download.saveAs(file);
		expect(JSON.parse(readFileSync(file, 'utf8')).entries[assessmentKey]).toContain('Kept the cron job');

		const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
		const other = await fresh.newPage();
		await other.goto('/ladder/self-assessment/');
		await ready(other, 'threshold-assessment');
		await expect(other.getByRole('checkbox', { name: /^Chooses the simpler design/ })).not.toBeChecked();
		await other.getByLabel('Restore a backup').setInputFiles(file);
		await expect(other.getByRole('status').first()).toHaveText('Restored your assessment from backup.json.');
		await expect(other.getByRole('checkbox', { name: /^Chooses the simpler design/ })).toBeChecked();
		await expect(
			other.getByRole('textbox', { name: /Evidence for: Chooses the simpler design/ }),
		).toHaveValue('Kept the cron job');
		await fresh.close();
	});

	test('a file that is not a backup is refused in the site’s words, and the marks stay', async ({ page }) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		const box = page.getByRole('checkbox', { name: /^Chooses the simpler design/ });
		await box.check();
		await page
			.getByLabel('Restore a backup')
			.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('{"oops": ') });
		await expect(page.getByRole('status').first()).toHaveText(
			'notes.txt is not a backup from this site: choose a file this site saved for you. Nothing was changed.',
		);
		await expect(box).toBeChecked();
	});

	test('clearing all marks can be undone', async ({ page }) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		const box = page.getByRole('checkbox', { name: /^Chooses the simpler design/ });
		await box.check();
		await page.getByRole('button', { name: 'Clear all marks' }).click();
		await expect(box).not.toBeChecked();
		await expect(page.getByRole('status').first()).toHaveText('Cleared your marks.');
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(box).toBeChecked();
		await expect(page.getByRole('status').first()).toHaveText('Your marks are back.');
	});

	test('two tabs agree without a reload', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		for (const page of [first, second]) {
			await page.goto('/ladder/self-assessment/');
			await ready(page, 'threshold-assessment');
		}
		await first.getByRole('checkbox', { name: /^Chooses the simpler design/ }).check();
		await expect(second.getByRole('checkbox', { name: /^Chooses the simpler design/ })).toBeChecked();
		await expect(competency(second, 'System design').locator('[data-result]')).toHaveText(
			'0 of 5 shown with evidence, 1 ticked without evidence, 4 not yet.',
		);
	});

	test('unreadable saved data does not break the page, and is kept aside rather than deleted', async ({
		page,
	}) => {
		await page.addInitScript((key) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, '{"v":1,"data":{"current":7}}');
				sessionStorage.setItem('seeded', 'yes');
			}
		}, assessmentKey);
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await expect(page.getByRole('status').first()).toContainText('could not be read. It was kept aside');
		await page.getByRole('checkbox', { name: /^Chooses the simpler design/ }).check();
		const aside = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith('threshold:aside:ladder:assessment:'))
				.map((k) => localStorage.getItem(k)),
		);
		expect(aside).toEqual(['{"v":1,"data":{"current":7}}']);
	});

	test('with storage blocked the assessment still works for the visit and says so', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await expect(page.getByRole('status').first()).toContainText('not keeping data for this site');
		await page.getByRole('checkbox', { name: /^Chooses the simpler design/ }).check();
		await expect(competency(page, 'System design').locator('[data-result]')).toContainText(
			'1 ticked without evidence',
		);
	});

	test('works by keyboard alone', async ({ page }) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		const box = page.getByRole('checkbox', { name: /^Writes down how the design fails/ });
		await page.getByLabel('The level I am aiming for').focus();
		await page.keyboard.press('Tab');
		await expect(box).toBeFocused();
		await page.keyboard.press('Space');
		await expect(box).toBeChecked();
		await page.keyboard.press('Tab');
		await page.keyboard.type('Led the export design review');
		await expect(
			page.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ }),
		).toHaveValue('Led the export design review');
	});

	test('without JavaScript it lists the default levels’ behaviors, readable and printable', async ({
		browser,
	}, testInfo) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			baseURL: testInfo.project.use.baseURL,
		});
		const page = await context.newPage();
		await page.goto('/ladder/self-assessment/');
		await expect(page.getByRole('checkbox', { name: /^Writes down how the design fails/ })).toBeDisabled();
		await expect(page.getByRole('checkbox', { name: /^Writes down how the design fails/ })).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /^Writes a short design for a feature/ })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
		await context.close();
	});

	test('printing shows the reader’s ticks and evidence, not the buttons', async ({ page }) => {
		await page.goto('/ladder/self-assessment/');
		await ready(page, 'threshold-assessment');
		await page.getByRole('checkbox', { name: /^Writes down how the design fails/ }).check();
		await page
			.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ })
			.fill('Export job doc');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
		await expect(page.getByRole('checkbox', { name: /^Writes down how the design fails/ })).toBeChecked();
		await expect(
			page.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ }),
		).toBeVisible();
	});
});

test.describe('evidence log', () => {
	test('an entry is filed under the Monday of its week and survives a reload', async ({ page }) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await page.getByLabel('Date', { exact: true }).fill('2026-11-19');
		await page
			.getByLabel('What did you do?')
			.fill('Wrote the runbook and alert for the retry queue before launch.');
		await page.getByRole('checkbox', { name: 'Ownership' }).check();
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Added to your log.');
		await expect(page.getByRole('heading', { name: 'Week of Nov 16, 2026' })).toBeVisible();
		await expect(page.getByText('Wrote the runbook and alert')).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Ownership' })).not.toBeChecked();
		await page.reload();
		await ready(page, 'threshold-evidence-log');
		await expect(page.getByText('Wrote the runbook and alert')).toBeVisible();
		await expect(page.locator('.th-evidence__tags')).toHaveText('Ownership');
	});

	test('asks for a competency before adding an entry, and nudges a vague one', async ({ page }) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await page.getByLabel('What did you do?').fill('Contributed to the architecture work');
		await expect(page.locator('[data-nudge]')).toContainText('"Contributed to" hides what you did.');
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Tag at least one competency it shows.');
		await expect(page.getByText('No entries yet.')).toBeVisible();
	});

	test('exports Markdown grouped by competency, with the behavior an entry shows', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await page.getByLabel('Date', { exact: true }).fill('2026-11-10');
		await page
			.getByLabel('What did you do?')
			.fill('Wrote the memo on slow checkout for Brazil, approved Tuesday.');
		await page.getByLabel('Behavior it shows (optional)').selectOption('amb-frames-options');
		await page.getByRole('checkbox', { name: 'Technical writing' }).check();
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await expect(page.locator('.th-evidence__tags')).toContainText('Technical writing, Handling ambiguity');
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Copied your log as Markdown.');
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toContain(
			'## Technical writing\n\n- 2026-11-10: Wrote the memo on slow checkout for Brazil, approved Tuesday. (shows: Writes a one-page framing',
		);
		expect(markdown).toContain('## Handling ambiguity\n\n- 2026-11-10: Wrote the memo');
		expect(markdown.indexOf('## Technical writing')).toBeLessThan(markdown.indexOf('## Handling ambiguity'));
	});

	test('a backup restores the same entries in a fresh browser, and a file that is not one changes nothing', async ({
		page,
		browser,
	}, testInfo) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await page.getByLabel('What did you do?').fill('Ran the retro for the billing outage.');
		await page.getByRole('checkbox', { name: 'Ownership' }).check();
		await page.getByRole('button', { name: 'Add to the log' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Save a backup' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^evidence-log-\d{4}-\d{2}-\d{2}\.json$/);
		const file = testInfo.outputPath('backup.json');
		await download.saveAs(file);

		const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
		const other = await fresh.newPage();
		await other.goto('/ladder/evidence-log/');
		await ready(other, 'threshold-evidence-log');
		await other
			.getByLabel('Restore a backup')
			.setInputFiles({ name: 'log.md', mimeType: 'text/markdown', buffer: Buffer.from('# Evidence log') });
		await expect(other.getByRole('status').first()).toHaveText(
			'log.md is not a backup from this site: choose a file this site saved for you. Nothing was changed.',
		);
		await expect(other.getByText('No entries yet.')).toBeVisible();
		await other.getByLabel('Restore a backup').setInputFiles(file);
		await expect(other.getByRole('status').first()).toHaveText('Restored your log from backup.json.');
		await expect(other.getByText('Ran the retro for the billing outage.')).toBeVisible();
		await expect(other.locator('.th-evidence__tags')).toHaveText('Ownership');
		await fresh.close();
	});

	test('a deleted entry can be brought back', async ({ page }) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await page.getByLabel('What did you do?').fill('Paired with Sam on the importer.');
		await page.getByRole('checkbox', { name: 'Mentoring and teaching' }).check();
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await page.getByRole('button', { name: 'Delete: Paired with Sam on the importer.' }).click();
		await expect(page.getByText('Paired with Sam on the importer.')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Your log' })).toBeFocused();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByText('Paired with Sam on the importer.')).toBeVisible();
	});

	test('text that looks like HTML is shown as text and runs nothing', async ({ page }) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		const hostile = '<img src=x onerror="window.__pwned=1">';
		await page.getByLabel('What did you do?').fill(hostile);
		await page.getByRole('checkbox', { name: 'Ownership' }).check();
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await expect(page.locator('.th-evidence__week li dd').first()).toHaveText(hostile);
		await expect(page.locator('.th-evidence__week img')).toHaveCount(0);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	});

	test('is saved under the site’s own namespace', async ({ page }) => {
		await page.goto('/ladder/evidence-log/');
		await ready(page, 'threshold-evidence-log');
		await page.getByLabel('What did you do?').fill('Led the incident review.');
		await page.getByRole('checkbox', { name: 'Debugging complex systems' }).check();
		await page.getByRole('button', { name: 'Add to the log' }).click();
		// Adding loads the entry logic on first use: wait until the log says it added the entry.
		await expect(page.getByRole('status').first()).toHaveText('Added to your log.');
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys).toContain(evidenceKey);
	});
});

test.describe('the islands in use', () => {
	const violations = (page: Page) => axeViolations(page);

	for (const theme of ['light', 'dark'] as const) {
		test(`the self-assessment with marks, results and gaps has no accessibility violations in the ${theme} theme`, async ({
			page,
		}) => {
			await useTheme(page, theme);
			await page.goto('/ladder/self-assessment/');
			await ready(page, 'threshold-assessment');
			await page.getByRole('checkbox', { name: /^Writes down how the design fails/ }).check();
			await page
				.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ })
				.fill('Export doc');
			await page.getByRole('checkbox', { name: /^Sizes the design against real numbers/ }).check();
			await page.getByRole('button', { name: 'Clear all marks' }).click();
			await page.getByRole('button', { name: 'Undo' }).click();
			await expect(page.locator('[data-gap-playbooks] li').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test(`the evidence log with entries and a nudge has no accessibility violations in the ${theme} theme`, async ({
			page,
		}) => {
			await useTheme(page, theme);
			await page.goto('/ladder/evidence-log/');
			await ready(page, 'threshold-evidence-log');
			await page.getByLabel('What did you do?').fill('Led the incident review for the retry storm.');
			await page.getByRole('checkbox', { name: 'Debugging complex systems' }).check();
			await page.getByRole('button', { name: 'Add to the log' }).click();
			await page.getByLabel('What did you do?').fill('Worked on the roadmap');
			await expect(page.locator('[data-nudge]')).not.toBeEmpty();
			expect(await violations(page)).toEqual([]);
		});
	}
});
