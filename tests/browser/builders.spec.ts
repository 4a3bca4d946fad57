import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { asidePrefix, storageKey, tabTo } from '../support/site';
import { axeInBothThemes } from '../support/axe';

const brief = '/playbooks/delegation-brief/';
const hostile = ['<img src=x onerror=window.__pwned=1>', '"><script>window.__pwned=1</script>'];

const builder = (page: Page) => page.locator('threshold-builder');
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' }).locator('pre');
const sharedPreview = (page: Page) =>
	page
		.getByRole('heading', { name: /^Shared with you/ })
		.locator('xpath=..')
		.locator('pre');

/** A link crafted by hand, as someone might send it: deflated JSON in the fragment. */
const crafted = (payload: unknown) => craftedJson(JSON.stringify(payload));
const craftedJson = (json: string) => `${brief}#doc=z${deflateRawSync(json).toString('base64url')}`;

/** Clicks "Share link" and returns the link once the builder shows it. */
async function shareLink(page: Page) {
	await page.getByRole('button', { name: 'Share link' }).click();
	const field = page.getByLabel('Share link', { exact: true });
	await expect(field).toBeVisible();
	await expect(field).toHaveValue(/#doc=z[\w-]+$/);
	return field.inputValue();
}

/** Holds back the builder's editor, fetched on first use, as a slow network would, until `release()`. */
const holdEditor = (page: Page) => holdChunk(page, 'editor');

/** Holds back the script chunk `name` (editor, actions), as a slow network would, until `release()`. */
async function holdChunk(page: Page, name: string) {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	let fetched = false;
	await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), async (route) => {
		fetched = true;
		await held;
		await route.continue();
	});
	return { release, fetched: () => fetched };
}

