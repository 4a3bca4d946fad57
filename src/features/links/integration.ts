/**
 * Links that never rot, as a Starlight plugin:
 * - redirects from `content/redirects.json`, whose pages carry a link's `#anchor` over;
 * - link-preview and search-filter tags in every page's head (`src/features/links/page-head.ts`);
 * - the search page at `/search/`;
 * - after each build, the anchor lock (`content/anchors.lock.json`): the build fails when a
 *   page or anchor readers may have saved disappears without a redirect or an alias.
 *
 * `npm run anchors:update` is a build that also writes new pages and anchors into the lock,
 * and `npm run anchors:reset` one that writes the lock afresh (for a site not yet published);
 * the integration knows them from npm's `npm_lifecycle_event`, which needs no platform-specific
 * syntax in package.json. `THRESHOLD_ANCHOR_LOCK=off` skips the lock, for builds of other
 * content (fixture sites, benchmarks).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { loadRedirects } from '../../config/load';
import {
	checkLock,
	parseLock,
	readBuiltSite,
	serializeLock,
	unlocked,
	updateLock,
	type AnchorLock,
} from './anchor-lock';
import { formatProblems, type PageSource, type SourceOf } from './lock-messages';
import { carryAnchor } from './redirect-page';
import { builtPages, forgetBuiltPages, rewritePage } from '../../build/built-pages';

/** Where the lock lives, from the project root. */
export const lockFile = 'content/anchors.lock.json';

const lockComment =
	'Every published page and the anchors readers may have linked to. The build fails when one disappears ' +
	'without a redirect (content/redirects.json) or an alias (anchorAliases in the page frontmatter). ' +
	'Add new ones with "npm run anchors:update"; see README, "Links that never rot".';

/** What the links plugin needs to know from other features. */
export interface LinksOptions {
	/** Where a generated page (one without a Markdown file) comes from, for the lock's messages. */
	generatedSource?: SourceOf;
}

/** The Starlight plugin that wires links, previews, redirects, the search page and the anchor lock. */
export function thresholdLinks(options: LinksOptions = {}): StarlightPlugin {
	return {
		name: 'threshold-links',
		hooks: {
			'config:setup'({ addIntegration, addRouteMiddleware }) {
				addRouteMiddleware({ entrypoint: './src/features/links/page-head.ts' });
				addIntegration(linksIntegration(options));
			},
		},
	};
}

/** Where the build writes pages; set once Astro's config is final. */
let outDir: string | undefined;
let base = '/';

/**
 * An `exclude` function for starlight-links-validator. The validator knows the ids in each
 * page's Markdown, not those that components render (alias anchors, bank questions, checklist
 * items, ladder behaviours), so it would reject a correct link to one of them. This accepts
 * a link with an `#anchor` when the built page has an element with that id; every other link
 * is validated as usual.
 */
export function anchorRenderedByComponent({ link, slug }: { link: string; slug: string }): boolean {
	const at = link.indexOf('#');
	if (at === -1 || !outDir) return false;
	const hash = decodeURIComponent(link.slice(at + 1));
	let path = link.slice(0, at).split('?')[0]!;
	if (path === '') path = `/${slug}/`.replace(/\/+/g, '/');
	else if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
	if (!path.endsWith('/')) path += '/';
	return builtIds(`${path.slice(1)}index.html`).has(hash);
}

/** Ids in the built page `file` (a path under the output folder), from the one read of it. */
function builtIds(file: string): Set<string> {
	return builtPages(outDir!).get(file)?.ids ?? new Set();
}

