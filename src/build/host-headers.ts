/**
 * Headers for hosts that send them: `dist/_headers`, the file Netlify and Cloudflare Pages
 * read. Each page's Content-Security-Policy (in its `<meta>` today) goes out as a header too,
 * with `frame-ancestors 'none'`, which only a header can set; every response gets `nosniff`
 * and `no-referrer`; hashed assets under `/_astro/` are cached for a year.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { builtPages, readBuiltPages } from './built-pages.ts';

/** The file hosts read, in the build output. */
export const headersFileName = '_headers';
/** Headers every response gets. */
export const commonHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
};
/** Caching for Astro's hashed assets: a changed file gets a new name, so it never goes stale. */
export const hashedAssetCache = 'public, max-age=31536000, immutable';
/** What the header policy adds to the meta one: no site may frame these pages. */
export const frameAncestors = "frame-ancestors 'none'";

export { metaPolicy } from './built-pages.ts';

/** The meta policy as a header: the same directives, one space apart, plus `frame-ancestors`. */
export function headerPolicy(meta: string): string {
	const directives = meta
		.split(';')
		.map((part) => part.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
	return [...directives, frameAncestors].join('; ');
}

/** The URL path of a built HTML file (`playbooks/x/index.html` → `/base/playbooks/x/`). */
export function pagePath(file: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const path = file.split(sep).join('/');
	return `${prefix}${path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** A page of the build and the policy its meta declares. */
export interface PagePolicyEntry {
	path: string;
	policy: string;
}

/** The text of `_headers`: headers for every response, hashed assets, then one rule per page. */
export function headersFile(pages: PagePolicyEntry[], base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rule = (path: string, headers: Record<string, string>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return `${[
		'# Written by the build (src/build/host-headers.ts) for hosts that read _headers (Netlify, Cloudflare Pages).',
		rule(`${prefix}*`, { ...commonHeaders }),
		rule(`${prefix}_astro/*`, { 'Cache-Control': hashedAssetCache }),
		...[...pages]
			.sort((a, b) => a.path.localeCompare(b.path))
			.map((page) => rule(page.path, { 'Content-Security-Policy': headerPolicy(page.policy) })),
	].join('\n\n')}\n`;
}

/** Every built page under `dir` that declares a meta policy, with that policy (from the build's one read of `dir`). */
export function builtPolicies(dir: string, base: string, pages = builtPages(dir)): PagePolicyEntry[] {
	const policies: PagePolicyEntry[] = [];
	for (const [file, { policy }] of pages) {
		if (policy !== null) policies.push({ path: pagePath(file, base), policy });
	}
	return policies;
}

/** Reads `_headers` back: path → header name (lower case) → value. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = new Map();
			rules.set(line.trim(), current);
			continue;
		}
		const at = line.indexOf(':');
		current?.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
	}
	return rules;
}

/**
 * What is wrong with the `_headers` of the build in `dir`: a page without a rule, or whose
 * header policy differs from its meta one; missing common headers or asset caching.
 */
export function headersProblems(dir: string, base: string, pages = readBuiltPages(dir)): string[] {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	let rules: Map<string, Map<string, string>>;
	try {
		rules = parseHeadersFile(readFileSync(join(dir, headersFileName), 'utf8'));
	} catch {
		return [`${join(dir, headersFileName)} is missing: the build should write it.`];
	}
	const problems: string[] = [];
	const all = rules.get(`${prefix}*`);
	for (const [name, value] of Object.entries(commonHeaders)) {
		if (all?.get(name.toLowerCase()) !== value) problems.push(`${prefix}*: ${name} is not "${value}".`);
	}
	if (rules.get(`${prefix}_astro/*`)?.get('cache-control') !== hashedAssetCache) {
		problems.push(`${prefix}_astro/*: Cache-Control is not "${hashedAssetCache}".`);
	}
	for (const page of builtPolicies(dir, base, pages)) {
		const sent = rules.get(page.path)?.get('content-security-policy');
		if (sent !== headerPolicy(page.policy)) {
			problems.push(
				`${page.path}: the Content-Security-Policy header ${sent ? 'differs from' : 'is missing for'} the page's meta policy.`,
			);
		}
	}
	return problems;
}

/**
 * The Starlight plugin that writes `_headers` after each build. A plugin, listed after the
 * links plugin, so its integration runs after the redirect pages get their own policy.
 */
export function hostHeaders(): StarlightPlugin {
	let base = '/';
	const integration: AstroIntegration = {
		name: 'threshold-host-headers',
		hooks: {
			'astro:config:done'({ config }) {
				base = config.base;
			},
			'astro:build:done'({ dir, logger }) {
				const out = fileURLToPath(dir);
				const pages = builtPolicies(out, base);
				writeFileSync(join(out, headersFileName), headersFile(pages, base));
				logger.info(`${headersFileName}: the policies of ${pages.length} pages as headers.`);
			},
		},
	};
	return {
		name: 'threshold-host-headers',
		hooks: {
			'config:setup'({ addIntegration }) {
				addIntegration(integration);
			},
		},
	};
}
