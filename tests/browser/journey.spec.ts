import { expect, test, type Page } from '@playwright/test';
import { axeInBothThemes } from '../support/axe';
import { storageKey } from '../support/site';

const handoffKey = storageKey('handoff:growth-plan');

/** Waits until the self-assessment's script has enhanced the page. */
const assessmentReady = (page: Page) =>
	expect(page.locator('threshold-assessment [data-actions]')).toBeVisible();

const goal = (page: Page, n: number) => page.getByRole('group', { name: `Goal ${n}`, exact: true });

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

	test(`the gap picker and the plan it starts have no accessibility violations in the light and dark themes`, async ({
		page,
	}) => {
		await assessAndPickTwo(page);
		expect(await axeInBothThemes(page)).toEqual([]);
		await page.getByRole('button', { name: 'Start a growth plan' }).click();
		await expect(page.getByText(/Started "Plan 1" from what you brought here/)).toBeVisible();
		expect(await axeInBothThemes(page)).toEqual([]);
	});
});

/** Saves data as the site's store does (format version 1; newer builds migrate it on read). */
async function seed(page: Page, entries: Record<string, unknown>) {
	const keyed = Object.entries(entries).map(([name, data]) => [storageKey(name), data] as const);
	await page.addInitScript((saved) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		for (const [key, data] of saved)
			localStorage.setItem(key, JSON.stringify({ v: 1, savedAt: '2026-05-01T10:00:00.000Z', data }));
	}, keyed);
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

	test(`the drafted promotion case has no accessibility violations in the light and dark themes`, async ({
		page,
	}) => {
		await page.goto('/ladder/self-assessment/');
		await assessmentReady(page);
		await page.getByRole('button', { name: 'Draft my promotion case' }).click();
		await expect(page.getByText(/Started "Case 1" from what you brought here/)).toBeVisible();
		expect(await axeInBothThemes(page)).toEqual([]);
	});
});

/** A day `back` days before today, as the date field takes it (`YYYY-MM-DD`, local time). */
function daysAgo(back: number): string {
	const day = new Date();
	day.setDate(day.getDate() - back);
	return [day.getFullYear(), day.getMonth() + 1, day.getDate()]
		.map((n) => String(n).padStart(2, '0'))
		.join('-');
}

/** The builder of the page whose heading is `title`, and its Markdown preview. */
const builder = (page: Page, title: RegExp) => {
	const doc = page.locator('threshold-builder').filter({ has: page.getByRole('heading', { name: title }) });
	return { doc, md: doc.getByRole('region', { name: 'Preview' }).locator('pre') };
};

/** What the agenda action drafts from, as the built page carries it (`data-agenda`). */
interface AgendaData {
	competencies: { id: string; name: string }[];
	questions: { text: string; competencies: string[] }[];
}

