/**
 * The evidence log's entry form: reading what the reader typed, refusing it (saying why and
 * focusing the field to fix) or making the entry, and clearing the form after. The island
 * loads this module the first time a reader adds an entry; the logic is in `entry.ts`.
 */
import type { KitWords } from '../../../kit/words';
import { addEntry, entryProblem } from './entry';
import type { EvidenceLog } from './log';
import type { EvidenceWords } from './words';

/** A unique enough id for an entry in one reader's log. */
function newId(): string {
	return (
		globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
	);
}

const field = (root: HTMLElement, id: string) =>
	root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#evidence_${id}`)!;

/**
 * `log` with the entry the form in `root` holds (tagged with the checked `tags` and the
 * competency of its behavior, `competencyOf`), or null after saying why it cannot be added
 * and focusing the field to fix.
 */
export function addFromForm(
	root: HTMLElement,
	tags: HTMLInputElement[],
	t: EvidenceWords & KitWords,
	log: EvidenceLog,
	competencyOf: (behavior: string) => string | undefined,
	say: (message: string) => void,
): EvidenceLog | null {
	const input = {
		date: field(root, 'date').value,
		situation: field(root, 'situation').value,
		did: field(root, 'text').value,
		result: field(root, 'result').value,
		witnesses: field(root, 'witnesses').value,
		link: field(root, 'link').value,
		competencies: tags.filter((box) => box.checked).map((box) => box.value),
		behavior: field(root, 'behavior').value || undefined,
	};
	const problem = entryProblem(input);
	if (!problem) return addEntry(log, input, newId(), competencyOf);
	say(t[`evidence.${problem}`]);
	const focus = { noText: 'text', noDate: 'date', badLink: 'link', noTag: null }[problem];
	(focus ? field(root, focus) : tags[0])?.focus();
	return null;
}

/** Empties the form for the next entry (the date stays) and puts the reader at its start. */
export function clearForm(root: HTMLElement, tags: HTMLInputElement[]): void {
	for (const id of ['situation', 'text', 'result', 'witnesses', 'link', 'behavior'])
		field(root, id).value = '';
	root.querySelector('[data-nudge]')!.textContent = '';
	for (const box of tags) box.checked = false;
	field(root, 'situation').focus();
}
