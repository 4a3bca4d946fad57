/**
 * The language fork: a German team's content (tests/fixtures/fork-de: its own site.json with
 * `language: de`, every word of content/i18n translated, a ladder, a bank, a builder and a
 * page with all three islands) built with this project's code unchanged. Each island page is
 * put into the states a reader meets, and in each one no English word of the site's own may
 * show: not in the visible text, not in an accessible name, placeholder or title.
 *
 * "The site's English words" are read from the project's content/i18n/en.json when the test
 * runs, so a key added tomorrow is checked too: every value, split at its `{{placeholders}}`,
 * keeping each fragment of two words or more that the German does not also contain.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { servedFork } from '../support/served-fork';

const project = resolve(import.meta.dirname, '../..');
const fixture = 'tests/fixtures/fork-de';
const readJson = (path: string) =>
	JSON.parse(readFileSync(join(project, path), 'utf8')) as Record<string, string>;
const en = readJson('content/i18n/en.json');
const de = readJson(`${fixture}/content/i18n/de.json`);

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every English fragment of two words or more, by key, that the German word does not contain. */
function englishFragments(): { key: string; fragment: string }[] {
	const fragments: { key: string; fragment: string }[] = [];
	for (const [key, value] of Object.entries(en)) {
		for (const part of value.split(/\{\{\s*\w+\s*\}\}/)) {
			const fragment = flat(part);
			const words = fragment.split(' ').filter((word) => /\p{L}/u.test(word));
			if (words.length >= 2 && !flat(de[key] ?? '').includes(fragment)) fragments.push({ key, fragment });
		}
	}
	return fragments;
}
const english = englishFragments();

/** What a reader can see or hear on the page: its text, title, accessible tree and labelling attributes. */
async function readerText(page: Page): Promise<string> {
	const text = await page.evaluate(() => {
		const named = [
			'aria-label',
			'aria-description',
			'aria-placeholder',
			'aria-roledescription',
			'placeholder',
			'title',
			'alt',
		];
		const parts = [document.title, document.body.innerText];
		for (const el of document.querySelectorAll('*')) {
			for (const name of named) parts.push(el.getAttribute(name) ?? '');
			if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type))
				parts.push(el.value);
		}
		return parts.join('\n');
	});
	return flat(`${text}\n${await page.locator('body').ariaSnapshot()}`);
}

/** Fails, naming the key and the words, if any English word of the site's shows in `state`. */
async function expectGerman(page: Page, state: string): Promise<void> {
	const text = await readerText(page);
	const found = english
		.filter(({ fragment }) => text.includes(fragment))
		.map((f) => `${f.key}: "${f.fragment}"`);
	expect(found, `English on ${new URL(page.url()).pathname} (${state})`).toEqual([]);
}

