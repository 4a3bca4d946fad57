/**
 * Storage faults with a reader's work already saved: a full or blocked storage in a later
 * visit must never cost what was saved before. Each test saves real work in one island
 * (checklist ticks, a builder draft, self-assessment marks, evidence log entries), makes
 * storage fail for one visit (a flag in sessionStorage switches the fault on and off), keeps
 * working through the fault, and reads storage again after a reload without it.
 *
 * Last, marks saved by the self-assessment's first version stay cleared once cleared: the
 * old copy a migration leaves behind must not bring them back.
 *
 * The ladder islands are driven by what the page shows (its first behavior, its first
 * competency), never by this site's ids, so a fork with another ladder passes unchanged.
 */
import { expect, test, type Page } from '@playwright/test';
import { fill } from '../../src/kit/words';
import { ready } from '../support/ladder-islands';
import { keyPrefix, storageKey } from '../support/site';
import { englishWords } from '../support/words';

const words = englishWords([
	'kit.problem.refused',
	'kit.problem.unavailable',
	'builder.notSaved',
	'assessment.notKept',
	'assessment.notSaved',
	'assessment.evidenceFor',
	'assessment.clear',
	'assessment.cleared',
	'evidence.notKept',
	'evidence.notSaved',
	'evidence.text',
	'evidence.competencies',
	'evidence.add',
]);
const problem = { full: words['kit.problem.refused'], blocked: words['kit.problem.unavailable'] } as const;

const pitfalls = '/playbooks/pitfalls/';
const key = storageKey('checklist:pitfalls');
const checklist = (page: Page) => page.locator('threshold-checklist');
const box = (page: Page, name: RegExp) => checklist(page).getByRole('checkbox', { name });
const progress = (page: Page) => checklist(page).locator('.th-checklist__count');
const notice = (page: Page) => checklist(page).locator('[data-notice="storage"]');

async function open(page: Page): Promise<void> {
	await page.goto(pitfalls);
	await expect(checklist(page).getByRole('checkbox').first()).toBeEnabled();
}

/** Makes storage fail the way `fault` says on every load while the flag is set. */
async function installFault(page: Page, fault: 'full' | 'blocked'): Promise<void> {
	await page.addInitScript(
		([kind, prefix]) => {
			if (sessionStorage.getItem('storage-fault') !== '1') return;
			if (kind === 'blocked') {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
				return;
			}
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (k: string, v: string) {
				if (this === localStorage && k.startsWith(prefix))
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				setItem.call(this, k, v);
			};
		},
		[fault, keyPrefix] as const,
	);
}

const setFault = (page: Page, on: boolean) =>
	page.evaluate((value) => sessionStorage.setItem('storage-fault', value), on ? '1' : '0');

