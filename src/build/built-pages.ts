/**
 * One pass over the build output for every post-build check: each HTML page under `dist/` is
 * read once, and what the checks need of it is kept (its tags with an id and its policy, not
 * the HTML): the anchors of its `<main>` for the anchor lock, its ids for links to anchors that
 * components render, its policy for the host headers. `_astro/` and `pagefind/` hold no pages and are not walked.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tagsWithId, withoutCode, type StartTag } from './html-scan.ts';

/** What the post-build checks read from one built page. */
export interface BuiltPage {
	/** Ids of the page's elements, outside scripts, styles, templates and comments. */
	ids: Set<string>;
	/** The tags with an id in its `<main>`, for the anchor lock; null for a page without one (a redirect stub). */
	main: Pick<StartTag, 'tag' | 'attrs'>[] | null;
	/** Its `<meta>` Content-Security-Policy, or null. */
	policy: string | null;
}

const read = new Map<string, Map<string, BuiltPage>>();

/** A built page's policy as its `<meta http-equiv="content-security-policy">` states it, or null. */
export function metaPolicy(html: string): string | null {
	const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	if (!meta) return null;
	return (meta[1] ?? '')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** What one page's HTML offers the checks. */
export function builtPage(html: string): BuiltPage {
	const page = withoutCode(html);
	const start = page.search(/<main[\s>]/);
	const end = start === -1 ? -1 : page.indexOf('</main>', start);
	const ids = new Set<string>();
	const main: Pick<StartTag, 'tag' | 'attrs'>[] = [];
	for (const tag of tagsWithId(page)) {
		const id = tag.attrs.get('id');
		if (id) ids.add(id);
		if (start !== -1 && tag.end > start && (end === -1 || tag.end <= end))
			main.push({ tag: tag.tag, attrs: tag.attrs });
	}
	return { ids, main: start === -1 ? null : main, policy: metaPolicy(html) };
}

/**
 * Every HTML page under `dir` by its path there ("playbooks/x/index.html"), read once per
 * build: later calls (the anchor lock, the links validator, the host headers) share the read.
 */
export function builtPages(dir: string): Map<string, BuiltPage> {
	// One entry however a hook spells the folder ("dist", "/site/dist/").
	const key = resolve(dir);
	let pages = read.get(key);
	if (!pages) {
		pages = readBuiltPages(dir);
		read.set(key, pages);
	}
	return pages;
}

/** Every HTML page under `dir`, read now (for a check of a finished build, which has no hooks to share). */
export function readBuiltPages(dir: string): Map<string, BuiltPage> {
	const pages = new Map<string, BuiltPage>();
	const walk = (relative: string) => {
		for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
			const child = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) {
				if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(child);
			} else if (entry.name.endsWith('.html')) {
				pages.set(child, builtPage(readFileSync(join(dir, child), 'utf8')));
			}
		}
	};
	walk('');
	return pages;
}

/** Writes page `file` under `dir` and keeps what was read of it current. */
export function rewritePage(dir: string, file: string, html: string): void {
	writeFileSync(join(dir, file), html);
	read.get(resolve(dir))?.set(file, builtPage(html));
}

/** Forgets what was read, before a new build writes the output again. */
export function forgetBuiltPages(): void {
	read.clear();
}
