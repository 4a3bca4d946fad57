/**
 * What the evidence log's form holds, read the moment the reader presses Add. It loads with the
 * page: adding loads on first use, and by the time it arrives the reader may have started typing
 * the next entry, which must not be what gets added.
 */
import type { EntryInput } from './entry';

/** The form field `id` (`#evidence_<id>`) inside `root`. */
export const formField = (root: HTMLElement, id: string) =>
	root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#evidence_${id}`)!;

/** The entry the form in `root` holds now, tagged with its checked competencies (`[data-tag]`). */
export function readForm(root: HTMLElement): EntryInput {
	const value = (id: string) => formField(root, id).value;
	return {
		date: value('date'),
		situation: value('situation'),
		did: value('text'),
		result: value('result'),
		witnesses: value('witnesses'),
		link: value('link'),
		competencies: [...root.querySelectorAll<HTMLInputElement>('[data-tag]:checked')].map((box) => box.value),
		behavior: value('behavior') || undefined,
	};
}
