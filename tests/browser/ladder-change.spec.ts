/**
 * Saved work survives a ladder change: a small fork (tests/fixtures/fork) is built, a reader
 * marks behaviors and logs evidence, then the same fork is rebuilt with a changed ladder (one
 * behavior renamed with `replaces`, one removed, one added, a new version) and served on the
 * same origin, so the reader's browser keeps what it saved. Their marks and tags follow the
 * rename, the removed behavior's mark is archived (and exported), and a notice says what changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { buildFork } from '../support/fork';
import { servedFork } from '../support/served-fork';
import { ready } from '../support/ladder-islands';
import { tabTo, useTheme } from '../support/site';

/** The fork's ladder, changed the way a team publishes version 2 of it. */
function changeLadder(dir: string): void {
	const edit = (file: string, change: (text: string) => string) => {
		const path = join(dir, 'content/ladder', file);
		const before = readFileSync(path, 'utf8');
		const after = change(before);
		if (after === before) throw new Error(`The edit to ${file} changed nothing; the fixture moved.`);
		writeFileSync(path, after);
	};
	edit(
		'ladder.yaml',
		(text) =>
			`${text}version: 2\nhistory:\n  - version: 2\n    date: 2026-12-01\n    notes: Flaky tests get their own behavior; pairs rotate.\n` +
			`  - version: 1\n    date: 2026-11-01\n    notes: First published version.\n`,
	);
	// Renamed (and reworded), with the old id in replaces.
	edit('competencies/quality.yaml', (text) =>
		text.replace(
			'      - id: quality-suite-health\n        text: Fixes flaky tests in their area instead of retrying them.',
			'      - id: quality-flaky-tests\n        text: Fixes a flaky test the day it fails.\n        replaces: [quality-suite-health]',
		),
	);
	// Removed, and a new behavior in its place (not a rename: no replaces).
	edit('competencies/pairing.yaml', (text) =>
		text.replace(
			/ {6}- id: pair-invites\n {8}text: .*\n(?: {8}grows: .*\n)?/,
			'      - id: pair-rotates\n        text: Rotates pairs so every area has two people who know it.\n',
		),
	);
}

const notice = (page: Page) => page.getByRole('region', { name: 'The ladder changed since your last visit' });