function linksIntegration(options: LinksOptions): AstroIntegration {
	let root = '.';
	let redirects: Record<string, string> = {};
	return {
		name: 'threshold-links',
		hooks: {
			'astro:config:done'({ config }) {
				outDir = fileURLToPath(config.outDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				forgetBuiltPages();
			},
			'astro:config:setup'({ command, config, injectRoute, updateConfig }) {
				root = fileURLToPath(config.root);
				redirects = loadRedirects(root);
				// Before any page renders: a fork's first build stops at once and says how to start.
				if (command === 'build' && lockMissing(root)) throw missingLock();
				// Astro takes redirect sources from the base path but destinations as written,
				// so a site served under a sub-path (`--base /our-ladder/`) needs the base added.
				const prefix = config.base.replace(/\/$/, '');
				const withBase = Object.fromEntries(
					Object.entries(redirects).map(([from, to]) => [from, to.startsWith('/') ? `${prefix}${to}` : to]),
				);
				updateConfig({ redirects: { ...config.redirects, ...withBase } });
				injectRoute({
					pattern: '/search',
					entrypoint: './src/features/search/search-page.astro',
					prerender: true,
				});
			},
			'astro:build:done'({ dir, logger }) {
				const out = fileURLToPath(dir);
				for (const from of Object.keys(redirects)) {
					const file = join(from, 'index.html').replace(/^\//, '');
					if (existsSync(join(out, file)))
						rewritePage(out, file, carryAnchor(readFileSync(join(out, file), 'utf8')));
				}
				if (process.env['THRESHOLD_ANCHOR_LOCK'] === 'off') {
					logger.info('Anchor lock skipped (THRESHOLD_ANCHOR_LOCK=off).');
					return;
				}
				checkAnchors(root, out, redirects, logger, options.generatedSource);
			},
		},
	};
}

/** True when a build must stop for want of a lock: none yet, and this builds none (update, reset) nor skips it. */
function lockMissing(root: string): boolean {
	return (
		!existsSync(join(root, lockFile)) &&
		!['anchors:update', 'anchors:reset'].includes(process.env['npm_lifecycle_event'] ?? '') &&
		process.env['THRESHOLD_ANCHOR_LOCK'] !== 'off'
	);
}

/** The error a build without a lock stops with: what is missing and the command that creates it. */
const missingLock = () =>
	new Error(
		`${lockFile} does not exist, so nothing protects links to this site. ` +
			`Run "npm run anchors:update" to create it from this build's pages, then commit it.`,
	);

function checkAnchors(
	root: string,
	out: string,
	redirects: Record<string, string>,
	logger: { info(m: string): void; warn(m: string): void },
	generatedSource: SourceOf = () => undefined,
): void {
	const path = join(root, lockFile);
	const script = process.env['npm_lifecycle_event'];
	// `anchors:reset` starts from an empty lock: for a site nobody has visited yet.
	const resetting = script === 'anchors:reset';
	const updating = resetting || script === 'anchors:update';
	const site = readBuiltSite(out);
	let lock: AnchorLock = { pages: {} };
	if (existsSync(path) && !resetting) {
		let raw: unknown;
		try {
			raw = JSON.parse(readFileSync(path, 'utf8'));
		} catch {
			raw = null;
		}
		lock = parseLock(raw, lockFile);
	} else if (!updating) {
		throw missingLock();
	}

	const problems = checkLock(lock, site, redirects);
	if (updating) {
		const next = updateLock(lock, site);
		writeFileSync(path, serializeLock(next.lock, lockComment));
		logger.info(
			resetting
				? `${lockFile}: written afresh from this build, ${next.addedPages} pages and ${next.addedAnchors} anchors. Commit it; from now on links to them are protected.`
				: `${lockFile}: added ${next.addedAnchors} anchors and ${next.addedPages} pages. Commit the file with your change.`,
		);
	} else {
		const fresh = unlocked(lock, site);
		if (fresh.pages + fresh.anchors > 0) {
			logger.warn(
				`${fresh.anchors} anchors and ${fresh.pages} pages are not in ${lockFile} yet. ` +
					'Run "npm run anchors:update" and commit the lock so links to them are protected too.',
			);
		} else logger.info(`Anchor lock: ${site.size} pages, every locked link still lands.`);
	}
	if (problems.length > 0)
		throw new Error(
			formatProblems(problems, (page) => markdownSource(root, page) ?? generatedSource(page), lockFile),
		);
}

/** The Markdown file a page comes from, or undefined for generated pages. */
function markdownSource(root: string, page: string): PageSource | undefined {
	const slug = page.replace(/^\/|\/$/g, '');
	const candidates = slug
		? [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`]
		: ['index.mdx', 'index.md'];
	const file = candidates.map((c) => `content/docs/${c}`).find((name) => existsSync(join(root, name)));
	return file ? { kind: 'markdown', file } : undefined;
}
