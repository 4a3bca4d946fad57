/**
 * A small scanner for start tags in HTML the build produced. It is not a parser: built HTML
 * quotes attributes consistently, and a scan is fast enough to run over every page of a build.
 */

/** One start tag: its name, attributes (lower-case names, decoded values) and where it ends. */
export interface StartTag {
	tag: string;
	attrs: Map<string, string>;
	/** Offset just past the tag's closing `>`. */
	end: number;
}

const startTag =
	/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** Decodes the character references that appear in attribute values. */
export function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const hex = name[1] === 'x' || name[1] === 'X';
			const code = hex ? parseInt(name.slice(2), 16) : Number(name.slice(1));
			return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
		}
		return named[name.toLowerCase()] ?? whole;
	});
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every start tag in `html`, in order. Blank out script and style bodies first if they matter. */
export function* startTags(html: string): Generator<StartTag> {
	for (const match of html.matchAll(startTag)) {
		const attrs = new Map<string, string>();
		for (const part of (match[2] ?? '').matchAll(attribute)) {
			attrs.set(part[1]!.toLowerCase(), decodeEntities(part[2] ?? part[3] ?? part[4] ?? ''));
		}
		yield { tag: match[1]!.toLowerCase(), attrs, end: match.index + match[0].length };
	}
}

const startTagAt = new RegExp(startTag.source, 'y');
const idAttribute = /\sid\s*=/gi;

/**
 * The start tags in `html` that have an `id` attribute, in order. Much faster than
 * {@link startTags} on a whole page: it jumps from one `id=` to the next and reads only the
 * tag around it, and a page has far fewer ids than tags.
 */
export function* tagsWithId(html: string): Generator<StartTag> {
	let after = 0;
	for (const match of html.matchAll(idAttribute)) {
		if (match.index < after) continue;
		const open = html.lastIndexOf('<', match.index);
		if (open === -1) continue;
		startTagAt.lastIndex = open;
		const tag = startTagAt.exec(html);
		// An "id=" in text, or in a tag this scan cannot read, is not an anchor.
		if (!tag || open + tag[0].length <= match.index) continue;
		after = open + tag[0].length;
		const [parsed] = startTags(tag[0]);
		if (parsed?.attrs.has('id')) yield { ...parsed, end: after };
	}
}

/** `html` without scripts, styles, templates and comments, whose text can look like tags. */
export function withoutCode(html: string): string {
	return html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
}
