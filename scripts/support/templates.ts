/**
 * The templates the bench and the audit measure: the home page, a playbook with no island of
 * its own, and the first page (in path order) of each island budget in `src/config/budgets.ts`.
 * Islands the home page has too run on every page, so they get no template of their own.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { budgets } from '../../src/config/budgets.ts';
import { inlineScriptSources } from '../../src/config/csp.ts';
import { checkPageScripts, gzipSize, type ScriptChunk } from '../lib/budgets.ts';

/** Template name → page file in `dist` ("playbooks/growth-plan/index.html"). */
export function templatePages(
	root: string,
	skip: (file: string) => boolean = () => false,
): Record<string, string> {
	const dist = join(root, 'dist');
	const record = join(root, '.astro/script-origins.json');
	if (!existsSync(record)) throw new Error(`No ${record}. Run "npm run build" first.`);
	const { chunks } = JSON.parse(readFileSync(record, 'utf8')) as { chunks: ScriptChunk[] };
	const facts = {
		chunks: new Map(chunks.map((chunk) => [chunk.fileName, chunk])),
		inlineSources: inlineScriptSources(root),
		fileGzip: (path: string) => (existsSync(join(dist, path)) ? gzipSize(readFileSync(join(dist, path))) : 0),
	};
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !skip(file))
		.sort();
	const islandsOf = (file: string) =>
		new Set(
			checkPageScripts(readFileSync(join(dist, file), 'utf8'), facts, budgets).islands.map(
				(island) => island.budget.name,
			),
		);
	// Islands on the home page run site-wide (copy-link, say): part of every template, none of their own.
	const siteWide = islandsOf('index.html');
	const templates: Record<string, string> = { home: 'index.html' };
	for (const file of files) {
		if (file === '404.html') continue;
		const own = [...islandsOf(file)].filter((name) => !siteWide.has(name));
		if (own.length === 0 && file.startsWith('playbooks/')) templates['plain playbook'] ??= file;
		for (const name of own) templates[`${name} page`] ??= file;
	}
	return templates;
}