test.describe('a fork in German, built with no change in src/', () => {
	test.describe.configure({ mode: 'serial' });
	const fork = servedFork(fixture);

	/** A fresh browser profile on the fork, optionally with its storage blocked. */
	async function profile(browser: Browser, options: { blocked?: boolean } = {}): Promise<BrowserContext> {
		const context = await browser.newContext({ baseURL: fork.origin });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fork.origin });
		if (options.blocked) {
			await context.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			});
		}
		return context;
	}

	/** Chooses `file` for the island's file input and waits until the island has answered. */
	async function chooseFile(page: Page, input: string, name: string, content: string) {
		await page
			.locator(input)
			.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
	}

	/** Damages everything the fork saved in this browser, then reloads: the islands must say so. */
	async function damageSaved(page: Page) {
		await page.evaluate(() => {
			for (const key of Object.keys(localStorage))
				if (key.startsWith('wachstum')) localStorage.setItem(key, '{');
		});
		await page.reload();
	}

	const notBackup = (file: string) => de['kit.backup.notBackup']!.replace('{{file}}', file);

	test('the words list is the whole of en.json, and the German file has every key', () => {
		expect(english.length).toBeGreaterThan(200);
		expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
	});

	test('every page is in German: <html lang="de">, and no English word of the site on it', async ({
		page,
		request,
	}) => {
		const sitemap = await (await request.get(`${fork.origin}/sitemap-0.xml`)).text();
		const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(pages).toEqual(expect.arrayContaining(['/ladder/', '/ladder/self-assessment/', '/search/']));
		for (const path of pages) {
			await page.goto(`${fork.origin}${path}`);
			await expect(page.locator('html')).toHaveAttribute('lang', 'de');
			await expectGerman(page, 'as loaded');
		}
	});

	test('the page with a checklist, a question bank and a builder, in every state a reader meets', async ({
		browser,
	}) => {
		test.setTimeout(120_000);
		const context = await profile(browser);
		const page = await context.newPage();
		await page.goto('/leitfaden/mentoring/');
		const checklist = page.locator('threshold-checklist');
		const boxes = checklist.getByRole('checkbox');
		await expect(boxes.first()).toBeEnabled();
		await expectGerman(page, 'loaded');

		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await expect(page.locator('threshold-checklist-result')).toBeVisible();
		// The weakest group comes with its training line, which the author wrote with the German marker.
		await expect(page.locator('threshold-checklist-result')).toContainText(
			`${de['checklist.trainItMarker']} Fragen für das Gespräch`,
		);
		await expectGerman(page, 'two ticks and the result');

		await checklist.getByRole('button', { name: de['checklist.reset'], exact: true }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expectGerman(page, 'reset dialog open');
		await dialog.getByRole('button', { name: de['checklist.reset'], exact: true }).click();
		const undo = checklist.getByRole('button', { name: de['kit.undo'], exact: true });
		await expect(undo).toBeVisible();
		await expectGerman(page, 'reset, undo offered');
		await undo.click();
		await expect(boxes.nth(1)).toBeChecked();
		await expectGerman(page, 'ticks back');

		await checklist.getByRole('button', { name: de['checklist.copy'], exact: true }).click();
		await expect(checklist.locator('[data-status]')).not.toBeEmpty();
		await expectGerman(page, 'copied');
		await chooseFile(page, 'threshold-checklist [data-file]', 'notizen.json', '{}');
		await expect(checklist.locator('[data-status]')).toHaveText(notBackup('notizen.json'));
		await expectGerman(page, 'a file that is not a backup');

		// The section-link control on a heading, its menu open, then after copying.
		await page
			.getByRole('button', { name: de['sectionLink.control']!.replace('{{name}}', 'Fragen'), exact: true })
			.click();
		const copyLink = page.getByRole('button', { name: de['sectionLink.copyLink'], exact: true });
		await expect(copyLink).toBeVisible();
		await expectGerman(page, 'section-link menu open');
		await copyLink.click();
		await expect(page.locator('.section-link-status')).not.toBeEmpty();
		await expectGerman(page, 'section link copied');

		// The question bank: a topic, then words that match nothing.
		const bank = page.locator('question-bank');
		await bank.getByLabel(de['questionBank.topic']!).selectOption({ index: 1 });
		await bank.getByLabel(de['questionBank.containing']!).fill('Schwierigste');
		await expect(bank.getByRole('status')).toContainText('1');
		await expectGerman(page, 'bank filtered');
		await bank.getByLabel(de['questionBank.containing']!).fill('xyzzy');
		await expect(bank.getByRole('button', { name: de['questionBank.clear'], exact: true })).toBeVisible();
		await expectGerman(page, 'bank filter with no result');
		await bank.getByRole('button', { name: de['questionBank.clear'], exact: true }).click();

		// The builder: a name and no goal yet (a warning), a second goal, a share link.
		const builder = page.locator('threshold-builder');
		await builder.getByLabel('Dein Name', { exact: true }).fill('Alex');
		await expect(builder.getByRole('region', { name: de['builder.checks'], exact: true })).toContainText(
			'Ziel 1',
		);
		await expectGerman(page, 'builder with a warning');
		await builder.getByRole('button', { name: 'Ziel hinzufügen' }).click();
		await builder
			.getByRole('group', { name: 'Ziel 2' })
			.getByLabel('Verhalten', { exact: true })
			.fill('Pairing');
		await expectGerman(page, 'builder with a second goal');
		await builder.getByRole('button', { name: de['builder.share'], exact: true }).click();
		const link = builder.getByLabel(de['builder.link']!, { exact: true });
		await expect(link).toHaveValue(/#doc=z/);
		const shared = await link.inputValue();
		await expectGerman(page, 'share link shown');

		// A second draft, deleted, with Undo offered.
		await builder.getByRole('button', { name: de['builder.newDraft'], exact: true }).click();
		await builder.getByLabel('Dein Name', { exact: true }).fill('Sam');
		await builder.getByText(de['builder.deleteDraft']!, { exact: true }).click();
		await expectGerman(page, 'delete asked');
		await builder.getByRole('button', { name: de['builder.deleteYes'], exact: true }).click();
		await expect(builder.getByRole('button', { name: de['kit.undo'], exact: true })).toBeVisible();
		await expectGerman(page, 'draft deleted, undo offered');

		// The share link opened elsewhere, then a damaged one.
		const other = await (await profile(browser)).newPage();
		await other.goto(shared);
		await expect(other.getByRole('heading', { name: /^Mit dir geteilt/ })).toBeVisible();
		await expectGerman(other, 'a shared document');
		await other.goto('/leitfaden/mentoring/#doc=z%E0%A4%A');
		await other.reload();
		await expect(other.getByRole('heading', { name: de['builder.linkError'], exact: true })).toBeVisible();
		await expectGerman(other, 'a damaged share link');
		await other.context().close();

		// Saved data this page cannot read: every island says so, in German.
		await damageSaved(page);
		await expect(checklist.locator('[data-notice="unreadable"]')).toBeVisible();
		await expectGerman(page, 'unreadable saved data');
		await context.close();
	});

	test('My progress, empty, listing a checklist, exporting and refusing a file that is not a backup', async ({
		browser,
	}) => {
		const context = await profile(browser);
		const page = await context.newPage();
		await page.goto('/mein-fortschritt/');
		const progress = page.locator('threshold-progress');
		await expect(progress.getByText(de['myProgress.empty']!)).toBeVisible();
		await expectGerman(page, 'nothing started');

		await page.goto('/leitfaden/mentoring/');
		await page.locator('threshold-checklist').getByRole('checkbox').first().check();
		await page.goto('/mein-fortschritt/');
		await expect(progress.getByText(de['myProgress.startedOne']!)).toBeVisible();
		await expectGerman(page, 'one checklist started');

		const downloading = page.waitForEvent('download');
		await progress.getByRole('button', { name: de['myProgress.exportAll'], exact: true }).click();
		const download = await downloading;
		await expect(progress.locator('[data-status]')).toContainText(download.suggestedFilename());
		await expectGerman(page, 'exported');
		const file = test.info().outputPath(download.suggestedFilename());
		await download.saveAs(file);

		await chooseFile(page, 'threshold-progress [data-file]', 'notizen.json', '{}');
		await expect(progress.locator('[data-status]')).toHaveText(notBackup('notizen.json'));
		await expectGerman(page, 'a file that is not a backup');
		await page.locator('threshold-progress [data-file]').setInputFiles(file);
		await expect(progress.locator('[data-status]')).toContainText(download.suggestedFilename());
		await expectGerman(page, 'restored from a backup');

		await damageSaved(page);
		await expect(progress).toContainText('„monatscheck“');
		await expectGerman(page, 'unreadable saved ticks');
		await context.close();
	});

	test('the self-assessment: marks with and without evidence, results, clear with undo, a wrong file, another tab', async ({
		browser,
	}) => {
		const context = await profile(browser);
		const page = await context.newPage();
		await page.goto('/ladder/self-assessment/');
		const island = page.locator('threshold-assessment');
		await expect(island.locator('[data-actions]')).toBeVisible();
		await expectGerman(page, 'loaded');

		const shown = island.locator('input[id^="shown-"]:visible');
		await shown.nth(0).check();
		await island.getByRole('textbox').first().fill('Im März mit Sam einen Plan geschrieben.');
		await island.getByRole('textbox').first().blur();
		await shown.nth(1).check();
		await island.locator('input[id^="na-"]:visible').nth(2).check();
		const reason = island.locator('input[id^="reason-"]:visible');
		await expect(reason).toHaveAttribute('placeholder', de['assessment.reasonPlaceholder']!);
		await reason.fill('Wir haben keine Rufbereitschaft.');
		await reason.blur();
		await expect(island.locator('[data-gap-playbooks]')).toBeVisible();
		await expectGerman(page, 'marks with evidence, without, and not applying; results and gaps');

		await island.getByLabel(de['assessment.levelNow']!).selectOption('senior');
		await expectGerman(page, 'levels changed');
		await island.getByLabel(de['assessment.levelNow']!).selectOption('erfahren');

		await island.getByRole('button', { name: de['assessment.copy'], exact: true }).click();
		await expect(island.locator('[data-status]')).not.toBeEmpty();
		await expectGerman(page, 'copied');
		await island.getByRole('button', { name: de['assessment.clear'], exact: true }).click();
		const undo = island.getByRole('button', { name: de['kit.undo'], exact: true });
		await expect(undo).toBeVisible();
		await expectGerman(page, 'cleared, undo offered');
		await undo.click();
		await expect(shown.nth(0)).toBeChecked();
		await expectGerman(page, 'marks back');

		await chooseFile(page, '#assessment_restore', 'notizen.json', '{"oops": ');
		await expect(island.locator('[data-status]')).toHaveText(notBackup('notizen.json'));
		await expectGerman(page, 'a file that is not a backup');

		const tab = await context.newPage();
		await tab.goto('/ladder/self-assessment/');
		// The other tab shows the saved tick before the reader takes it back.
		const seen = tab.locator('threshold-assessment input[id^="shown-"]:visible').nth(1);
		await expect(seen).toBeChecked();
		await seen.uncheck();
		await expect(island.locator('[data-status]')).toHaveText(de['assessment.otherTab']!);
		await expectGerman(page, 'updated from another tab');

		await damageSaved(page);
		await expect(island.getByText(de['assessment.unreadable']!)).toBeVisible();
		await expectGerman(page, 'unreadable saved marks');
		await context.close();
	});

	test('the evidence log: empty, refusing an entry, nudging a vague one, an entry added and deleted, a wrong file', async ({
		browser,
	}) => {
		const context = await profile(browser);
		const page = await context.newPage();
		await page.goto('/ladder/evidence-log/');
		const log = page.locator('threshold-evidence-log');
		const add = log.getByRole('button', { name: de['evidence.add'], exact: true });
		await expect(add).toBeEnabled();
		await expectGerman(page, 'empty log');

		await add.click();
		await expectGerman(page, 'an entry with no text refused');
		await log
			.getByLabel(de['evidence.text']!)
			.fill('Ich habe an der Review-Runde mitgewirkt an vielen Stellen.');
		await add.click();
		await expectGerman(page, 'a vague entry with no competency');

		await log
			.getByLabel(de['evidence.text']!)
			.fill('Mit Sam den Importer gepairt und seinen ersten Test reviewt.');
		await log.getByRole('checkbox', { name: 'Mentoring' }).check();
		await log.getByLabel(de['evidence.behavior']!).selectOption({ index: 1 });
		await add.click();
		await expect(log.getByText('Mit Sam den Importer gepairt')).toBeVisible();
		await expectGerman(page, 'an entry added');

		await log.getByRole('button', { name: /^Löschen/ }).click();
		const undo = log.getByRole('button', { name: de['kit.undo'], exact: true });
		await expect(undo).toBeVisible();
		await expectGerman(page, 'entry deleted, undo offered');
		await undo.click();
		await expect(log.getByText('Mit Sam den Importer gepairt')).toBeVisible();

		await chooseFile(page, '#evidence_restore', 'log.json', '# Nachweise');
		await expect(log.locator('[data-status]')).toHaveText(notBackup('log.json'));
		await expectGerman(page, 'a file that is not a backup');

		await damageSaved(page);
		await expect(log.getByText(de['evidence.unreadable']!)).toBeVisible();
		await expectGerman(page, 'unreadable saved log');
		await context.close();
	});

	test('with storage blocked, every island says so in German and still works', async ({ browser }) => {
		const context = await profile(browser, { blocked: true });
		const page = await context.newPage();
		await page.goto('/leitfaden/mentoring/');
		const checklist = page.locator('threshold-checklist');
		await expect(checklist.locator('[data-notice="storage"]')).toBeVisible();
		await checklist.getByRole('checkbox').first().check();
		await page.locator('threshold-builder').getByLabel('Dein Name', { exact: true }).fill('Alex');
		await expectGerman(page, 'storage blocked, a tick and a name typed');
		for (const path of ['/mein-fortschritt/', '/ladder/self-assessment/', '/ladder/evidence-log/']) {
			await page.goto(path);
			await expect(page.locator('[data-actions]').first()).toBeVisible();
			await expectGerman(page, 'storage blocked');
		}
		await context.close();
	});

	test('search: results for a word, none for another, and filters that match nothing', async ({ page }) => {
		await page.goto(`${fork.origin}/search/?q=Mentoring`);
		const search = page.locator('threshold-search');
		await expect(search.locator('a[href*="/leitfaden/mentoring/"]').first()).toBeVisible({ timeout: 15_000 });
		await expectGerman(page, 'results');
		await search.getByLabel(de['siteSearch.label']!).fill('xyzzy');
		await search.getByRole('button', { name: de['siteSearch.submit'], exact: true }).click();
		await expect(search.getByRole('status')).toContainText('xyzzy');
		await expectGerman(page, 'no results');
		await search.getByLabel(de['siteSearch.label']!).fill('');
		await search.getByRole('button', { name: de['siteSearch.submit'], exact: true }).click();
		const filters = search
			.getByRole('group', { name: de['siteSearch.filters'], exact: true })
			.getByRole('checkbox');
		await filters.first().check();
		await filters.last().check();
		await expect(search.getByRole('status')).not.toBeEmpty();
		await expectGerman(page, 'filters');
	});

	test('without JavaScript, every island page says what it needs in German', async ({ browser }) => {
		const context = await browser.newContext({ baseURL: fork.origin, javaScriptEnabled: false });
		const page = await context.newPage();
		for (const path of [
			'/leitfaden/mentoring/',
			'/mein-fortschritt/',
			'/ladder/self-assessment/',
			'/ladder/evidence-log/',
			'/search/',
		]) {
			await page.goto(path);
			await expectGerman(page, 'without JavaScript');
		}
		await context.close();
	});
});
