/**
 * Ids of checklist items: the hash of an item's text, the id derived from it, and the checks
 * that keep ids unique on a page and across the site. `items.ts` uses and re-exports them.
 */
import type { ChecklistItem } from './items';

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

/** A short label for an item's link: its text, cut at a word boundary near `max` characters. */
export function linkLabel(text: string, max = 60): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
	return `${(cut || text.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

/** Error thrown for a checklist an author must fix; the message says how. */
export class ChecklistError extends Error {}

/**
 * The ids already used on one page (headings, checklists, items), so two checklists on a
 * page cannot give two things the same link.
 */
export class PageIds {
	#used = new Map<string, string>();
	#checklists = new Set<string>();

	constructor(headings: readonly { slug: string; text: string }[] = []) {
		for (const heading of headings) this.#used.set(heading.slug, `the heading "${heading.text}"`);
	}

	/** Records one checklist's items; throws a ChecklistError on a clash. */
	claim(checklistId: string, items: readonly Pick<ChecklistItem, 'id' | 'text'>[]): void {
		if (this.#checklists.has(checklistId)) {
			throw new ChecklistError(
				`Two checklists on this page have the id "${checklistId}". Give each <Checklist> its own id.`,
			);
		}
		this.#checklists.add(checklistId);
		for (const item of items) {
			const owner = this.#used.get(item.id);
			if (owner !== undefined) {
				throw new ChecklistError(
					`Checklist "${checklistId}" has an item with the id "${item.id}" ("${item.text}"), which is already ` +
						`the id of ${owner} on this page, so the link #${item.id} would lead to two places. ` +
						`End the item with a different [#id].`,
				);
			}
			this.#used.set(item.id, `an item of checklist "${checklistId}"`);
		}
	}
}

const siteChecklists = new Map<string, string>();

/**
 * Records that checklist `checklistId` is in `file`; throws a ChecklistError if another
 * file already has a checklist with that id (the two would share a reader's saved ticks).
 * The registry lasts for the whole build.
 */
export function claimChecklistId(checklistId: string, file: string, registry = siteChecklists): void {
	const other = registry.get(checklistId);
	if (other !== undefined && other !== file) {
		throw new ChecklistError(
			`The checklist id "${checklistId}" is also used in ${other}. Readers' ticks are saved by checklist id, ` +
				`so give this <Checklist> an id of its own.`,
		);
	}
	registry.set(checklistId, file);
}