/** Fails the test if the page opens any dialog (alert, confirm, prompt). */
function forbidDialogs(page: Page) {
	page.on('dialog', (dialog) => {
		void dialog.dismiss();
		throw new Error(`A dialog opened: ${dialog.message()}`);
	});
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

test.describe('the delegation brief builder', () => {
	test('keeps a brief the reader filled in when the page is reloaded', async ({ page }) => {
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('bulk invoice export');
		await page
			.getByLabel('Outcome', { exact: true })
			.fill('Finance teams export a year of invoices themselves.');
		await page.getByLabel('Check-ins', { exact: true }).fill('2024-11-14: after the design');
		await expect(preview(page)).toContainText('# Delegation brief: bulk invoice export');
		await page.reload();
		await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue(
			'Finance teams export a year of invoices themselves.',
		);
		await expect(page.getByLabel('Check-ins', { exact: true })).toHaveValue('2024-11-14: after the design');
		await expect(page.getByLabel('Draft', { exact: true })).toHaveValue(/.+/);
		await expect(preview(page)).toContainText('Check-ins:\n- 2024-11-14: after the design');
	});

	test('copies the brief as Markdown, exactly as the preview shows it', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('bulk invoice export');
		await page
			.getByLabel('Success criteria', { exact: true })
			.fill('- Exports a year in under 10 minutes\n- Alert on failed exports');
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText('Copied the Markdown.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await preview(page).textContent());
		expect(copied).toContain('# Delegation brief: bulk invoice export\n');
		expect(copied).toContain(
			'Success criteria:\n- Exports a year in under 10 minutes\n- Alert on failed exports\n',
		);
	});

	test('warns, in the playbook’s words, when a brief has no success criteria or check-in', async ({
		page,
	}) => {
		await page.goto(brief);
		const checks = page.getByRole('region', { name: 'Checks from the playbook' });
		await expect(checks).toContainText('As you write, this lists what the playbook would flag.');
		await page.getByLabel('The work', { exact: true }).fill('export');
		await expect(
			checks.getByRole('listitem').filter({ hasText: 'There are no success criteria' }),
		).toBeVisible();
		await expect(checks.getByRole('listitem').filter({ hasText: 'There is no check-in' })).toBeVisible();
		await page.getByLabel('Check-ins', { exact: true }).fill('after the design');
		await expect(checks).toContainText('The check-in "after the design" has no date.');
		await expect(checks).not.toContainText('There is no check-in');
	});

	test('shares a brief by link that opens read-only in another browser profile, where it can be saved', async ({
		page,
		browser,
	}) => {
		await page.goto(brief);
		await page.getByLabel('Draft name', { exact: true }).fill('Invoice export');
		await page.getByLabel('The work', { exact: true }).fill('bulk invoice export');
		await page.getByLabel('Business need', { exact: true }).fill('Support runs 40 manual exports a month.');
		const link = await shareLink(page);
		expect(link).toMatch(/\/playbooks\/delegation-brief\/#doc=z[\w-]+$/);
		const original = await preview(page).textContent();

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		const sent: string[] = [];
		other.on('request', (request) => sent.push(request.url()));
		await other.goto(link);
		await expect(other.getByRole('heading', { name: 'Shared with you: Invoice export' })).toBeFocused();
		await expect(sharedPreview(other)).toHaveText(original!);
		await expect(other.getByLabel('Business need', { exact: true })).toBeHidden();
		expect(sent.every((url) => !url.includes('doc='))).toBe(true);

		await other.getByRole('button', { name: 'Save as my draft' }).click();
		await expect(other.getByLabel('Business need', { exact: true })).toHaveValue(
			'Support runs 40 manual exports a month.',
		);
		await expect(other.getByLabel('Draft name', { exact: true })).toHaveValue('Invoice export');
		expect(new URL(other.url()).hash).toBe('');
		await other.reload();
		await expect(other.getByLabel('The work', { exact: true })).toHaveValue('bulk invoice export');
		await fresh.close();
	});

	test('keeps several named drafts, lists them and deletes the one chosen', async ({ page }) => {
		await page.goto(brief);
		const drafts = page.getByLabel('Draft', { exact: true });
		await page.getByLabel('The work', { exact: true }).fill('first');
		await page.getByRole('button', { name: 'New draft' }).click();
		await expect(page.getByLabel('Draft name', { exact: true })).toBeFocused();
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('');
		await page.getByLabel('Draft name', { exact: true }).fill('Second brief');
		await page.getByLabel('The work', { exact: true }).fill('second');
		await expect(drafts.locator('option')).toHaveText(['Second brief', 'Brief 1']);

		await drafts.selectOption({ label: 'Brief 1' });
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('first');
		await page.getByText('Delete this draft').click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText('Deleted "Brief 1".');
		await expect(drafts.locator('option')).toHaveText(['Second brief']);
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('second');
		await page.reload();
		await expect(drafts.locator('option')).toHaveText(['Second brief']);
	});

	test('opens a draft saved by the earlier version with its answers, and once deleted it stays deleted', async ({
		page,
	}) => {
		// Exactly what the builder saved under version 1 (no start day).
		const data = {
			name: 'Old brief',
			variant: 'brief',
			values: { work: 'legacy export', outcome: 'Finance can export a year of invoices.' },
			updated: '2026-11-01T10:00:00.000Z',
		};
		await page.goto(brief);
		await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
			storageKey('builder:delegation-brief:m3x9ab12'),
			JSON.stringify({ v: 1, savedAt: '2026-11-01T10:00:00.001Z', data }),
		] as const);
		await page.reload();
		const drafts = page.getByLabel('Draft', { exact: true });
		await expect(drafts.locator('option')).toHaveText(['Old brief']);
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('legacy export');
		await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue(
			'Finance can export a year of invoices.',
		);
		await page.getByText('Delete this draft').click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText('Deleted "Old brief".');
		await page.reload();
		await expect(drafts.locator('option')).toHaveText(['Brief 1']);
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('');
	});

	test('a name typed right after New draft names the new draft, even while the rest of the builder loads', async ({
		page,
	}) => {
		await page.goto(brief);
		const drafts = page.getByLabel('Draft', { exact: true });
		await page.getByLabel('The work', { exact: true }).fill('first');
		const rest = await holdChunk(page, 'actions');
		await page.getByRole('button', { name: 'New draft' }).click();
		await page.getByLabel('Draft name', { exact: true }).fill('Second brief');
		await page.getByLabel('The work', { exact: true }).fill('second');
		await expect(drafts.locator('option')).toHaveText(['Second brief', 'Brief 1']);
		rest.release();
		await page.reload();
		await expect(drafts.locator('option')).toHaveText(['Second brief', 'Brief 1']);
		await drafts.selectOption({ label: 'Brief 1' });
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('first');
	});

	test('New draft, typing and Delete, all while the editor is on its way, end with that draft deleted and the status saying so', async ({
		page,
	}) => {
		await page.goto(brief);
		const editor = await holdEditor(page);
		await page.getByLabel('The work', { exact: true }).fill('first');
		await page.getByRole('button', { name: 'New draft' }).click();
		await page.getByLabel('The work', { exact: true }).fill('second');
		await page.getByText('Delete this draft').click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		editor.release();
		await expect(page.getByLabel('Draft', { exact: true }).locator('option')).toHaveText(['Brief 1']);
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText('Deleted "Brief 2".');
		await expect(page.locator('threshold-builder').getByRole('button', { name: 'Undo' })).toBeVisible();
	});

	test('deletes a draft and brings it back with Undo', async ({ page }) => {
		await page.goto(brief);
		const drafts = page.getByLabel('Draft', { exact: true });
		await page.getByLabel('The work', { exact: true }).fill('first');
		await page.getByRole('button', { name: 'New draft' }).click();
		await page.getByLabel('The work', { exact: true }).fill('second');
		await page.getByText('Delete this draft').click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText('Deleted "Brief 2".');
		await expect(drafts.locator('option')).toHaveText(['Brief 1']);
		await page.locator('threshold-builder').getByRole('button', { name: 'Undo' }).click();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText('"Brief 2" is back.');
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('second');
		await expect(page.locator('threshold-builder').getByRole('button', { name: 'Undo' })).toBeHidden();
		await page.reload();
		await expect(drafts.locator('option')).toHaveText(['Brief 2', 'Brief 1']);
	});

	test('downloads the brief as a dated .md file holding exactly the preview', async ({ page }) => {
		await page.goto(brief);
		await page.getByLabel('Draft name', { exact: true }).fill('Invoice export');
		await page.getByLabel('The work', { exact: true }).fill('bulk invoice export');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download .md' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^invoice-export-\d{4}-\d{2}-\d{2}\.md$/);
		const { readFile } = await import('node:fs/promises');
		expect(await readFile((await download.path())!, 'utf8')).toBe(await preview(page).textContent());
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText(
			`Downloaded ${download.suggestedFilename()}.`,
		);
	});

	test('says how to copy instead when the browser refuses the clipboard', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
		});
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('export');
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText(
			/^Your browser did not allow copying to the clipboard/,
		);
		await page.getByRole('button', { name: 'Share link' }).click();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText('Copy the link below.');
		await expect(page.getByLabel('Share link', { exact: true })).toHaveValue(/#doc=z/);
	});

	test('prints only the document from Print, and the typed text rather than the form from the page', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			window.print = () => {
				(window as unknown as { __onlyDoc: boolean }).__onlyDoc =
					document.documentElement.hasAttribute('data-th-print');
			};
		});
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('export');
		await page.getByRole('button', { name: 'Print' }).click();
		// A click before the editor has arrived prints once it has.
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { __onlyDoc?: boolean }).__onlyDoc))
			.toBe(true);
		await expect(page.locator('html')).not.toHaveAttribute('data-th-print');

		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(preview(page)).toContainText('# Delegation brief: export');
		await expect(page.getByLabel('The work', { exact: true })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
		await page.evaluate(() => document.documentElement.setAttribute('data-th-print', ''));
		await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
		await expect(preview(page)).toBeVisible();
	});

	test('keeps working, and says so, when a saved draft is corrupt', async ({ page }) => {
		const broken = storageKey('builder:delegation-brief:broken', 2);
		await page.addInitScript((key) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, '{not json');
				sessionStorage.setItem('seeded', '1');
			}
		}, broken);
		await page.goto(brief);
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText(
			'A saved draft could not be read (the saved copy is damaged). It was kept aside in this browser, not deleted.',
		);
		await page.getByLabel('The work', { exact: true }).fill('export');
		await expect(preview(page)).toContainText('# Delegation brief: export');
		const keys = await page.evaluate(() => Object.keys(localStorage));
		expect(keys).toContain(broken);
		expect(keys.some((k) => k.startsWith(asidePrefix('builder:delegation-brief:broken')))).toBe(true);
	});

	test('tells the reader when the browser will not keep the draft, and still builds the document', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Storage is blocked', 'SecurityError');
				},
			});
		});
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('export');
		await expect(page.getByText(/^Not saved: this browser is not keeping data for this site/)).toBeVisible();
		await expect(preview(page)).toContainText('# Delegation brief: export');
	});

	test('shows a new brief and its preview before the reader acts, and keeps what is typed while the editor is still on its way', async ({
		page,
	}) => {
		const editor = await holdEditor(page);
		await page.goto(brief);
		await expect(page.getByLabel('Draft name', { exact: true })).toHaveValue('Brief 1');
		await expect(preview(page)).toContainText('# Delegation brief: [The work]');
		expect(editor.fetched(), 'the editor is not fetched before the reader uses the builder').toBe(false);
		await page.getByLabel('The work', { exact: true }).fill('bulk invoice export');
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('bulk invoice export');
		await expect(preview(page)).toContainText('# Delegation brief: [The work]');
		editor.release();
		await expect(preview(page)).toContainText('# Delegation brief: bulk invoice export');
		await page.unrouteAll();
		await page.reload();
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('bulk invoice export');
		await expect(page.getByLabel('Draft name', { exact: true })).toHaveValue('Brief 1');
	});

	test('what is typed before and after New draft, while the editor is still on its way, goes into each draft in turn, its name too, and the newer stays first after a reload', async ({
		page,
	}) => {
		const editor = await holdEditor(page);
		await page.goto(brief);
		const drafts = page.getByLabel('Draft', { exact: true });
		await page.getByLabel('The work', { exact: true }).fill('first');
		await page.getByRole('button', { name: 'New draft' }).click();
		await page.getByLabel('Draft name', { exact: true }).fill('Second brief');
		await page.getByLabel('The work', { exact: true }).fill('second');
		editor.release();
		await expect(drafts.locator('option')).toHaveText(['Second brief', 'Brief 1']);
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('second');
		await page.unrouteAll();
		await page.reload();
		// Newest first, and the newest open: saved in one go, the two still have their order.
		await expect(drafts.locator('option')).toHaveText(['Second brief', 'Brief 1']);
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('second');
		await drafts.selectOption({ label: 'Brief 1' });
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('first');
		await drafts.selectOption({ label: 'Second brief' });
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('second');
	});

	test('a reader who moves to a field after New draft, while the editor is on its way, keeps typing there', async ({
		page,
	}) => {
		const editor = await holdEditor(page);
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('first');
		await page.getByRole('button', { name: 'New draft' }).click();
		await page.getByLabel('The work', { exact: true }).focus();
		editor.release();
		await expect(page.locator('threshold-builder').getByRole('status')).toHaveText(
			'Started a new draft. It is saved once you write something.',
		);
		await expect(page.getByLabel('The work', { exact: true })).toBeFocused();
		await page.keyboard.type('second');
		await expect(page.getByLabel('The work', { exact: true })).toHaveValue('second');
		await expect(page.getByLabel('Draft name', { exact: true })).toHaveValue('Brief 2');
	});

	test('shows the blank template, and no builder, when JavaScript is off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(brief);
		await expect(
			page.locator('pre').filter({ hasText: 'Outcome (one sentence, what must be true' }),
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Build your brief here' })).toBeHidden();
		await context.close();
	});
});