for (const fault of ['full', 'blocked'] as const) {
	test(`ticks saved before storage was ${fault} are all there after a visit with it ${fault}`, async ({
		page,
	}) => {
		await installFault(page, fault);
		await open(page);
		await box(page, /written design/).check();
		await box(page, /glue work/).check();
		await expect(progress(page)).toHaveText('2 of 7 ticked');
		const before = await page.evaluate((k) => localStorage.getItem(k), key);
		expect(JSON.parse(before!).data).toBeTruthy();

		// A visit with storage failing: the reader keeps working and is told ticks will not be kept.
		await setFault(page, true);
		await page.reload();
		await expect(checklist(page).getByRole('checkbox').first()).toBeEnabled();
		await box(page, /problem nobody assigned me/).check();
		await expect(notice(page)).toBeVisible();
		await box(page, /glue work/).uncheck();
		await page.getByRole('button', { name: 'Reset' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();

		// The next visit, storage working again: what was saved before the fault is untouched.
		await setFault(page, false);
		await page.reload();
		await expect(checklist(page).getByRole('checkbox').first()).toBeEnabled();
		expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(before);
		await expect(box(page, /written design/)).toBeChecked();
		await expect(box(page, /glue work/)).toBeChecked();
		await expect(box(page, /problem nobody assigned me/)).not.toBeChecked();
		await expect(progress(page)).toHaveText('2 of 7 ticked');
		await expect(notice(page)).toBeHidden();
	});
}

/** Everything this site keeps in the browser, raw, by key. */
const savedItems = (page: Page) =>
	page.evaluate(
		(prefix) =>
			Object.fromEntries(
				Object.keys(localStorage)
					.filter((k) => k.startsWith(prefix))
					.map((k) => [k, localStorage.getItem(k)]),
			),
		keyPrefix,
	);

/** Reloads with storage failing (`on`) or working again, and waits for `island` to be ready. */
async function visit(page: Page, on: boolean, isReady: () => Promise<void>): Promise<void> {
	await setFault(page, on);
	await page.reload();
	await isReady();
}

/** Opens the ladder island `tag` on `path`, with `fault` installed (switched off for now). */
async function openWithFault(page: Page, fault: 'full' | 'blocked', path: string, tag: string) {
	await installFault(page, fault);
	await page.goto(path);
	const isReady = () => ready(page, tag);
	await isReady();
	return { island: page.locator(tag), isReady };
}

/** Waits until `text` is in storage, and returns everything saved then. */
async function savedWith(page: Page, text: string) {
	await expect.poll(async () => JSON.stringify(await savedItems(page))).toContain(text);
	return savedItems(page);
}

/**
 * A visit with storage failing `fault`, in which the reader does `work` and the ladder
 * island `kind` says what it will not keep (blocked: as the page loads; full: when a save
 * is refused); then a visit with storage working again.
 */
async function visitWithFault(
	page: Page,
	fault: 'full' | 'blocked',
	kind: 'assessment' | 'evidence',
	isReady: () => Promise<void>,
	work: () => Promise<void>,
): Promise<void> {
	await visit(page, true, isReady);
	const status = page
		.locator(`threshold-${kind === 'evidence' ? 'evidence-log' : kind}`)
		.getByRole('status')
		.first();
	if (fault === 'blocked')
		await expect(status).toHaveText(fill(words[`${kind}.notKept`], { reason: problem.blocked }));
	await work();
	await expect(status).toHaveText(fill(words[`${kind}.notSaved`], { reason: problem[fault] }));
	await visit(page, false, isReady);
}

for (const fault of ['full', 'blocked'] as const) {
	test(`a builder draft saved before storage was ${fault} is all there after a visit with it ${fault}`, async ({
		page,
	}) => {
		await installFault(page, fault);
		await page.goto('/playbooks/delegation-brief/');
		const outcome = page.getByLabel('Outcome', { exact: true });
		await page.getByLabel('The work', { exact: true }).fill('bulk invoice export');
		await outcome.fill('Finance teams export a year of invoices themselves.');
		const before = await savedWith(page, 'a year of invoices');

		// A visit with storage failing: the reader keeps typing and is told the draft is not saved.
		await visit(page, true, () => expect(outcome).toBeEditable());
		await outcome.fill('Typed while storage was failing.');
		await expect(page.locator('threshold-builder')).toContainText(
			fill(words['builder.notSaved'], { reason: problem[fault] }),
		);

		await visit(page, false, () => expect(outcome).toBeEditable());
		expect(await savedItems(page)).toEqual(before);
		await expect(outcome).toHaveValue('Finance teams export a year of invoices themselves.');
	});

	test(`self-assessment marks saved before storage was ${fault} are all there after a visit with it ${fault}`, async ({
		page,
	}) => {
		const { island, isReady } = await openWithFault(
			page,
			fault,
			'/ladder/self-assessment/',
			'threshold-assessment',
		);
		const behaviors = island.getByRole('checkbox').filter({ visible: true });
		const evidence = island
			.getByRole('textbox', { name: fill(words['assessment.evidenceFor'], { behavior: '' }) })
			.filter({ visible: true });
		await behaviors.first().check();
		await evidence.first().fill('Design doc with three failure modes');
		const before = await savedWith(page, 'three failure modes');
		// The reader keeps marking through the fault, and is told the marks will not be kept.
		await visitWithFault(page, fault, 'assessment', isReady, () => behaviors.nth(1).check());
		expect(await savedItems(page)).toEqual(before);
		await expect(behaviors.first()).toBeChecked();
		await expect(evidence.first()).toHaveValue('Design doc with three failure modes');
		await expect(behaviors.nth(1)).not.toBeChecked();
	});

	test(`evidence log entries saved before storage was ${fault} are all there after a visit with it ${fault}`, async ({
		page,
	}) => {
		const { island, isReady } = await openWithFault(
			page,
			fault,
			'/ladder/evidence-log/',
			'threshold-evidence-log',
		);
		const add = async (did: string) => {
			await island.getByLabel(words['evidence.text']).fill(did);
			await island
				.getByRole('group', { name: words['evidence.competencies'] })
				.getByRole('checkbox')
				.first()
				.check();
			await island.getByRole('button', { name: words['evidence.add'] }).click();
			await expect(island.getByText(did)).toBeVisible();
		};
		await add('Ran the retro for the billing outage.');
		const before = await savedWith(page, 'billing outage');
		// The reader keeps adding entries through the fault, and is told they will not be kept.
		await visitWithFault(page, fault, 'evidence', isReady, () =>
			add('Wrote the rollback runbook while storage was failing.'),
		);
		expect(await savedItems(page)).toEqual(before);
		await expect(island.getByText('Ran the retro for the billing outage.')).toBeVisible();
		await expect(island.getByText('while storage was failing')).toBeHidden();
	});
}

test('marks saved by the first version of the self-assessment stay cleared after a reload', async ({
	page,
}) => {
	await page.goto('/ladder/self-assessment/');
	await ready(page, 'threshold-assessment');
	const island = page.locator('threshold-assessment');
	const first = island.getByRole('checkbox').filter({ visible: true }).first();
	await first.check();
	// Turn what was saved into what version 1 saved (no "does not apply"), as a reader from before has it.
	await expect
		.poll(() => page.evaluate(() => Object.keys(localStorage).join()))
		.toContain(':ladder:assessment');
	await page.evaluate(
		([prefix, v1]) => {
			const key = Object.keys(localStorage).find(
				(k) => k.startsWith(prefix) && k.endsWith(':ladder:assessment'),
			)!;
			const { data } = JSON.parse(localStorage.getItem(key)!);
			for (const mark of Object.values(data.marks) as Record<string, unknown>[]) {
				delete mark['notApplicable'];
				delete mark['reason'];
			}
			localStorage.removeItem(key);
			localStorage.setItem(v1, JSON.stringify({ v: 1, savedAt: 'x', data }));
		},
		[keyPrefix, storageKey('ladder:assessment')] as const,
	);
	await page.reload();
	await ready(page, 'threshold-assessment');
	await expect(first).toBeChecked();

	await island.getByRole('button', { name: words['assessment.clear'] }).click();
	await expect(island.getByRole('status').first()).toHaveText(words['assessment.cleared']);
	await page.reload();
	await ready(page, 'threshold-assessment');
	await expect(first).not.toBeChecked();
});
