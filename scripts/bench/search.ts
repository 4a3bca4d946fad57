/**
 * Search figures for the bench: what a first search downloads from `/pagefind/` (gzip; Pagefind's
 * own files come compressed), and the top results of the fixed queries, from Pagefind's own API.
 */
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../tests/support/chromium.ts';
import { gzipSize } from '../lib/budgets.ts';
import { serve } from '../support/serve.ts';
import { fixedQueries, topCount } from './ranking.ts';

/** What a first search downloaded. */
export interface SearchBytes {
	query: string;
	results: number;
	files: Record<string, { count: number; bytes: number }>;
	total: number;
}

/** Which kind of Pagefind file a path under /pagefind/ is. */
export function pagefindKind(name: string): string {
	if (name.startsWith('index/')) return 'index chunks';
	if (name.startsWith('fragment/')) return 'fragments';
	if (name.startsWith('wasm.')) return 'wasm';
	if (name.endsWith('.pf_meta')) return 'meta';
	if (name.startsWith('filter/')) return 'filters';
	return name;
}

async function withBrowser<T>(
	dist: string,
	use: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
	const served = await serve(dist);
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--no-sandbox', '--disable-gpu'],
	});
	try {
		return await use(browser, served.origin);
	} finally {
		await browser.close();
		await served.close();
	}
}

/** The first search for `query` from the header's search dialog on `page`. */
export function searchBytes(dist: string, page: string, query: string): Promise<SearchBytes> {
	return withBrowser(dist, async (browser, origin) => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const tab = await context.newPage();
		const bodies: Promise<[string, number]>[] = [];
		context.on('response', (response) => {
			const url = new URL(response.url());
			if (!url.pathname.startsWith('/pagefind/')) return;
			bodies.push(
				response.body().then((body) => {
					const name = url.pathname.slice('/pagefind/'.length);
					return [name, /\.(js|json|css)$/.test(name) ? gzipSize(body) : body.length];
				}),
			);
		});
		await tab.goto(`${origin}/${page.replace(/index\.html$/, '')}`);
		await tab.locator('#starlight__search input').waitFor({ state: 'attached' });
		await tab.getByRole('button', { name: 'Search' }).first().click();
		await tab.getByRole('dialog').getByPlaceholder('Search').fill(query);
		await tab.locator('.pagefind-ui__result').first().waitFor({ timeout: 60_000 });
		await tab.waitForLoadState('networkidle');
		const results = await tab.locator('.pagefind-ui__result').count();
		const files: SearchBytes['files'] = {};
		let total = 0;
		for (const [name, bytes] of await Promise.all(bodies)) {
			const entry = (files[pagefindKind(name)] ??= { count: 0, bytes: 0 });
			entry.count++;
			entry.bytes += bytes;
			total += bytes;
		}
		return { query, results, files, total };
	});
}

/** Query → the addresses of its top results, as Pagefind ranks them (no filters). */
export function topResults(dist: string): Promise<Record<string, string[]>> {
	return withBrowser(dist, async (browser, origin) => {
		const tab = await browser.newPage();
		await tab.goto(`${origin}/`);
		return tab.evaluate(
			async ({ queries, count, script }) => {
				const pagefind = (await import(script)) as {
					search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
				};
				const found: Record<string, string[]> = {};
				for (const query of queries) {
					const search = await pagefind.search(query);
					const data = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
					found[query] = data.map((entry) => entry.url);
				}
				return found;
			},
			{ queries: [...fixedQueries], count: topCount, script: '/pagefind/pagefind.js' },
		);
	});
}