test.describe('hostile text', () => {
	test('typed into every field of a brief is shown as text and runs nothing, also after sharing', async ({
		page,
		browser,
	}) => {
		forbidDialogs(page);
		await page.goto(brief);
		const fields = builder(page).locator('[data-v="brief"] :is(input, textarea)');
		const count = await fields.count();
		expect(count).toBeGreaterThan(15);
		for (let i = 0; i < count; i++) await fields.nth(i).fill(hostile[i % 2]!);
		await page.getByLabel('Draft name', { exact: true }).fill(hostile[1]!);
		await expect(preview(page)).toContainText(`# Delegation brief: ${hostile[0]}`);
		await expect(preview(page)).toContainText(`Business need: ${hostile[1]}`);
		await expect(builder(page).locator('img, script:not([src])')).toHaveCount(0);
		await page.reload();
		await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue(hostile[1]!);

		const link = await shareLink(page);
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		forbidDialogs(other);
		await other.goto(link);
		await expect(sharedPreview(other)).toContainText(`Business need: ${hostile[1]}`);
		await expect(other.getByRole('heading', { name: `Shared with you: ${hostile[1]}` })).toBeVisible();
		expect(await pwned(other)).toBeUndefined();
		await fresh.close();
		expect(await pwned(page)).toBeUndefined();
	});

	test('in a crafted link is shown as text, and a broken or tampered link only shows a message', async ({
		page,
	}) => {
		forbidDialogs(page);
		const base = { f: 1, k: 'delegation-brief', v: 'brief' };
		await page.goto(crafted({ ...base, n: hostile[0], d: { work: hostile[1], need: hostile[0] } }));
		await expect(sharedPreview(page)).toContainText(`# Delegation brief: ${hostile[1]}`);
		await expect(sharedPreview(page)).toContainText(`Business need: ${hostile[0]}`);

		await page.goto(`${brief}#doc=z${hostile[1]}`);
		await page.reload();
		const error = page.getByRole('heading', { name: 'This shared link could not be opened' });
		await expect(error).toBeFocused();
		await expect(page.getByText(/^This share link is damaged or incomplete/)).toBeVisible();

		await page.goto(
			craftedJson(
				'{"f":1,"k":"delegation-brief","v":"brief","n":"x","d":{"__proto__":{"polluted":1},"work":"x"}}',
			),
		);
		await page.reload();
		await expect(page.getByText(/This link was not opened because part of it is not valid/)).toBeVisible();

		await page.goto(`${brief}#doc=z${'A'.repeat(9000)}`);
		await page.reload();
		await expect(page.getByText('This link holds more than a shared document can')).toBeVisible();

		await page.getByRole('button', { name: 'Back to my drafts' }).click();
		await expect(page.getByLabel('Draft', { exact: true })).toBeFocused();
		expect(new URL(page.url()).hash).toBe('');
		expect(await pwned(page)).toBeUndefined();
		expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
	});
});