test.describe('saved work after the ladder changes', () => {
	test.describe.configure({ mode: 'serial' });
	// Served on one origin for both builds, so the browser keeps what the reader saved.
	const fork = servedFork('tests/fixtures/fork', 180_000);

	test('marks and tags follow a renamed behavior, a removed one is archived and exported, and a notice says what changed until dismissed', async ({
		page,
	}) => {
		test.setTimeout(240_000);
		// The builds take the time; a step that fails should fail fast.
		page.setDefaultTimeout(15_000);
		const assessment = `${fork.origin}/ladder/self-assessment/`;
		const log = `${fork.origin}/ladder/evidence-log/`;
		const shown = (id: string) => page.locator(`[id="shown-${id}"]`);

		// Version 1: the reader marks three behaviors and logs a piece of evidence.
		await page.goto(assessment);
		await ready(page, 'threshold-assessment');
		await expect(notice(page)).toBeHidden();
		await shown('quality-suite-health').check();
		await page.locator('[id="evidence-quality-suite-health"]').fill('Fixed the checkout flakes');
		await shown('ship-behind-flags').check();
		await shown('pair-invites').check();
		await page.goto(log);
		await ready(page, 'threshold-evidence-log');
		await page.getByLabel('What did you do?').fill('Deflaked the payment suite.');
		await page.getByLabel('Behavior it shows (optional)').selectOption('quality-suite-health');
		await page.getByRole('button', { name: 'Add to the log' }).click();
		await expect(page.locator('.th-evidence__tags')).toContainText(
			'Fixes flaky tests in their area instead of retrying them.',
		);

		// Version 2 is published on the same address: the browser keeps what it saved.
		changeLadder(fork.dir);
		// The anchor lock would ask the team to redirect the removed behavior's anchor; not this test's subject.
		const rebuild = await buildFork(fork.dir, [], { THRESHOLD_ANCHOR_LOCK: 'off' });
		expect(rebuild.status, rebuild.output).toBe(0);

		await page.goto(assessment);
		await ready(page, 'threshold-assessment');
		await expect(notice(page)).toBeVisible();
		await expect(notice(page)).toContainText('It is now version 2; you last saw version 1.');
		const group = (label: string) => notice(page).locator('[data-ladder-changes] > li', { hasText: label });
		await expect(group('New')).toContainText('Rotates pairs so every area has two people who know it.');
		await expect(group('Renamed or merged')).toContainText(
			'quality-suite-health, now: Fixes a flaky test the day it fails.',
		);
		await expect(group('Removed')).toContainText('pair-invites');
		await expect(notice(page).getByRole('link', { name: 'What changed in each version' })).toHaveAttribute(
			'href',
			'/ladder/versions/',
		);
		await expect(shown('quality-flaky-tests')).toBeChecked();
		await expect(page.locator('[id="evidence-quality-flaky-tests"]')).toHaveValue(
			'Fixed the checkout flakes',
		);
		await expect(shown('ship-behind-flags')).toBeChecked();
		await expect(shown('pair-rotates')).not.toBeChecked();
		const archive = page.getByRole('region', { name: 'Archived from an earlier ladder' });
		await expect(archive.getByRole('listitem')).toHaveText(['pair-invites: shown']);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download Markdown' }).click();
		const markdown = readFileSync((await (await download).path())!, 'utf8');
		expect(markdown).toContain('## Archived from an earlier ladder');
		expect(markdown).toContain('- pair-invites: shown');
		expect(markdown).toContain(
			'- [x] Fixes a flaky test the day it fails. Evidence: Fixed the checkout flakes',
		);
		const backup = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save a backup' }).click();
		const saved = readFileSync((await (await backup).path())!, 'utf8');
		expect(saved).toContain('\\"archive\\":{\\"marks\\":[{\\"id\\":\\"pair-invites\\"');

		expect(await axeViolations(page, 'threshold-assessment')).toEqual([]);

		// Dismissed by keyboard: the notice goes, the reader is told, and it stays gone.
		const dismiss = notice(page).getByRole('button', { name: 'Got it, hide this notice' });
		await tabTo(page, dismiss);
		await page.keyboard.press('Enter');
		await expect(notice(page)).toBeHidden();
		await expect(page.locator('threshold-assessment [data-status]')).toHaveText(
			'Noted. The notice comes back only when the ladder changes again.',
		);
		await expect(page.getByLabel('My level now')).toBeFocused();
		await page.reload();
		await ready(page, 'threshold-assessment');
		await expect(shown('quality-flaky-tests')).toBeChecked();
		await expect(archive.getByRole('listitem')).toHaveText(['pair-invites: shown']);
		await expect(notice(page)).toBeHidden();

		// The evidence log has its own notice; its entry's tag followed the rename.
		await page.goto(log);
		await ready(page, 'threshold-evidence-log');
		await expect(notice(page)).toBeVisible();
		await expect(page.locator('.th-evidence__tags')).toContainText('Fixes a flaky test the day it fails.');
		await notice(page).getByRole('button', { name: 'Got it, hide this notice' }).click();
		await page.reload();
		await ready(page, 'threshold-evidence-log');
		await expect(page.locator('.th-evidence__tags')).toContainText('Fixes a flaky test the day it fails.');
		await expect(notice(page)).toBeHidden();
	});

	test('the notice passes axe in dark mode too', async ({ page }) => {
		await useTheme(page, 'dark');
		const data = { version: 1, behaviors: { 'pair-invites': 'x' }, competencies: ['pairing'] };
		const raw = JSON.stringify({
			v: 3,
			savedAt: '2026-11-01T00:00:00.000Z',
			data: { current: 'associate', target: 'engineer', marks: {}, seen: data },
		});
		await page.addInitScript((value) => localStorage.setItem('acme-growth:v3:ladder:assessment', value), raw);
		await page.goto(`${fork.origin}/ladder/self-assessment/`);
		await expect(notice(page)).toBeVisible();
		expect(await axeViolations(page, 'threshold-assessment')).toEqual([]);
	});

	test('without JavaScript the page reads as before and shows no notice', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${fork.origin}/ladder/self-assessment/`);
		await expect(
			page.getByText('Releases features behind a flag and removes the flag within a month.'),
		).toBeVisible();
		await expect(notice(page)).toBeHidden();
		await context.close();
	});
});
