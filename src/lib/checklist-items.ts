/**
 * Build-time transform for `<Checklist>`: turns the Markdown task list an author wrote
 * into labelled checkboxes with permanent ids, and lists the items for the island.
 *
 * An item's id is the ` [#id]` the author wrote at the end of its line, or else one derived
 * from its text. Each item also carries a hash of its text, so a reader's saved tick can be
 * flagged when the wording changes under a fixed id, and a derived id changes when the
 * wording does (the old tick is kept as archived rather than silently moved).
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Element, ElementContent, Root, Text } from 'hast';

/** One tickable item as the island and "My progress" see it. */
export interface ChecklistItem {
	/** Permanent id, also the item's anchor on the page. */
	id: string;
	/** The item's text, without its id marker. */
	text: string;
	/** Hash of the text, to notice rewording. */
	textHash: string;
	/** Label of the group the item sits in, if any. */
	group?: string;
	/** True when the author wrote the id; false when it was derived from the text. */
	explicit: boolean;
}

const marker = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/** A short, stable hash (FNV-1a, base 36) of normalised text. */
export function textHash(text: string): string {
	let hash = 0x811c9dc5;
	for (const char of text.normalize('NFC').replace(/\s+/g, ' ').trim()) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36);
}

/** An id derived from an item's first words, e.g. "write-the-runbook-before-you-call-it". */
export function deriveId(text: string): string {
	const words = text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9\s-]/g, ' ')
		.split(/[\s-]+/)
		.filter(Boolean)
		.slice(0, 8);
	return words.join('-').slice(0, 60).replace(/-+$/, '') || 'item';
}

/** Error thrown for a checklist an author must fix; the message says how. */
export class ChecklistError extends Error {}

/** Transforms the rendered slot of one `<Checklist>` and returns the new HTML and its items. */
export function transformChecklist(
	html: string,
	checklistId: string,
): { html: string; items: ChecklistItem[] } {
	const tree: Root = fromHtml(html, { fragment: true });
	const items: ChecklistItem[] = [];
	const seen = new Map<string, string>();
	const groups = collectGroups(tree);

	for (const li of selectAll('li', tree)) {
		const box = li.children.find(isCheckbox) ?? firstParagraph(li)?.children.find(isCheckbox);
		if (!box) continue;
		const holder = li.children.includes(box) ? li : firstParagraph(li)!;
		const start = holder.children.indexOf(box);
		const nestedAt = holder.children.findIndex(
			(c, i) => i > start && isElement(c) && /^(ul|ol)$/.test(c.tagName),
		);
		const inline = holder.children.slice(start + 1, nestedAt === -1 ? undefined : nestedAt);
		const explicit = stripMarker(inline);
		const text = inline
			.map((node) => toString(node as Element))
			.join('')
			.replace(/\s+/g, ' ')
			.trim();
		const id = explicit ?? deriveId(text);
		const clash = seen.get(id);
		if (clash !== undefined) {
			throw new ChecklistError(
				`Checklist "${checklistId}" has two items with the id "${id}" ("${clash}" and "${text}"). ` +
					`End one of them with a different [#id].`,
			);
		}
		seen.set(id, text);
		const group = groups.get(li);
		items.push({
			id,
			text,
			textHash: textHash(text),
			explicit: explicit !== null,
			...(group ? { group } : {}),
		});

		const inputId = `${checklistId}--${id}`;
		box.properties = { type: 'checkbox', disabled: true, id: inputId, dataItem: id };
		const label: Element = {
			type: 'element',
			tagName: 'label',
			properties: { htmlFor: [inputId] },
			children: trimEdges(inline),
		};
		holder.children.splice(start + 1, inline.length, label);
		li.properties = { ...li.properties, id, dataItemId: id, dataTextHash: textHash(text) };
	}

	if (items.length === 0) {
		throw new ChecklistError(
			`Checklist "${checklistId}" has no task items. Write its items as a Markdown task list: "- [ ] Do the thing [#do-the-thing]".`,
		);
	}
	return { html: toHtml(tree), items };
}

function isElement(node: unknown): node is Element {
	return (node as Element | undefined)?.type === 'element';
}

function isCheckbox(node: ElementContent): node is Element {
	return isElement(node) && node.tagName === 'input' && node.properties?.['type'] === 'checkbox';
}

function firstParagraph(li: Element): Element | undefined {
	const first = li.children.find((c) => isElement(c) || (c.type === 'text' && c.value.trim()));
	return isElement(first) && first.tagName === 'p' ? first : undefined;
}

/** Removes a trailing ` [#id]` from the inline nodes and returns the id, or null. */
function stripMarker(inline: ElementContent[]): string | null {
	for (let i = inline.length - 1; i >= 0; i--) {
		const node = inline[i]!;
		if (node.type !== 'text') {
			if (isElement(node) || ('value' in node && String(node.value).trim())) return null;
			continue;
		}
		if (!node.value.trim()) continue;
		const match = marker.exec(node.value);
		if (!match) return null;
		(node as Text).value = node.value.slice(0, match.index);
		return match[1]!;
	}
	return null;
}

function trimEdges(nodes: ElementContent[]): ElementContent[] {
	const out = [...nodes];
	const first = out[0];
	if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s+/, '') };
	const last = out.at(-1);
	if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
	return out;
}

/** Maps each task item to the label of the group it is nested under. */
function collectGroups(tree: Root): Map<Element, string> {
	const groups = new Map<Element, string>();
	for (const li of selectAll('li', tree)) {
		if (li.children.some(isCheckbox) || firstParagraph(li)?.children.some(isCheckbox)) continue;
		const nested = li.children.find((c): c is Element => isElement(c) && /^(ul|ol)$/.test(c.tagName));
		if (!nested) continue;
		const label = li.children
			.filter((c) => c !== nested)
			.map((c) => toString(c as Element))
			.join('')
			.trim();
		li.properties = { ...li.properties, className: ['checklist-group'], dataGroup: label };
		for (const child of nested.children)
			if (isElement(child) && child.tagName === 'li') groups.set(child, label);
	}
	return groups;
}