test.describe('damaged share links', () => {
	/** A real link to a brief, made by the builder in a profile of its own. */
	async function realLink(page: Page) {
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('bulk invoice export');
		await page.getByLabel('Business need', { exact: true }).fill('Support runs 40 manual exports a month.');
		return shareLink(page);
	}
	const savedDrafts = (page: Page) =>
		page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':builder:')));

	test('a link cut off in copying, or with a cut escape, says it is damaged, saves nothing, and the builder still works', async ({
		page,
		browser,
	}) => {
		const link = await realLink(page);
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		const heading = other.getByRole('heading', { name: 'This shared link could not be opened' });
		for (const damaged of [
			link.slice(0, -20),
			link.slice(0, link.indexOf('#doc=z') + 30),
			`${brief}#doc=z%E0%A4%A`,
		]) {
			await other.goto(damaged);
			await other.reload();
			await expect(heading).toBeFocused();
			await expect(other.getByText(/^This share link is damaged or incomplete/)).toBeVisible();
			await expect(other.getByLabel('Business need', { exact: true })).toBeHidden();
			expect(await savedDrafts(other)).toEqual([]);
		}
		await other.getByRole('button', { name: 'Back to my drafts' }).click();
		await other.getByLabel('The work', { exact: true }).fill('my own brief');
		await expect(preview(other)).toContainText('# Delegation brief: my own brief');
		await expect(other.getByLabel('Business need', { exact: true })).toHaveValue('');
		await fresh.close();
	});

	test('a 100 kB fragment is refused with a message, and the builder still works', async ({ page }) => {
		await page.goto(`${brief}#doc=z${'A'.repeat(100_000)}`);
		await page.reload();
		await expect(
			page.getByText('This link holds more than a shared document can, so it was not opened.'),
		).toBeVisible();
		await page.getByRole('button', { name: 'Back to my drafts' }).click();
		await page.getByLabel('The work', { exact: true }).fill('export');
		await expect(preview(page)).toContainText('# Delegation brief: export');
	});

	test('a cut-off heading anchor is not taken for a share link: the builder opens as usual', async ({
		page,
	}) => {
		await page.goto(`${brief}#%E0%A4%A`);
		await page.reload();
		await expect(page.getByRole('heading', { name: 'This shared link could not be opened' })).toBeHidden();
		await page.getByLabel('The work', { exact: true }).fill('export');
		await expect(preview(page)).toContainText('# Delegation brief: export');
	});
});

