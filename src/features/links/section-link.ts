/**
 * What "Copy link" and "Copy as Markdown" put on the clipboard for a section of a page:
 * an absolute URL ending in the section's anchor, and a Markdown link labelled
 * "Page › Section" that survives being pasted into notes, chat or an issue.
 */

/** The parts of `window.location` a section link is built from. */
export interface PageLocation {
	origin: string;
	pathname: string;
}

/**
 * The absolute URL of section `id` on the page at `location`. The query string is dropped
 * (a bank filter in the URL would hide what the link points at); the id is percent-encoded
 * where a URL needs it, parentheses included, so the link also works inside Markdown.
 */
export function sectionUrl(location: PageLocation, id: string): string {
	const url = new URL(location.pathname, location.origin);
	url.hash = id;
	return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Escapes the characters that would end or restyle a Markdown link label. */
export function escapeMarkdownLabel(text: string): string {
	return text.replace(/[\\[\]*_`<>]/g, (char) => `\\${char}`);
}

/** Collapses whitespace and shortens `text` to at most `max` characters, ending on a whole word. */
export function shortLabel(text: string, max = 80): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A Markdown link to a section: `[Page › Section](url)`, or `[Page](url)` when the two are the same. */
export function markdownLink(page: string, section: string, url: string): string {
	const pageLabel = shortLabel(page);
	const sectionLabel = shortLabel(section, 160);
	const label = !sectionLabel || sectionLabel === pageLabel ? pageLabel : `${pageLabel} › ${sectionLabel}`;
	return `[${escapeMarkdownLabel(label)}](${url})`;
}

/**
 * The element id a URL fragment names ("#caf%C3%A9" → "café"). A fragment cut off mid-escape
 * ("#%E0%A4%A", from a link truncated in chat) is used as written rather than throwing.
 */
export function fragmentId(hash: string): string {
	const raw = hash.replace(/^#/, '');
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