test.describe('the whole journey', () => {
	test('a mentee assesses, plans from two gaps, logs three entries, drafts the case and then the 1:1 agenda, each step starting from the one before, across reloads', async ({
		page,
	}) => {
		// 1. Assess: tick the first behavior of the level aimed for, with evidence. Names come from the page.
		await page.goto('/ladder/self-assessment/');
		await assessmentReady(page);
		const target = await page.locator('threshold-assessment').getAttribute('data-default-target');
		const first = page.locator(`section[data-competency]:has(fieldset[data-level="${target}"])`).first();
		const mine = (await first.getAttribute('data-name'))!;
		const behavior = first.locator(`fieldset[data-level="${target}"] li[data-behavior]`).first();
		const behaviorText = (await behavior.locator('.th-assessment__shown label').innerText()).trim();
		await behavior.locator('.th-assessment__shown input').check();
		await behavior.locator('[data-field="evidence"] input').fill('Design doc for the export job');
		await page.reload();
		await assessmentReady(page);
		await expect(behavior.locator('.th-assessment__shown input')).toBeChecked();

		// 2. A plan from two gaps: the competency just marked and the next one offered.
		const picker = page.getByRole('group', { name: 'Pick up to three competencies to work on' });
		await picker.getByRole('checkbox', { name: mine, exact: true }).check();
		const other = picker.getByRole('checkbox', { disabled: false, checked: false }).first();
		const theirs = (await other.locator('xpath=following-sibling::label').innerText()).trim();
		await other.check();
		await page.getByRole('button', { name: 'Start a growth plan' }).click();
		await expect(page.getByText(/^Started "Plan 1" from what you brought here/)).toBeVisible();
		await page.reload();
		// The saved plan shows once the builder's editor has loaded (at load, since a draft is saved).
		const plan = builder(page, /growth plan/i);
		await expect(plan.md).toContainText(behaviorText);
		const behaviors = await page
			.getByLabel('Behavior', { exact: true })
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).filter(Boolean));
		expect(behaviors).toHaveLength(2);
		expect(behaviors.some((b) => b.startsWith(`${mine}: `))).toBe(true);
		expect(behaviors.some((b) => b.startsWith(`${theirs}: `))).toBe(true);

		// 3. Three entries in the evidence log, two for the first competency, one for the other.
		await page.goto('/ladder/evidence-log/');
		await expect(page.getByRole('button', { name: 'Add to the log' })).toBeEnabled();
		const entries = [
			{ date: daysAgo(9), did: 'Wrote the failure modes section of the export design', tag: mine },
			{ date: daysAgo(5), did: `Led the review of the importer for ${theirs}`, tag: theirs },
			{ date: daysAgo(2), did: 'Sized the queue against last month’s peak', tag: mine },
		];
		for (const entry of entries) {
			await page.getByLabel('Date', { exact: true }).fill(entry.date);
			await page.getByLabel('What did you do?').fill(entry.did);
			await page
				.locator('.th-evidence__competencies')
				.getByRole('checkbox', { name: entry.tag, exact: true })
				.check();
			await page.getByRole('button', { name: 'Add to the log' }).click();
			await expect(page.getByText(entry.did).first()).toBeVisible();
		}
		await page.reload();
		for (const entry of entries) await expect(page.getByText(entry.did).first()).toBeVisible();

		// 4. The promotion case, from the assessment and the log.
		await page.goto('/ladder/self-assessment/');
		await assessmentReady(page);
		await page.getByRole('button', { name: 'Draft my promotion case' }).click();
		await expect(page.getByText(/^Started "Case 1" from what you brought here/)).toBeVisible();
		await page.reload();
		const promotion = builder(page, /promotion case/i);
		await expect(promotion.md).toContainText(new RegExp(`## Competency \\d+: ${mine}\\n`));
		await expect(promotion.md).toContainText(`${behaviorText} Evidence: Design doc for the export job`);
		for (const entry of entries) await expect(promotion.md).toContainText(entry.did);

		// 5. The 1:1 agenda, from the plan, the log and the tagged questions.
		await page.goto('/playbooks/one-on-ones/');
		await page.getByRole('button', { name: 'Draft the next agenda' }).click();
		await expect(page.getByText(/^Started "Agenda 1" from what you brought here/)).toBeVisible();
		await page.reload();
		const agenda = builder(page, /1:1 agenda/i);
		const field = (label: string) => agenda.doc.getByLabel(label, { exact: true });
		await expect(field('Goals from the growth plan')).toHaveValue(
			new RegExp(`^(${mine}|${theirs}): .+\\n(${mine}|${theirs}): .+$`),
		);
		const evidence = (await field('Evidence since the last 1:1').inputValue()).split('\n');
		expect(evidence).toHaveLength(3);
		// Newest first.
		[...entries].reverse().forEach((entry, i) => expect(evidence[i]).toContain(entry.did));
		const data = JSON.parse(
			(await page.locator('threshold-agenda').getAttribute('data-agenda'))!,
		) as AgendaData;
		const ids = data.competencies.filter((c) => [mine, theirs].includes(c.name)).map((c) => c.id);
		const offered = (await field('Questions to pick from').inputValue()).split('\n');
		expect(offered.length).toBeGreaterThanOrEqual(3);
		expect(offered.length).toBeLessThanOrEqual(5);
		const bank = new Map(data.questions.map((q) => [q.text, q.competencies]));
		for (const question of offered) expect(bank.has(question), question).toBe(true);
		// When the banks tag questions with the plan's competencies, those come first.
		if (data.questions.some((q) => q.competencies.some((id) => ids.includes(id))))
			expect(bank.get(offered[0]!)!.some((id) => ids.includes(id))).toBe(true);
		await expect(field('Drawn from')).toHaveValue(/Plan 1/);
	});
});