test.describe('the growth plan and conversation builders', () => {
	test('a growth plan takes a second goal by keyboard and flags "be more senior" in it', async ({ page }) => {
		await page.goto('/playbooks/growth-plan/');
		const add = page.getByRole('button', { name: 'Add a goal' });
		await tabTo(page, add);
		await page.keyboard.press('Enter');
		const behavior = page.getByRole('group', { name: 'Goal 2' }).getByLabel('Behavior', { exact: true });
		await expect(behavior).toBeFocused();
		await page.keyboard.type('Be more senior');
		await expect(page.getByRole('region', { name: 'Checks from the playbook' })).toContainText(
			'Goal 2: "be more senior" describes a trait, not a behavior.',
		);
		await expect(preview(page)).toContainText('## Goal 2\n\nBehavior: Be more senior');
		await page.getByRole('button', { name: 'Remove goal 2' }).click();
		await expect(preview(page)).not.toContainText('## Goal 2');
		await expect(add).toBeFocused();
	});

	test("the promotion page starts with the mentee's promotion case, and the mentor's notes are one choice away", async ({
		page,
	}) => {
		await page.goto('/playbooks/promotion-conversation/');
		// The page also holds the promotion-case builder: look inside the conversation's.
		const conversation = page.locator('threshold-builder[data-kind="career-conversation"]');
		const md = conversation.getByRole('region', { name: 'Preview' }).locator('pre');
		await expect(page.getByRole('radio', { name: 'My promotion case (mentee)' })).toBeChecked();
		await expect(md).toContainText('# Promotion conversation: [Your name] with [Manager], [Date]');
		await conversation.getByLabel('Your name', { exact: true }).fill('Ana');
		await page.getByRole('radio', { name: "Mentor's notes for a career conversation" }).check();
		await expect(md).toContainText('# Career conversation: [Mentee] and [Mentor], [Date]');
		await expect(md).toContainText('## Gap 1: [Gap]');
		await page.reload();
		await expect(page.getByRole('radio', { name: "Mentor's notes for a career conversation" })).toBeChecked();
	});

	test('a case typed and a switch to the mentor’s notes before the editor has come are both kept', async ({
		page,
	}) => {
		const editor = await holdEditor(page);
		await page.goto('/playbooks/promotion-conversation/');
		const conversation = page.locator('threshold-builder[data-kind="career-conversation"]');
		await conversation.getByLabel('Your name', { exact: true }).fill('Ana');
		await page.getByRole('radio', { name: "Mentor's notes for a career conversation" }).check();
		editor.release();
		const md = conversation.getByRole('region', { name: 'Preview' }).locator('pre');
		await expect(md).toContainText('# Career conversation: [Mentee] and [Mentor], [Date]');
		await page.unrouteAll();
		await page.reload();
		await expect(page.getByRole('radio', { name: "Mentor's notes for a career conversation" })).toBeChecked();
		await page.getByRole('radio', { name: 'My promotion case (mentee)' }).check();
		await expect(conversation.getByLabel('Your name', { exact: true })).toHaveValue('Ana');
	});
});

test.describe('accessibility of the builder views', () => {
	test(`a filled brief with warnings, a shared brief, a broken link and a deleted draft with Undo have no violations in the light and dark themes`, async ({
		page,
	}) => {
		await page.goto(brief);
		await page.getByLabel('The work', { exact: true }).fill('export');
		const link = await shareLink(page);
		const check = async () => {
			const violations = await axeInBothThemes(page, 'threshold-builder');
			expect(violations, violations.join('\n')).toEqual([]);
		};
		await check();
		await page.goto(link);
		await page.reload();
		await expect(sharedPreview(page)).toBeVisible();
		await check();
		await page.goto(`${brief}#doc=z!`);
		await page.reload();
		await expect(page.getByText(/^This share link is damaged or incomplete/)).toBeVisible();
		await check();
		await page.getByRole('button', { name: 'Back to my drafts' }).click();
		await page.getByText('Delete this draft').click();
		await page.getByRole('button', { name: 'Yes, delete it' }).click();
		await expect(page.locator('threshold-builder').getByRole('button', { name: 'Undo' })).toBeVisible();
		await check();
	});
});
