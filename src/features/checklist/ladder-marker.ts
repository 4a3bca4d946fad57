/**
 * The marker an author ends a checklist item or group label with to say which ladder
 * competency (or behavior) it samples: `[ladder: ownership]`, or several ids separated by
 * commas, `[ladder: ownership, ambiguity]`. On an item it may come before or after the
 * item's `[#id]`. The build strips it from the text and records the ids as
 * `data-competency`; the ladder checks every id before the build (`src/features/ladder/spine.ts`).
 */
import type { Element, ElementContent, Text } from 'hast';

/** The marker anywhere in a line, with the ids in group 1. */
export const ladderMarker = /\s*\[ladder:\s*([^\]]*)\]/;

// At the end of the text, or just before a trailing ` [#id]`.
const trailing = /\s*\[ladder:\s*([^\]]*)\](?=\s*(?:\[#[a-z0-9]+(?:-[a-z0-9]+)*\])?\s*$)/;

/** The ids in a marker or attribute: separated by commas and/or spaces. */
export function parseIdList(value: string): string[] {
	return value
		.split(/[\s,]+/)
		.map((id) => id.trim())
		.filter(Boolean);
}

function lastText(nodes: ElementContent[]): Text | undefined {
	for (let i = nodes.length - 1; i >= 0; i--) {
		const node = nodes[i]!;
		if (node.type === 'text') {
			if (node.value.trim()) return node;
			continue;
		}
		// A loose list wraps the text in a <p>; anything else (a link, code) ends the search.
		if (node.type === 'element' && (node as Element).tagName === 'p')
			return lastText((node as Element).children);
		return undefined;
	}
	return undefined;
}

/**
 * Removes a trailing `[ladder: …]` marker from the inline nodes of an item or group label
 * and returns its ids, or null when there is none. An empty marker returns an empty list.
 */
export function stripLadderMarker(nodes: ElementContent[]): string[] | null {
	const text = lastText(nodes);
	if (!text) return null;
	const match = trailing.exec(text.value);
	if (!match) return null;
	text.value = text.value.slice(0, match.index) + text.value.slice(match.index + match[0].length);
	return parseIdList(match[1]!);
}
