/**
 * Size budgets for the built site, as pure functions over what the build left in `dist/`:
 * which scripts a page loads and where they come from, and how many gzip bytes each island
 * costs. What a page's HTML weighs without its content is in `chrome.ts`.
 * `scripts/check-dist.ts` feeds them files; the unit tests feed them strings.
 */
import { gzipSync } from 'node:zlib';
import { sha256Source } from '../../src/build/csp.ts';
import { returningFiles } from './returning.ts';

/** One JavaScript chunk of the client build, as `src/build/script-origins.ts` records it. */
export interface ScriptChunk {
	/** Path inside `dist/`, e.g. "_astro/page.Bx1.js" (inlined chunks keep the name they would have had). */
	fileName: string;
	/** `sha256Source` of the trimmed code: how an inlined chunk is recognised in a page. */
	codeHash: string;
	/** Source modules bundled into it, relative to the project root ("src/kit/backup.ts"). */
	modules: string[];
	/** `fileName`s it imports statically. */
	imports: string[];
	/** `fileName`s it imports on demand. */
	dynamicImports: string[];
}

/** A budget for island scripts whose source matches one of `patterns`. */
export interface IslandBudget {
	/** Short name used in messages, e.g. "checklist". */
	name: string;
	/** Globs over source paths from the project root: `*` within a folder, `**` across folders. */
	patterns: string[];
	/** Most gzip bytes one island script may cost when the page loads: its code and its static imports. */
	maxGzip: number;
	/** Most gzip bytes including what it loads on demand (on first use); unchecked when absent. */
	maxGzipWithOnDemand?: number;
	/**
	 * A returning reader's load: the source modules (globs) the island fetches as the page loads
	 * when there is saved work to show, and the most gzip bytes it may then cost (`returning.ts`).
	 */
	returning?: { modules: string[]; maxGzip: number };
}

/** Every budget of the site (see `src/config/budgets.ts`). */
export interface Budgets {
	/** Islands, checked in order: a script takes the first budget one of whose patterns matches. */
	islands: IslandBudget[];
	/** Gzip bytes of a plain Starlight page's HTML with its content taken out (see `pageChrome`). */
	starlightChromeGzip: number;
	/** What this site may add to that chrome on any page (CSP meta, playbook facts, …), gzip bytes. */
	chromeAllowanceGzip: number;
}

/** Gzip size of `data`, at the fixed level 9 so that figures are reproducible. */
export function gzipSize(data: string | Uint8Array): number {
	return gzipSync(data, { level: 9 }).length;
}

/** A regular expression for a glob over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
	let source = '';
	for (let i = 0; i < glob.length; i++) {
		const char = glob[i] ?? '';
		if (char === '*' && glob[i + 1] === '*') {
			source += '.*';
			i++;
			if (glob[i + 1] === '/') i++;
		} else if (char === '*') source += '[^/]*';
		else if (char === '?') source += '[^/]';
		else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
	}
	return new RegExp(`^${source}$`);
}

/** True for a module written in this project (not a package, not a virtual module). */
export function isSiteModule(path: string): boolean {
	return (
		!path.startsWith('node_modules/') &&
		!path.startsWith('..') &&
		!path.startsWith('/') &&
		!path.includes(':')
	);
}

/** A script as a page loads it: an inline element, or a file with everything it imports. */
export interface PageScript {
	/** "inline" or the file's path in `dist/`. */
	label: string;
	/** Project source files this script was built from; empty for Starlight's and other packages'. */
	siteModules: string[];
	/** Files it brings in beyond itself, statically or on demand (`dist/` paths). */
	loads: string[];
	/** The part of `loads` reached only through an on-demand `import()`: not fetched until used. */
	onDemand: string[];
	/** Its own gzip bytes. */
	gzip: number;
	/** False when the build has no record of it (a script from public/, or a stale record). */
	known: boolean;
}

/** What a budget check needs to know about the build, beyond the page itself. */
export interface BuildFacts {
	/** Chunks by `fileName`. */
	chunks: Map<string, ScriptChunk>;
	/** Hash of each is:inline script body → the `.astro` file it is written in ("node_modules/…" for packages). */
	inlineSources: Map<string, string>;
	/** Gzip size of a file in `dist/` by its path there. */
	fileGzip: (path: string) => number;
}

