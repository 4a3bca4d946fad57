/**
 * The 1:1 agenda on the 1:1s playbook: "Draft the next agenda" with nothing saved, carrying
 * the commitments an agenda left open into the next without overwriting it, by keyboard,
 * without JavaScript, and with no accessibility violations in either theme.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeInBothThemes } from '../support/axe';
import { storageKey, tabTo } from '../support/site';

const page1on1 = '/playbooks/one-on-ones/';
const draftButton = (page: Page) => page.getByRole('button', { name: 'Draft the next agenda' });
const agenda = (page: Page) =>
	page
		.locator('threshold-builder')
		.filter({ has: page.getByRole('heading', { name: 'Draft your 1:1 agenda here' }) });
const field = (page: Page, label: string) => agenda(page).getByLabel(label, { exact: true });
const drafts = (page: Page) =>
	page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('builder:one-on-one-agenda:')));

/** Saves an evidence log of one recent entry as the site's store does (version 1; migrated on read). */
async function seedEvidence(page: Page, text: string) {
	const week = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
	await page.addInitScript(
		([entry, day, key]) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			const data = { entries: [{ id: 'e1', week: day, text: entry, competencies: [], behaviors: [] }] };
			localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: '2026-05-01T10:00:00.000Z', data }));
		},
		[text, week, storageKey('ladder:evidence')] as const,
	);
}

test('with nothing saved, drafting an agenda says what to do first and starts no draft', async ({ page }) => {
	await page.goto(page1on1);
	await draftButton(page).click();
	await expect(page.locator('threshold-agenda [data-status]')).toHaveText(
		/^Nothing saved yet to draft an agenda from\. Start a growth plan or add evidence/,
	);
	expect(await drafts(page)).toEqual([]);
	await expect(field(page, 'Evidence since the last 1:1')).toHaveValue('');
});

test('the next agenda carries the commitments left open, and the last agenda stays as it was', async ({
	page,
}) => {
	await seedEvidence(page, 'Ran the go/no-go for the cutover');
	await page.goto(page1on1);
	await draftButton(page).click();
	await expect(page.getByText(/^Started "Agenda 1" from what you brought here/)).toBeVisible();
	await expect(field(page, 'Evidence since the last 1:1')).toHaveValue(
		/: Ran the go\/no-go for the cutover$/,
	);
	await field(page, 'Mentor').fill('Priya');
	const commitments =
		'[x] Priya: ask the SRE lead about cover by 1 Dec\n[ ] Sam: send the risk note by 3 Dec';
	await field(page, 'Owner, action, date').fill(commitments);
	await expect.poll(() => drafts(page)).toHaveLength(1);

	await page.reload();
	await draftButton(page).click();
	await expect(page.getByText(/^Started "Agenda 2" from what you brought here/)).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Draft name', { exact: true })).toHaveValue('Agenda 2');
	await expect(field(page, 'Open commitments')).toHaveValue('[ ] Sam: send the risk note by 3 Dec');
	await expect(field(page, 'Mentor')).toHaveValue('Priya');
	// The entry is older than the last agenda: it is not evidence since.
	await expect(field(page, 'Evidence since the last 1:1')).toHaveValue('');
	await expect(field(page, 'Drawn from')).toHaveValue(/Agenda 1/);
	await page.getByLabel('Draft', { exact: true }).selectOption({ label: 'Agenda 1' });
	await expect(field(page, 'Owner, action, date')).toHaveValue(commitments);
});

test('the agenda can be drafted from the keyboard, and focus moves to the new draft', async ({ page }) => {
	await seedEvidence(page, 'Paired on the importer');
	await page.goto(page1on1);
	await expect(draftButton(page)).toBeVisible();
	await tabTo(page, draftButton(page));
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Draft name', { exact: true })).toBeFocused();
	await expect(page.getByLabel('Draft name', { exact: true })).toHaveValue('Agenda 1');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page offers its agenda template, and no button that cannot work', async ({ page }) => {
		await page.goto(page1on1);
		await expect(page.getByText('Commitments from last time (5 min)')).toBeVisible();
		await expect(draftButton(page)).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Draft your 1:1 agenda here' })).toBeHidden();
	});
});

test(`drafting an agenda, with and without anything saved, has no accessibility violations in the light and dark themes`, async ({
	page,
}) => {
	await page.goto(page1on1);
	await draftButton(page).click();
	await expect(page.locator('threshold-agenda [data-status]')).not.toBeEmpty();
	expect(await axeInBothThemes(page)).toEqual([]);
	await page.evaluate(
		(key) =>
			localStorage.setItem(
				key,
				JSON.stringify({
					v: 1,
					savedAt: '2026-05-01T10:00:00.000Z',
					data: {
						entries: [
							{
								id: 'e',
								week: new Date().toISOString().slice(0, 10),
								text: 'Did it',
								competencies: [],
								behaviors: [],
							},
						],
					},
				}),
			),
		storageKey('ladder:evidence'),
	);
	await draftButton(page).click();
	await expect(page.getByText(/^Started "Agenda 1" from what you brought here/)).toBeVisible();
	expect(await axeInBothThemes(page)).toEqual([]);
});
