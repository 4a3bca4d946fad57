import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useTheme } from '../support/site';

const handoffKey = 'threshold:v1:handoff:growth-plan';

/** Waits until the self-assessment's script has enhanced the page. */
const assessmentReady = (page: Page) =>
	expect(page.locator('threshold-assessment [data-actions]')).toBeVisible();

const goal = (page: Page, n: number) => page.getByRole('group', { name: `Goal ${n}`, exact: true });

const violations = async (page: Page) =>
	(
		await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
			.analyze()
	).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

/** Ticks one senior System design behavior with evidence, then picks two gaps for a plan. */
async function assessAndPickTwo(page: Page) {
	await page.goto('/ladder/self-assessment/');
	await assessmentReady(page);
	await page.getByRole('checkbox', { name: /^Writes down how the design fails/ }).check();
	await page
		.getByRole('textbox', { name: /Evidence for: Writes down how the design fails/ })
		.fill('Export job design doc, March');
	const plan = page.getByRole('group', { name: 'Pick up to three competencies to work on' });
	await plan.getByRole('checkbox', { name: 'System design', exact: true }).check();
	await plan.getByRole('checkbox', { name: 'Code review', exact: true }).check();
	return plan;
}

test.describe('from gaps to a plan', () => {
	test('two gaps picked in the self-assessment open as a new growth plan with a goal each, kept after a reload', async ({
		page,
	}) => {
		// A plan the reader already has must stay as it is.
		await page.goto('/playbooks/growth-plan/');
		await page.getByLabel('Draft name', { exact: true }).fill('My own plan');
		await goal(page, 1).getByLabel('Behavior', { exact: true }).fill('Write design docs first');
		await expect.poll(() => page.evaluate(() => Object.keys(localStorage).join())).toContain('growth-plan');

		await assessAndPickTwo(page);
		await page.getByRole('button', { name: 'Start a growth plan' }).click();
		await expect(page).toHaveURL(/\/playbooks\/growth-plan\/$/);
		await expect(page.getByText(/Started "Plan 2" from what you brought here/)).toBeVisible();

		for (const reloaded of [false, true]) {
			if (reloaded) await page.reload();
			await expect(page.getByLabel('Draft name', { exact: true })).toHaveValue('Plan 2');
			await expect(page.getByLabel('Source of gaps', { exact: true })).toHaveValue(
				/^Self-assessment of .+: Mid-level engineer to Senior engineer$/,
			);
			const design = goal(page, 1);
			await expect(design.getByLabel('Behavior', { exact: true })).toHaveValue(
				/^System design: Sizes the design against real numbers/,
			);
			await expect(design.getByLabel('Current state', { exact: true })).toHaveValue(
				/- Writes a short design for a feature before coding it[^\n]*\n(- [^\n]*\n)*- Writes down how the design fails/,
			);
			await expect(design.getByLabel('Target state', { exact: true })).not.toHaveValue(
				/Writes down how the design fails/,
			);
			await expect(design.getByLabel('Practice opportunities', { exact: true })).toHaveValue(/\S/);
			await expect(design.getByLabel('Milestone indicator', { exact: true })).toHaveValue(/System design/);
			await expect(goal(page, 2).getByLabel('Behavior', { exact: true })).toHaveValue(/^Code review: /);
			await expect(goal(page, 3)).toBeHidden();
		}
		// The hand-off was used once: the reader's own plan is still there, unchanged.
		expect(await page.evaluate((key) => localStorage.getItem(key), handoffKey)).toBeNull();
		await page.getByLabel('Draft', { exact: true }).selectOption({ label: 'My own plan' });
		await expect(goal(page, 1).getByLabel('Behavior', { exact: true })).toHaveValue(
			'Write design docs first',
		);
	});

	test('a fourth gap cannot be picked once three are', async ({ page }) => {
		const plan = await assessAndPickTwo(page);
		await plan.getByRole('checkbox', { name: 'Ownership', exact: true }).check();
		await expect(plan.getByRole('checkbox', { name: 'Prioritization', exact: true })).toBeDisabled();
		await plan.getByRole('checkbox', { name: 'Code review', exact: true }).uncheck();
		await expect(plan.getByRole('checkbox', { name: 'Prioritization', exact: true })).toBeEnabled();
	});

	test('starting a plan with no gap picked says what to do and stays on the page', async ({ page }) => {
		await page.goto('/ladder/self-assessment/');
		await assessmentReady(page);
		await page.getByRole('button', { name: 'Start a growth plan' }).click();
		await expect(page.getByText('Pick at least one competency to start a plan.')).toBeVisible();
		await expect(page).toHaveURL(/self-assessment/);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`the gap picker and the plan it starts have no accessibility violations in the ${theme} theme`, async ({
			page,
		}) => {
			await useTheme(page, theme);
			await assessAndPickTwo(page);
			expect(await violations(page)).toEqual([]);
			await page.getByRole('button', { name: 'Start a growth plan' }).click();
			await expect(page.getByText(/Started "Plan 1" from what you brought here/)).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}
});

/** Saves data as the site's store does (format version 1; newer builds migrate it on read). */
async function seed(page: Page, entries: Record<string, unknown>) {
	await page.addInitScript((saved) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		for (const [name, data] of Object.entries(saved))
			localStorage.setItem(
				`threshold:v1:${name}`,
				JSON.stringify({ v: 1, savedAt: '2026-05-01T10:00:00.000Z', data }),
			);
	}, entries);
}

test.describe('the promotion case', () => {
	test('drafted from the saved assessment and evidence log, it opens in the playbook builder and is kept after a reload', async ({
		page,
	}) => {
		await seed(page, {
			'ladder:assessment': {
				current: 'mid-level',
				target: 'senior',
				marks: { 'sd-failure-modes': { shown: true, evidence: 'Export job design doc' } },
			},
			'ladder:evidence': {
				entries: [
					{
						id: 'e1',
						week: '2026-03-02',
						text: 'Ran the design review for ledger-sync v2',
						competencies: ['system-design'],
						behaviors: [],
					},
				],
			},
		});
		await page.goto('/ladder/self-assessment/');
		await assessmentReady(page);
		await page.getByRole('button', { name: 'Draft my promotion case' }).click();
		await expect(page).toHaveURL(/\/playbooks\/promotion-conversation\/$/);
		await expect(page.getByText(/Started "Case 1" from what you brought here/)).toBeVisible();
		for (const reloaded of [false, true]) {
			if (reloaded) await page.reload();
			const doc = page.locator('threshold-builder').filter({ hasText: 'Draft your promotion case here' });
			const md = doc.getByRole('region', { name: 'Preview' }).locator('pre');
			await expect(md).toContainText('# Promotion case: [Your name], Senior engineer');
			await expect(md).toContainText('## Competency 1: System design');
			await expect(md).toContainText(/- Writes down how the design fails.* Evidence: Export job design doc/);
			await expect(md).toContainText(/\n- [^\n]*2026: Ran the design review for ledger-sync v2\n/);
			await expect(md).toContainText(/Not shown yet:\n- Sizes the design against real numbers/);
			await expect(md).toContainText(
				/would that be enough for you to put me forward, and what else could block it\?/,
			);
		}
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`the drafted promotion case has no accessibility violations in the ${theme} theme`, async ({
			page,
		}) => {
			await useTheme(page, theme);
			await page.goto('/ladder/self-assessment/');
			await assessmentReady(page);
			await page.getByRole('button', { name: 'Draft my promotion case' }).click();
			await expect(page.getByText(/Started "Case 1" from what you brought here/)).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	}
});
