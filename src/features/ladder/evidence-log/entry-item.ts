/**
 * One entry of the evidence log as the page lists it: its day, its parts (situation, what
 * was done, result, who saw it, a link), the competencies and behaviors it shows, and Delete.
 * The words and their order come from `text.ts`; this only makes the elements.
 */
import { formatDate } from '../../../kit/words';
import type { EvidenceEntry } from './log';
import { deleteLabel, entryParts, tagLine, type EntryNames } from './text';
import type { EvidenceWords } from './words';

/** The list item for `entry`, with a Delete button the element handles (`data-action="delete"`). */
export function entryItem(t: EvidenceWords, entry: EvidenceEntry, names: EntryNames): HTMLLIElement {
	const item = document.createElement('li');
	const date = item.appendChild(document.createElement('p'));
	date.className = 'th-evidence__date';
	date.textContent = formatDate(entry.date);
	const parts = item.appendChild(document.createElement('dl'));
	parts.className = 'th-evidence__parts';
	for (const part of entryParts(t, entry)) {
		parts.appendChild(document.createElement('dt')).textContent = part.label;
		const value = parts.appendChild(document.createElement('dd'));
		if (part.href)
			value.append(Object.assign(document.createElement('a'), { href: part.href, textContent: part.text }));
		else value.textContent = part.text;
	}
	const tags = item.appendChild(document.createElement('p'));
	tags.className = 'th-evidence__tags';
	tags.textContent = tagLine(t, entry, names);
	const remove = item.appendChild(document.createElement('button'));
	remove.type = 'button';
	remove.className = 'th-button';
	remove.dataset['action'] = 'delete';
	remove.dataset['entry'] = entry.id;
	remove.textContent = t['evidence.delete'];
	remove.setAttribute('aria-label', deleteLabel(t, entry));
	return item;
}
