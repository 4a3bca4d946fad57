/** The evidence log's sentences about one entry, in the page's words (`content/i18n/`). */
import { fill } from '../../../kit/words';
import type { EvidenceEntry } from './log';
import type { EvidenceWords } from './words';

/** Names for the ids an entry is tagged with; an id the ladder no longer has is shown as it is. */
export interface EntryNames {
	competency(id: string): string | undefined;
	behavior(id: string): string | undefined;
}

/** The line under an entry: the competencies it is tagged with, then each behavior it shows. */
export function tagLine(t: EvidenceWords, entry: EvidenceEntry, names: EntryNames): string {
	const competencies = entry.competencies.map((id) => names.competency(id) ?? id).join(', ');
	const shows = entry.behaviors.map((id) =>
		fill(t['evidence.shows'], { behavior: names.behavior(id) ?? id }),
	);
	return [competencies, ...shows].filter(Boolean).join(' · ');
}

/** The accessible name of an entry's Delete button: the word and the start of the entry. */
export function deleteLabel(t: EvidenceWords, entry: EvidenceEntry): string {
	return fill(t['evidence.deleteLabel'], { text: entry.text.slice(0, 60) });
}
