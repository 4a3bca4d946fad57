/**
 * Alias anchors keep old links working after a heading or item is renamed. The page's
 * frontmatter maps each old id to the id it became (`anchorAliases: { old-id: new-id }`),
 * and the rendered page gets an empty `<span id="old-id" data-alias-for="new-id">` as the
 * first child of the renamed element: the browser scrolls there without JavaScript, and the
 * site's link script swaps the address to the new id and marks the section.
 */
import { escapeAttribute, tagsWithId } from '../../build/html-scan';

/** A mistake in `anchorAliases` that the author must fix; the message says how. */
export class AnchorAliasError extends Error {}

const withoutCodePattern = /<(script|style|template)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;

/** Every element id in `html`, with the offset just past its start tag. */
function idsIn(html: string): Map<string, number> {
	const ids = new Map<string, number>();
	// Offsets must match the original HTML, so blank out code with spaces of the same length.
	const blanked = html.replace(withoutCodePattern, (code) => ' '.repeat(code.length));
	for (const { attrs, end } of tagsWithId(blanked)) {
		const id = attrs.get('id');
		if (id && !ids.has(id)) ids.set(id, end);
	}
	return ids;
}

/**
 * Inserts an alias target for each `old → new` pair inside the element whose id is `new`.
 * Throws an {@link AnchorAliasError} naming `file` when `new` is not on the page or `old` still is.
 */
export function injectAliases(html: string, aliases: Record<string, string>, file: string): string {
	const entries = Object.entries(aliases);
	if (entries.length === 0) return html;
	const ids = idsIn(html);
	const inserts: { at: number; text: string }[] = [];
	for (const [old, next] of entries) {
		if (ids.has(old)) {
			throw new AnchorAliasError(
				`${file}: anchorAliases.${old} is not needed, because the page still has an element with the id "${old}". Remove the alias.`,
			);
		}
		const at = ids.get(next);
		if (at === undefined) {
			const known = [...ids.keys()].filter((id) => !id.startsWith('_') && !id.startsWith('starlight__'));
			throw new AnchorAliasError(
				`${file}: anchorAliases.${old} points to "${next}", but no heading or item on the page has that id. ` +
					`Use the new id of the renamed heading${known.length ? `; the page has: ${known.slice(0, 30).join(', ')}` : ''}.`,
			);
		}
		inserts.push({
			at,
			text: `<span id="${escapeAttribute(old)}" data-alias-for="${escapeAttribute(next)}" class="anchor-alias"></span>`,
		});
	}
	inserts.sort((a, b) => b.at - a.at);
	let out = html;
	for (const { at, text } of inserts) out = out.slice(0, at) + text + out.slice(at);
	return out;
}
