/**
 * What a reader downloads per page, gzip: the HTML, CSS and all JS of either site (by following
 * the built code's imports), and this site's own JS by island, from the budget checks of
 * `scripts/lib/budgets.ts` (the same figures `npm run test:dist` holds to the budgets).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { budgets } from '../../src/config/budgets.ts';
import { checkPageScripts, gzipSize, type BuildFacts } from '../lib/budgets.ts';
import { pageChrome } from '../lib/chrome.ts';

// Built code quotes paths with ', " or ` (Rolldown prefers backticks for dynamic imports).
const jsImport = /(?:^|[;\s}])import\s*(?:[^"'`()]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const jsDynamic = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
const viteDeps = /["'`](_astro\/[^"'`]+\.js)["'`]/g;

/** A page's bytes, gzip. */
export interface PageBytes {
	html: number;
	css: number;
	/** All JS the page loads at once (Starlight's and ours). */
	js: number;
	/** JS it may load later (Pagefind's UI, actions on first use). */
	jsOnDemand: number;
	/** Its HTML with the content taken out (see pageChrome). */
	chrome: number;
}

/** Gzip bytes of a built page and of the CSS and JS it loads (at once, and on demand); null if absent. */
export function pageBytes(dist: string, page: string): PageBytes | null {
	const file = join(dist, page);
	if (!existsSync(file)) return null;
	const html = readFileSync(file, 'utf8');
	const size = (path: string) =>
		existsSync(join(dist, path)) ? gzipSize(readFileSync(join(dist, path))) : 0;
	let css = 0;
	for (const link of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
		if (/media="print"/.test(link[0])) continue;
		const href = /href="\/([^"]+)"/.exec(link[0])?.[1];
		if (href) css += size(href);
	}
	let inline = 0;
	const atLoad = new Set<string>();
	const onDemand = new Set<string>();
	const queue: [string, boolean][] = [];
	for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/application\/(ld\+)?json/.test(script[1] ?? '')) continue;
		const src = /src="\/([^"]+)"/.exec(script[1] ?? '')?.[1];
		if (src) queue.push([src, true]);
		else {
			inline += gzipSize(script[2] ?? '');
			for (const m of (script[2] ?? '').matchAll(jsImport))
				queue.push([posix.join('_astro', m[1] ?? ''), true]);
			for (const m of (script[2] ?? '').matchAll(jsDynamic))
				queue.push([posix.join('_astro', m[1] ?? ''), false]);
		}
	}
	while (queue.length > 0) {
		const [path, eager] = queue.shift() ?? ['', false];
		if (atLoad.has(path) || (!eager && onDemand.has(path))) continue;
		(eager ? atLoad : onDemand).add(path);
		if (!existsSync(join(dist, path))) continue;
		const code = readFileSync(join(dist, path), 'utf8');
		for (const m of code.matchAll(jsImport)) queue.push([posix.join(posix.dirname(path), m[1] ?? ''), eager]);
		for (const m of code.matchAll(jsDynamic))
			queue.push([posix.join(posix.dirname(path), m[1] ?? ''), false]);
		for (const m of code.matchAll(viteDeps)) queue.push([m[1] ?? '', false]);
	}
	for (const path of atLoad) onDemand.delete(path);
	const sum = (paths: Set<string>) => [...paths].reduce((total, path) => total + size(path), 0);
	return {
		html: gzipSize(html),
		css,
		js: inline + sum(atLoad),
		jsOnDemand: sum(onDemand),
		chrome: pageChrome(html).gzip,
	};
}

/** This site's own JS on a page, gzip, as the budget check counts it. */
export interface OwnJs {
	/** At load, all islands together (site-wide ones such as section links included). */
	atLoad: number;
	/** On first use. */
	onDemand: number;
	/** Island name → gzip bytes at load. */
	islands: Record<string, number>;
}

/** This site's own JS on built page `page` of `dist`, from the budget check. */
export function ownJs(dist: string, page: string, facts: BuildFacts): OwnJs | null {
	const file = join(dist, page);
	if (!existsSync(file)) return null;
	const { islands } = checkPageScripts(readFileSync(file, 'utf8'), facts, budgets);
	const byName: Record<string, number> = {};
	for (const island of islands) byName[island.budget.name] = (byName[island.budget.name] ?? 0) + island.gzip;
	return {
		atLoad: islands.reduce((total, island) => total + island.gzip, 0),
		onDemand: islands.reduce((total, island) => total + island.onDemandGzip, 0),
		islands: byName,
	};
}
