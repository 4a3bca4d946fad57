/**
 * The evidence log's entry form: refusing what the reader typed (saying why and
 * focusing the field to fix) or making the entry, and clearing the form after. The island
 * loads this module the first time a reader adds an entry; the logic is in `entry.ts`.
 */
import type { KitWords } from '../../../kit/words';
import { addEntry, entryProblem, type EntryInput } from './entry';
import { formField, readForm } from './read-form';
import type { EvidenceLog } from './log';
import type { EvidenceWords } from './words';

/** A unique enough id for an entry in one reader's log. */
function newId(): string {
	return (
		globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
	);
}

/**
 * `log` with the entry `input` (read from the form in `root` when the reader pressed Add, tagged
 * with the competency of its behavior, `competencyOf`), or null after saying why it cannot be
 * added and focusing the field to fix.
 */
export function addFromForm(
	root: HTMLElement,
	input: EntryInput,
	t: EvidenceWords & KitWords,
	log: EvidenceLog,
	competencyOf: (behavior: string) => string | undefined,
	say: (message: string) => void,
): EvidenceLog | null {
	const problem = entryProblem(input);
	if (!problem) return addEntry(log, input, newId(), competencyOf);
	say(t[`evidence.${problem}`]);
	const focus = { noText: 'text', noDate: 'date', badLink: 'link', noTag: null }[problem];
	(focus ? formField(root, focus) : root.querySelector<HTMLElement>('[data-tag]'))?.focus();
	return null;
}

/**
 * Empties the form for the next entry (the date stays) and puts the reader at its start, unless
 * the reader has already started the next one since pressing Add (`added` is what the form held).
 * A reader who has moved to another field meanwhile (`focused` had focus at Add) stays there.
 */
export function clearForm(
	root: HTMLElement,
	tags: HTMLInputElement[],
	added: EntryInput,
	focused: Element | null,
): void {
	if (JSON.stringify(readForm(root)) != JSON.stringify(added)) return;
	for (const id of ['situation', 'text', 'result', 'witnesses', 'link', 'behavior'])
		formField(root, id).value = '';
	root.querySelector('[data-nudge]')!.textContent = '';
	for (const box of tags) box.checked = false;
	if (document.activeElement === focused) formField(root, 'situation').focus();
}
