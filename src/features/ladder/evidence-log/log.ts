/**
 * The evidence log (the wins log of the 90-day plan) as pure logic: weekly entries, each
 * a specific thing the reader did, tagged with the competencies (and optionally the
 * behavior) it shows. The Markdown export is in `markdown.ts`, the sentences the page shows
 * in `text.ts`; the island (`element.ts`) wires them to the page.
 *
 * What is saved (`ladder:evidence`): the entries. Tags naming competencies or behaviors a
 * later ladder no longer has are kept as they are, and exported under their ids.
 */
import type { Codec } from '../../../kit/backup';

/** The storage name of the log (see the storage conventions in the brief). */
export const evidenceStorageName = 'ladder:evidence';

/** Longest entry kept, in characters: two or three sentences. */
export const entryMaxLength = 600;

/** One entry: what the reader did in a week, and what it shows. */
export interface EvidenceEntry {
	id: string;
	/** Monday of the week, `YYYY-MM-DD`. */
	week: string;
	text: string;
	competencies: string[];
	behaviors: string[];
}

/** Everything the log saves. */
export interface EvidenceLog {
	entries: EvidenceEntry[];
}

const isDay = (value: unknown): value is string =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Validates a saved log; throws an Error saying what is wrong. */
export const evidenceCodec: Codec<EvidenceLog> = {
	version: 1,
	parse(data) {
		const entries = (data as { entries?: unknown } | null)?.entries;
		if (!Array.isArray(entries)) throw new Error('the log has no list of entries');
		return {
			entries: entries.map((raw, i) => {
				const e = raw as Partial<EvidenceEntry> | null;
				if (typeof e !== 'object' || e === null) throw new Error(`entry ${i + 1} is not an object`);
				if (typeof e.id !== 'string' || !isDay(e.week) || typeof e.text !== 'string') {
					throw new Error(`entry ${i + 1} needs an id, a week (YYYY-MM-DD) and text`);
				}
				if (!isIdList(e.competencies) || !isIdList(e.behaviors)) {
					throw new Error(`entry ${i + 1} must list its competencies and behaviors`);
				}
				return {
					id: e.id,
					week: e.week,
					text: e.text.slice(0, entryMaxLength),
					competencies: [...e.competencies],
					behaviors: [...e.behaviors],
				};
			}),
		};
	},
};

/** The Monday (`YYYY-MM-DD`) of the week a date (`YYYY-MM-DD`) falls in. */
export function mondayOf(day: string): string {
	const date = new Date(`${day}T12:00:00Z`);
	if (Number.isNaN(date.getTime())) throw new Error(`"${day}" is not a date.`);
	const back = (date.getUTCDay() + 6) % 7;
	date.setUTCDate(date.getUTCDate() - back);
	return date.toISOString().slice(0, 10);
}

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the reader typed into the form. */
export interface EntryInput {
	week: string;
	text: string;
	competencies: string[];
	behavior?: string | undefined;
}

/** Why an entry cannot be added yet (the word `evidence.<problem>` says it), or null when it can. */
export function entryProblem(input: EntryInput): 'noText' | 'noWeek' | 'noTag' | null {
	if (!input.text.trim()) return 'noText';
	if (!isDay(input.week)) return 'noWeek';
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
	const entry: EvidenceEntry = {
		id,
		week: mondayOf(input.week),
		text: input.text.trim().slice(0, entryMaxLength),
		competencies: [...new Set([...input.competencies, ...implied])],
		behaviors,
	};
	return { entries: [entry, ...log.entries] };
}

/** The log without one entry. */
export function removeEntry(log: EvidenceLog, id: string): EvidenceLog {
	return { entries: log.entries.filter((e) => e.id !== id) };
}

/** Entries grouped by week, newest week first; within a week, newest entry first. */
export function entriesByWeek(log: EvidenceLog): { week: string; entries: EvidenceEntry[] }[] {
	const weeks = new Map<string, EvidenceEntry[]>();
	for (const entry of log.entries) weeks.set(entry.week, [...(weeks.get(entry.week) ?? []), entry]);
	return [...weeks].sort(([a], [b]) => b.localeCompare(a)).map(([week, entries]) => ({ week, entries }));
}
