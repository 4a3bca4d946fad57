/**
 * Adding an entry to the evidence log: what the reader typed, why it cannot be added yet,
 * the nudge for a vague one, and the entry it makes. The island loads this module the first
 * time a reader types or adds an entry, so a visit that only reads the log loads less.
 */
import { entryMaxLength, isDay, linkMaxLength, type EvidenceEntry, type EvidenceLog } from './log';
import { safeLink } from './weeks';

/** What the reader typed into the form: the entry's parts, and the one behavior it may show. */
export type EntryInput = Pick<
	EvidenceEntry,
	'date' | 'situation' | 'did' | 'result' | 'witnesses' | 'link' | 'competencies'
> & { behavior?: string | undefined };

/** Why an entry cannot be added yet (the word `evidence.<problem>` says it), or null when it can. */
export function entryProblem(input: EntryInput): 'noText' | 'noDate' | 'noTag' | 'badLink' | null {
	if (!input.did.trim()) return 'noText';
	if (!isDay(input.date)) return 'noDate';
	if (input.link.trim() && !safeLink(input.link.trim())) return 'badLink';
	if (input.competencies.length === 0 && !input.behavior) return 'noTag';
	return null;
}

/**
 * The first phrase of `phrases` (comma-separated, from the word `evidence.vaguePhrases`)
 * that `text` uses as whole words, as written in `text`, or null. Such phrases ("contributed
 * to…") usually hide who did what; the wins-log playbook asks for the specific act.
 */
export function vaguePhrase(text: string, phrases: string): string | null {
	for (const phrase of phrases.split(',')) {
		const words = phrase
			.trim()
			.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
			.replace(/\s+/g, '\\s+');
		if (!words) continue;
		const hit = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
		if (hit) return hit[0];
	}
	return null;
}

/**
 * Adds an entry (newest first). The behavior's competency is tagged too, so an entry
 * always appears under the competency it shows.
 */
export function addEntry(
	log: EvidenceLog,
	input: EntryInput,
	id: string,
	competencyOfBehavior: (behavior: string) => string | undefined,
): EvidenceLog {
	const behaviors = input.behavior ? [input.behavior] : [];
	const implied = behaviors.map(competencyOfBehavior).filter((c): c is string => Boolean(c));
	const part = (text: string) => text.trim().slice(0, entryMaxLength);
	const entry: EvidenceEntry = {
		id,
		date: input.date,
		situation: part(input.situation),
		did: part(input.did),
		result: part(input.result),
		witnesses: part(input.witnesses),
		link: input.link.trim().slice(0, linkMaxLength),
		competencies: [...new Set([...input.competencies, ...implied])],
		behaviors,
	};
	return { ...log, entries: [entry, ...log.entries] };
}
