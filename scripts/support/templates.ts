/**
 * The templates the bench and the audit measure: the home page, a playbook with no island of
 * its own, a generated ladder page, and the first page (in path order) of each island: one per
 * island budget in `src/config/budgets.ts` and per custom element (the self-assessment and the
 * evidence log share a budget). Islands the home page has too run on every page, so they get
 * no template of their own.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { budgets } from '../../src/config/budgets.ts';
import { inlineScriptSources } from '../../src/config/csp.ts';
import { checkPageScripts, gzipSize, type BuildFacts, type ScriptChunk } from '../lib/budgets.ts';

/** What the budget checks need to know about the build in `root` (its `.astro` record and `dist`). */
export function buildFacts(root: string): BuildFacts {
	const dist = join(root, 'dist');
	const record = join(root, '.astro/script-origins.json');
	if (!existsSync(record)) throw new Error(`No ${record}. Run "npm run build" first.`);
	const { chunks } = JSON.parse(readFileSync(record, 'utf8')) as { chunks: ScriptChunk[] };
	const sizes = new Map<string, number>();
	return {
		chunks: new Map(chunks.map((chunk) => [chunk.fileName, chunk])),
		inlineSources: inlineScriptSources(root),
		fileGzip: (path) => {
			let size = sizes.get(path);
			if (size === undefined) {
				const file = join(dist, path);
				size = existsSync(file) ? gzipSize(readFileSync(file)) : 0;
				sizes.set(path, size);
			}
			return size;
		},
	};
}

/** The query a template is opened with: the search page is measured with results showing. */
export const templateQueries: Record<string, string> = { 'search page': '?q=feedback' };

/** The address of template `name` (page file `file`) on `origin`. */
export function templateUrl(origin: string, name: string, file: string): string {
	return `${origin}/${file.replace(/index\.html$/, '')}${templateQueries[name] ?? ''}`;
}

/** Template name → page file in `dist` ("playbooks/growth-plan/index.html"). */
export function templatePages(
	root: string,
	skip: (file: string) => boolean = () => false,
): Record<string, string> {
	const dist = join(root, 'dist');
	const facts = buildFacts(root);
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !skip(file))
		.sort();
	const islandsOf = (html: string) =>
		new Set(checkPageScripts(html, facts, budgets).islands.map((island) => island.budget.name));
	// Islands on the home page run site-wide (copy-link, say): part of every template, none of their own.
	const siteWide = islandsOf(readFileSync(join(dist, 'index.html'), 'utf8'));
	const templates: Record<string, string> = { home: 'index.html' };
	for (const file of files) {
		if (file === '404.html') continue;
		const html = readFileSync(join(dist, file), 'utf8');
		const own = [...islandsOf(html)].filter((name) => !siteWide.has(name));
		if (own.length === 0 && file.startsWith('playbooks/')) templates['plain playbook'] ??= file;
		if (own.length === 0 && file.startsWith('ladder/')) templates['generated ladder page'] ??= file;
		// Named after the page's first custom element where it has one ("assessment page").
		const element = /<threshold-([a-z-]+)/.exec(html)?.[1];
		for (const name of own) templates[`${element ?? name} page`] ??= file;
	}
	return templates;
}
