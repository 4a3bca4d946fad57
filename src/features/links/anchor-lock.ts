/**
 * The anchor lock: every published page and every anchor a reader may have linked to
 * (`content/anchors.lock.json`). After a build, each locked page must still exist or redirect
 * (`content/redirects.json`), and each locked anchor must still be on its page, or on the
 * page it redirects to, as an element id or as an alias (`anchorAliases` in the frontmatter).
 * New pages and anchors are added by `npm run anchors:update`; nothing is ever removed
 * by a script, so a link can only stop working through a change someone reviews. (A site
 * that has not been published yet may rewrite the lock with `npm run anchors:reset`.)
 * The messages for each problem are in `lock-messages.ts`.
 */
import { builtPages } from '../../build/built-pages';
import { tagsWithId, withoutCode, type StartTag } from '../../build/html-scan';

/** The anchors one built page offers. */
export interface PageAnchors {
	/** Ids of headings and `[data-linkable]` elements in the page's main content. */
	anchors: string[];
	/** Alias id → the id it now stands for, from `anchorAliases`. */
	aliases: Record<string, string>;
}

/** Every built page by its path from the site root ("/playbooks/growth-plan/"). */
export type BuiltSite = Map<string, PageAnchors>;

/** The committed lock: page path → anchors, both sorted. */
export interface AnchorLock {
	pages: Record<string, string[]>;
}

/** Old path → new path or URL, as `content/redirects.json` lists them. */
export type Redirects = Record<string, string>;

/** Something in the build that would break a link a reader may have saved. */
export type LockProblem =
	| { kind: 'page-gone'; page: string }
	| { kind: 'anchor-gone'; page: string; anchor: string; target?: string }
	| { kind: 'redirect-target-missing'; from: string; to: string }
	| { kind: 'redirect-loop'; from: string }
	| { kind: 'redirect-shadows-page'; from: string }
	| { kind: 'alias-target-missing'; page: string; alias: string; target: string }
	| { kind: 'alias-shadows-anchor'; page: string; alias: string };

// Starlight's own ids ("_top" on the title, "starlight__…" in the chrome) are not the content's.
const isOwnId = (id: string) => id !== '' && !id.startsWith('_') && !id.startsWith('starlight__');

/**
 * The anchors in a built page's `<main>`: ids of headings, of `[data-linkable]` elements,
 * and alias targets (`[data-alias-for]`). Returns null for a page without `<main>`
 * (a redirect stub). A regular-expression scan, not a parser: it runs over every page of
 * every build, and built HTML always quotes attributes the same way.
 */
export function anchorsInHtml(html: string): PageAnchors | null {
	const start = html.search(/<main[\s>]/);
	if (start === -1) return null;
	const end = html.indexOf('</main>', start);
	return anchorsOf(tagsWithId(withoutCode(html.slice(start, end === -1 ? undefined : end))));
}

/** The anchors among the tags with an id of a page's `<main>` (see {@link anchorsInHtml}). */
export function anchorsOf(tags: Iterable<Pick<StartTag, 'tag' | 'attrs'>>): PageAnchors {
	const anchors = new Set<string>();
	const aliases: Record<string, string> = {};
	for (const { tag, attrs } of tags) {
		const id = attrs.get('id');
		if (!id || !isOwnId(id)) continue;
		const aliasFor = attrs.get('data-alias-for');
		if (aliasFor !== undefined) aliases[id] = aliasFor;
		else if (/^h[1-6]$/.test(tag) || attrs.has('data-linkable')) anchors.add(id);
	}
	return { anchors: [...anchors].sort(), aliases };
}

/** The page path for a built file: "playbooks/x/index.html" → "/playbooks/x/". */
export function pagePath(file: string): string | null {
	const normal = file.split('\\').join('/');
	if (normal === 'index.html') return '/';
	if (!normal.endsWith('/index.html')) return null;
	return `/${normal.slice(0, -'index.html'.length)}`;
}

/** Every built page under `dir` (the build output), from the one read of it; redirect stubs are left out. */
export function readBuiltSite(dir: string): BuiltSite {
	const site: BuiltSite = new Map();
	for (const [file, page] of builtPages(dir)) {
		const path = pagePath(file);
		if (path && page.main) site.set(path, anchorsOf(page.main));
	}
	return new Map([...site].sort(([a], [b]) => a.localeCompare(b)));
}

const isExternal = (to: string) => /^[a-z][a-z0-9+.-]*:/i.test(to);

/** Splits "/path/#hash" into its page path and anchor. */
export function splitTarget(to: string): { path: string; hash: string | undefined } {
	const at = to.indexOf('#');
	return at === -1 ? { path: to, hash: undefined } : { path: to.slice(0, at), hash: to.slice(at + 1) };
}

function hasAnchor(page: PageAnchors, anchor: string): boolean {
	return page.anchors.includes(anchor) || Object.hasOwn(page.aliases, anchor);
}

