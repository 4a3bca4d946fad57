/**
 * A page's "chrome": what its HTML weighs once the content is taken out, the part of every
 * page the site adds to Starlight's, checked against the budget (`src/config/budgets.ts`).
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { gzipSize, type Budgets } from './budgets.ts';

/**
 * Where a page's content lives, as CSS selectors: the article, the sidebar's entries (the
 * team's sidebar) and the tables of contents (the article's headings).
 */
export const contentSelectors = [
	'.sl-markdown-content',
	'#starlight__sidebar ul.top-level',
	'starlight-toc nav > ul',
	'mobile-starlight-toc nav ul',
];

/**
 * A page's "chrome": its HTML with the content emptied out, re-serialised, and its gzip
 * size. The same function measures plain Starlight's pages, so the two compare.
 */
export function pageChrome(html: string): { html: string; gzip: number } {
	const tree = fromHtml(html);
	for (const selector of contentSelectors) {
		for (const node of selectAll(selector, tree)) node.children = [];
	}
	const chrome = toHtml(tree);
	return { html: chrome, gzip: gzipSize(chrome) };
}

/** Checks a page's chrome against Starlight's plus the allowance; a problem line or null. */
export function checkChrome(html: string, budgets: Budgets): { gzip: number; problem: string | null } {
	const { gzip } = pageChrome(html);
	const limit = budgets.starlightChromeGzip + budgets.chromeAllowanceGzip;
	return {
		gzip,
		problem:
			gzip > limit
				? `HTML without its content is ${gzip} B gzip, over Starlight's ${budgets.starlightChromeGzip} B + ${budgets.chromeAllowanceGzip} B allowance = ${limit} B`
				: null,
	};
}