/** Every script element of a page, with where it came from and what it loads. */
export function pageScripts(html: string, facts: BuildFacts): PageScript[] {
	const byHash = new Map([...facts.chunks.values()].map((chunk) => [chunk.codeHash, chunk]));
	const scripts: PageScript[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		const body = match[2] ?? '';
		if (/\btype="application\/(ld\+)?json"/i.test(attributes)) continue;
		const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
		let chunk: ScriptChunk | undefined;
		let inlineFile: string | undefined;
		if (src) chunk = facts.chunks.get(src.replace(/^\//, ''));
		else {
			const hash = sha256Source(body.trim());
			chunk = byHash.get(hash);
			inlineFile = facts.inlineSources.get(sha256Source(body));
		}
		// The anchor-carrying script of a redirect page, added after the build (src/features/links/redirect-page.ts).
		if (!src && /\bdata-carry-anchor\b/.test(attributes)) inlineFile = 'src/features/links/redirect-page.ts';
		const siteModules = chunk
			? chunk.modules.filter(isSiteModule)
			: inlineFile && isSiteModule(inlineFile)
				? [inlineFile]
				: [];
		scripts.push({
			label: src ? src.replace(/^\//, '') : 'inline',
			siteModules,
			loads: chunk ? closure(chunk, facts.chunks) : [],
			onDemand: chunk ? onDemandOnly(chunk, facts.chunks) : [],
			gzip: src ? facts.fileGzip(src.replace(/^\//, '')) : gzipSize(body),
			known: Boolean(chunk ?? inlineFile),
		});
	}
	return scripts;
}

/** Every chunk `chunk` imports, statically or on demand, at any depth (not itself). */
function closure(chunk: ScriptChunk, chunks: Map<string, ScriptChunk>): string[] {
	const seen = new Set<string>();
	const queue = [...chunk.imports, ...chunk.dynamicImports];
	while (queue.length > 0) {
		const next = queue.shift() ?? '';
		if (seen.has(next) || next === chunk.fileName) continue;
		seen.add(next);
		const found = chunks.get(next);
		if (found) queue.push(...found.imports, ...found.dynamicImports);
	}
	return [...seen].sort();
}

/** The files `chunk` reaches only through an on-demand import: everything but its static closure. */
function onDemandOnly(chunk: ScriptChunk, chunks: Map<string, ScriptChunk>): string[] {
	const eager = new Set<string>();
	const queue = [...chunk.imports];
	while (queue.length > 0) {
		const next = queue.shift() ?? '';
		if (eager.has(next) || next === chunk.fileName) continue;
		eager.add(next);
		queue.push(...(chunks.get(next)?.imports ?? []));
	}
	return closure(chunk, chunks).filter((file) => !eager.has(file));
}

/** The site modules a chunk file holds, or none for a package's or an unknown file. */
function siteModulesOf(file: string, chunks: Map<string, ScriptChunk>): string[] {
	return chunks.get(file)?.modules.filter(isSiteModule) ?? [];
}

/** The first budget one of whose patterns matches one of `modules`. */
export function budgetFor(modules: string[], budgets: Budgets): IslandBudget | undefined {
	return budgets.islands.find((budget) =>
		budget.patterns.some((pattern) => modules.some((module) => globToRegExp(pattern).test(module))),
	);
}

/** One island script on a page, measured against its budget. */
export interface IslandCost {
	/** Which budget it falls under. */
	budget: IslandBudget;
	/** The source files that make it this island. */
	sources: string[];
	/** Gzip bytes: its own code plus what it loads that the page's Starlight scripts do not already load. */
	gzip: number;
	/** Each part of that cost, "label: bytes". */
	parts: string[];
	/** Gzip bytes it may fetch later, on first use (on-demand imports). */
	onDemandGzip: number;
	/** Gzip bytes at load for a reader with saved work, when the budget says what that loads. */
	returningGzip?: number;
}

/** The outcome of checking one page against the budgets. */
export interface PageReport {
	/** Islands found on the page and what each costs. */
	islands: IslandCost[];
	/** Gzip bytes of all JS the page can load (own scripts, imports, on-demand chunks). */
	jsGzip: number;
	/** Why the page fails, one readable line each; empty when it passes. */
	problems: string[];
}

/** Checks a page's scripts: each of the site's own must fall under a budget and stay within it. */
export function checkPageScripts(html: string, facts: BuildFacts, budgets: Budgets): PageReport {
	const scripts = pageScripts(html, facts);
	const problems: string[] = [];
	const islands: IslandCost[] = [];
	// What Starlight's own scripts load is paid for already: islands are charged only for the rest.
	const starlightFiles = new Set<string>();
	for (const script of scripts) {
		if (script.known && script.siteModules.length === 0) {
			if (script.label !== 'inline') starlightFiles.add(script.label);
			for (const file of script.loads) starlightFiles.add(file);
		}
	}
	const allFiles = new Set<string>();
	let jsGzip = 0;
	for (const script of scripts) {
		if (script.label === 'inline') jsGzip += script.gzip;
		else allFiles.add(script.label);
		for (const file of script.loads) allFiles.add(file);
	}
	for (const file of allFiles) jsGzip += facts.fileGzip(file);

	for (const script of scripts) {
		if (!script.known) {
			problems.push(
				`script ${script.label} is not from this build's bundle or from an .astro file's is:inline script; bundle it from a component instead`,
			);
			continue;
		}
		// Site modules a Starlight script loads (e.g. a component override) count against budgets too.
		const sources = [...script.siteModules];
		for (const file of script.loads) sources.push(...siteModulesOf(file, facts.chunks));
		if (script.siteModules.length === 0 && sources.length === 0) continue;
		const budget = budgetFor(script.siteModules.length > 0 ? script.siteModules : sources, budgets);
		if (!budget) {
			problems.push(
				`script ${script.label} (from ${[...new Set(sources)].join(', ')}) matches no island budget: pages without an island ship only Starlight's JS. Add its source to an island's patterns in src/config/budgets.ts`,
			);
			continue;
		}
		const parts = [`${script.label}: ${script.gzip}`];
		let gzip = script.gzip;
		let onDemandGzip = 0;
		for (const file of script.loads) {
			if (starlightFiles.has(file)) continue;
			const size = facts.fileGzip(file);
			if (script.onDemand.includes(file)) {
				onDemandGzip += size;
				parts.push(`${file} (on first use): ${size}`);
			} else {
				gzip += size;
				parts.push(`${file}: ${size}`);
			}
		}
		const island: IslandCost = { budget, sources: [...new Set(sources)], gzip, parts, onDemandGzip };
		islands.push(island);
		const returning = budget.returning;
		if (returning) {
			const matches = (module: string) => returning.modules.some((g) => globToRegExp(g).test(module));
			const extra = returningFiles(script.onDemand, facts.chunks, matches).filter(
				(f) => !starlightFiles.has(f),
			);
			island.returningGzip = extra.reduce((sum, file) => sum + facts.fileGzip(file), gzip);
			if (island.returningGzip > returning.maxGzip)
				problems.push(
					`island "${budget.name}" ships ${island.returningGzip} B gzip when the page loads for a reader with saved work, over its budget of ${returning.maxGzip} B: its load (${gzip} B) and ${extra.join(', ')}`,
				);
		}
		if (gzip > budget.maxGzip) {
			problems.push(
				`island "${budget.name}" (${[...new Set(sources)].join(', ')}) ships ${gzip} B gzip when the page loads, over its budget of ${budget.maxGzip} B: ${parts.join(', ')}`,
			);
		}
		if (budget.maxGzipWithOnDemand !== undefined && gzip + onDemandGzip > budget.maxGzipWithOnDemand) {
			problems.push(
				`island "${budget.name}" (${[...new Set(sources)].join(', ')}) ships ${gzip + onDemandGzip} B gzip with what it loads on first use, over its budget of ${budget.maxGzipWithOnDemand} B: ${parts.join(', ')}`,
			);
		}
	}
	return { islands, jsGzip, problems };
}