/**
 * Follows `from` through the redirects to a built page. Returns the page path and, when a
 * redirect names one, the anchor it lands on; or a problem.
 */
function follow(
	from: string,
	site: BuiltSite,
	redirects: Redirects,
): { path: string; hash: string | undefined } | 'external' | LockProblem {
	let current = from;
	let hash: string | undefined;
	for (let hops = 0; hops < 20; hops++) {
		const to = redirects[current];
		if (to === undefined) {
			return site.has(current)
				? { path: current, hash }
				: { kind: 'redirect-target-missing', from, to: current };
		}
		if (isExternal(to)) return 'external';
		const next = splitTarget(to);
		current = next.path;
		hash = next.hash ?? hash;
	}
	return { kind: 'redirect-loop', from };
}

/** Checks the built site against the lock and the redirects; an empty list means no link broke. */
export function checkLock(lock: AnchorLock, site: BuiltSite, redirects: Redirects): LockProblem[] {
	const problems: LockProblem[] = [];

	for (const [from, to] of Object.entries(redirects)) {
		if (site.has(from)) {
			problems.push({ kind: 'redirect-shadows-page', from });
			continue;
		}
		const end = follow(from, site, redirects);
		if (end === 'external') continue;
		if ('kind' in end) problems.push(end);
		else if (end.hash !== undefined && !hasAnchor(site.get(end.path)!, end.hash)) {
			problems.push({ kind: 'anchor-gone', page: from, anchor: end.hash, target: to });
		}
	}

	for (const [path, page] of site) {
		for (const [alias, target] of Object.entries(page.aliases)) {
			if (page.anchors.includes(alias)) problems.push({ kind: 'alias-shadows-anchor', page: path, alias });
			else if (!page.anchors.includes(target))
				problems.push({ kind: 'alias-target-missing', page: path, alias, target });
		}
	}

	for (const [path, anchors] of Object.entries(lock.pages)) {
		const built = site.get(path);
		if (built) {
			for (const anchor of anchors) {
				if (!hasAnchor(built, anchor)) problems.push({ kind: 'anchor-gone', page: path, anchor });
			}
			continue;
		}
		if (redirects[path] === undefined) {
			problems.push({ kind: 'page-gone', page: path });
			continue;
		}
		const end = follow(path, site, redirects);
		// Redirect problems were reported above, once per redirect.
		if (end === 'external' || 'kind' in end) continue;
		const target = site.get(end.path)!;
		for (const anchor of anchors) {
			if (!hasAnchor(target, anchor)) {
				problems.push({ kind: 'anchor-gone', page: path, anchor, target: end.path });
			}
		}
	}
	return problems;
}

/** Adds every built page and anchor that the lock does not list yet; never removes one. */
export function updateLock(
	lock: AnchorLock,
	site: BuiltSite,
): { lock: AnchorLock; addedPages: number; addedAnchors: number } {
	const pages: Record<string, string[]> = {};
	let addedPages = 0;
	let addedAnchors = 0;
	const paths = new Set([...Object.keys(lock.pages), ...site.keys()]);
	for (const path of [...paths].sort()) {
		const locked = new Set(lock.pages[path] ?? []);
		if (!(path in lock.pages)) addedPages++;
		for (const anchor of site.get(path)?.anchors ?? []) {
			if (!locked.has(anchor)) {
				locked.add(anchor);
				addedAnchors++;
			}
		}
		pages[path] = [...locked].sort();
	}
	return { lock: { pages }, addedPages, addedAnchors };
}

/** How many built pages and anchors the lock does not protect yet. */
export function unlocked(lock: AnchorLock, site: BuiltSite): { pages: number; anchors: number } {
	const { addedPages, addedAnchors } = updateLock(lock, site);
	return { pages: addedPages, anchors: addedAnchors };
}

/** Validates the parsed lock file, naming the file and the fix when it is damaged. */
export function parseLock(raw: unknown, file: string): AnchorLock {
	const pages = (raw as { pages?: unknown } | null)?.pages;
	const valid =
		typeof pages === 'object' &&
		pages !== null &&
		Object.entries(pages).every(
			([path, anchors]) =>
				path.startsWith('/') && Array.isArray(anchors) && anchors.every((a) => typeof a === 'string'),
		);
	if (!valid) {
		throw new Error(
			`${file} is damaged: it needs { "pages": { "/path/": ["anchor", …] } }. ` +
				'Restore it from git (git checkout -- ' +
				file +
				') and run "npm run anchors:update".',
		);
	}
	return { pages: pages as Record<string, string[]> };
}

/** The lock as committed: one anchor per line, so two changes rarely touch the same line. */
export function serializeLock(lock: AnchorLock, comment: string): string {
	return `${JSON.stringify({ $comment: comment, pages: lock.pages }, null, 2)}\n`;
}
