/** Helpers for browser tests that read the built site in `dist/`. */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import site from '../../content/site.json' with { type: 'json' };

/** The site's storage namespace (`storageNamespace` in content/site.json), at the root base. */
export const storageNamespace = site.storageNamespace;

/** What every key the site keeps in a reader's browser starts with. */
export const keyPrefix = `${storageNamespace}:`;

/**
 * The key `name` is kept under at codec `version`, as `StoreCore.key` in src/kit/store.ts names it
 * (that module cannot be loaded here: it imports content/site.json without the JSON attribute Node needs).
 */
export const storageKey = (name: string, version = 1) => `${storageNamespace}:v${version}:${name}`;

/** What the key of a copy of `name` that could not be read, set aside, starts with (src/kit/store.ts). */
export const asidePrefix = (name: string) => `${storageNamespace}:aside:${name}:`;

/** The copies of `name` the site set aside in the reader's browser, as they were saved. */
export const asideCopies = (page: Page, name: string): Promise<(string | null)[]> =>
	page.evaluate(
		(prefix) =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith(prefix))
				.map((k) => localStorage.getItem(k)),
		asidePrefix(name),
	);

/** Opens the header's search dialog on the open page, searches for `words` and waits for a result. */
export async function searchInDialog(page: Page, words: string): Promise<Locator> {
	// Starlight builds the search UI when the page is idle.
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByPlaceholder('Search').fill(words);
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 15_000 });
	return dialog;
}

/** Every page path the build lists in its sitemap, e.g. "/playbooks/growth-plan/". */
export function sitemapPaths(dist = 'dist'): string[] {
	const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	if (files.length === 0) throw new Error(`No sitemap in ${dist}/. Run "npm run build" first.`);
	const paths = new Set<string>();
	for (const file of files) {
		const xml = readFileSync(`${dist}/${file}`, 'utf8');
		for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			paths.add(new URL(match[1] ?? '').pathname);
		}
	}
	return [...paths].sort();
}

/** Opens the site in a theme ("light" or "dark") the way a returning reader's saved choice would. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.addInitScript((value) => {
		localStorage.setItem('starlight-theme', value);
	}, theme);
}

/**
 * Presses Tab until `target` has focus, at most `limit` times; fails if it never does. From the
 * top of a page, a target in an island is reached the way keyboard readers skip the
 * header and the sidebar: Tab to "Skip to content", Enter, then Tab on from there.
 */
export async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
	// A target the page has yet to make (one made on the first Tab) is tabbed to from where focus is.
	const fromTop =
		(await target.count()) > 0 &&
		(await target.evaluate((el) => {
			let island = false;
			for (let node: Element | null = el; node; node = node.parentElement)
				island ||= node.localName.startsWith('threshold-');
			return island && (!document.activeElement || document.activeElement === document.body);
		}));
	if (fromTop) {
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => document.activeElement?.getAttribute('href') === '#_top');
		if (skip) await page.keyboard.press('Enter');
	}
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
	}
	throw new Error(`Focus never reached ${target.toString()} after ${limit} presses of Tab.`);
}
