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
import { stripLadderMarker } from './ladder-marker';
import { ChecklistError, deriveId, linkLabel, textHash } from './ids';

export { ChecklistError, PageIds, claimChecklistId, deriveId, linkLabel, textHash } from './ids';

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
	/** Ladder ids from the item's `[ladder: …]` marker, if it has one. */
	competencies?: string[];
}

/** A group of items: the label of the list item they are nested under. */
export interface ChecklistGroup {
	label: string;
	/** Ladder ids from the label's `[ladder: …]` marker, if it has one. */
	competencies?: string[];
	/** Links from the group's "Train it:" line, if it has one. */
	train: { href: string; text: string }[];
}

const marker = /\s*\[#([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;

/** The words a group's line of training links starts with in English (`checklist.trainItMarker`). */
export const defaultTrainMarker = 'Train it:';

/** Transforms the rendered slot of one `<Checklist>` and returns the new HTML and its items. */
export function transformChecklist(
	html: string,
	checklistId: string,
	trainMarker = defaultTrainMarker,
): { html: string; items: ChecklistItem[]; groups: ChecklistGroup[] } {
	const tree: Root = fromHtml(html, { fragment: true });
	const { items, groups } = transformChecklistTree(tree, checklistId, trainMarker);
	return { html: toHtml(tree), items, groups };
}

/**
 * Transforms one `<Checklist>`'s content in place, as a hast tree (the Markdown pipeline's,
 * or one parsed from HTML), and returns its items and groups. `trainMarker` is the site's
 * word for a group's "Train it:" line.
 */
export function transformChecklistTree(
	tree: Root,
	checklistId: string,
	trainMarker = defaultTrainMarker,
): { items: ChecklistItem[]; groups: ChecklistGroup[] } {
	const items: ChecklistItem[] = [];
	const seen = new Map<string, string>();
	const { byItem: groups, list: groupList } = collectGroups(tree, checklistId, trainMarker);

	for (const li of selectAll('li', tree)) {
		const box = li.children.find(isCheckbox) ?? firstParagraph(li)?.children.find(isCheckbox);
		if (!box) continue;
		const holder = li.children.includes(box) ? li : firstParagraph(li)!;
		const start = holder.children.indexOf(box);
		const nestedAt = holder.children.findIndex(
			(c, i) => i > start && isElement(c) && /^(ul|ol)$/.test(c.tagName),
		);
		const inline = holder.children.slice(start + 1, nestedAt === -1 ? undefined : nestedAt);
		const competencies = stripLadderMarker(inline);
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
			...(competencies ? { competencies } : {}),
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
		li.properties = {
			...li.properties,
			id,
			dataItemId: id,
			dataTextHash: textHash(text),
			// Picked up by the site-wide "Copy link" controls (see README, "Conventions").
			dataLinkable: '',
			dataLinkLabel: linkLabel(text),
			// Pagefind leaves <label> text out of its index; it indexes this attribute in its place,
			// so a search for an item's words finds the item.
			dataPagefindIndexAttrs: 'data-item-text',
			dataItemText: text,
			...(competencies ? { dataCompetency: competencies.join(' ') } : {}),
		};
	}

	if (items.length === 0) {
		throw new ChecklistError(
			`Checklist "${checklistId}" has no task items. Write its items as a Markdown task list: "- [ ] Do the thing [#do-the-thing]".`,
		);
	}
	return { items, groups: groupList };
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

/**
 * Finds the groups (non-task items with a nested list), marks them up for the island, reads
 * their "Train it:" lines (starting with `train`, in any case), and maps each task item to
 * its group's label.
 */
function collectGroups(
	tree: Root,
	checklistId: string,
	train: string,
): { byItem: Map<Element, string>; list: ChecklistGroup[] } {
	const trainLine = new RegExp(`^\\s*${train.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
	const byItem = new Map<Element, string>();
	const list: ChecklistGroup[] = [];
	for (const li of selectAll('li', tree)) {
		if (isTask(li)) continue;
		const nested = li.children.find((c): c is Element => isElement(c) && /^(ul|ol)$/.test(c.tagName));
		if (!nested) continue;
		const labelNodes = li.children.filter((c) => c !== nested);
		const competencies = stripLadderMarker(labelNodes);
		const label = labelNodes
			.map((c) => toString(c as Element))
			.join('')
			.trim();
		const group: ChecklistGroup = { label, train: [], ...(competencies ? { competencies } : {}) };
		const labelId = `${checklistId}--group-${list.length + 1}`;
		li.properties = {
			...li.properties,
			className: ['th-checklist__group'],
			dataGroup: label,
			...(competencies ? { dataCompetency: competencies.join(' ') } : {}),
		};
		li.children = [
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['th-checklist__group-label'], id: labelId },
				// A loose list wraps the label in a <p>, which may not sit inside a <span>.
				children: trimEdges(
					labelNodes
						.flatMap((c) => (isElement(c) && c.tagName === 'p' ? c.children : [c as ElementContent]))
						.filter((c) => c.type !== 'text' || c.value.trim()),
				),
			},
			{ type: 'text', value: ' ' },
			// Filled in by the island with "2 of 4"; empty (and invisible) without JavaScript.
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['th-checklist__group-count'] },
				children: [],
			},
			nested,
		];
		nested.properties = { ...nested.properties, ariaLabelledBy: [labelId] };
		for (const child of nested.children) {
			if (!isElement(child) || child.tagName !== 'li') continue;
			if (isTask(child)) {
				byItem.set(child, label);
			} else if (trainLine.test(toString(child))) {
				if (group.train.length > 0) {
					throw new ChecklistError(
						`Checklist "${checklistId}" has two "${train}" lines in the group "${label}". Put all its links on one line.`,
					);
				}
				group.train = selectAll('a[href]', child).map((a) => ({
					href: String(a.properties['href']),
					text: toString(a).trim(),
				}));
				if (group.train.length === 0) {
					throw new ChecklistError(
						`The "${train}" line of the group "${label}" in checklist "${checklistId}" has no link. Link the playbooks that train it: "${train} [Habits](/playbooks/habits/)".`,
					);
				}
				child.properties = { ...child.properties, className: ['th-checklist__train'] };
			}
		}
		list.push(group);
	}
	const stray = selectAll('li', tree).find(
		(li) =>
			!isTask(li) &&
			!hasClass(li, 'th-checklist__train') &&
			!hasClass(li, 'th-checklist__group') &&
			trainLine.test(toString(li)),
	);
	if (stray) {
		throw new ChecklistError(
			`Checklist "${checklistId}" has a "${train}" line outside a group. Indent it under the group it trains, after the group's items.`,
		);
	}
	return { byItem, list };
}

function hasClass(element: Element, name: string): boolean {
	const classes = element.properties['className'];
	return Array.isArray(classes) && classes.includes(name);
}

function isTask(li: Element): boolean {
	return li.children.some(isCheckbox) || firstParagraph(li)?.children.some(isCheckbox) === true;
}
