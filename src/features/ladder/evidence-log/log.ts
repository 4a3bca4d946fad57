/**
 * The evidence log (the wins log of the 90-day plan) as pure logic: weekly entries, each
 * a specific thing the reader did, tagged with the competencies (and optionally the
 * behavior) it shows; and the Markdown export grouped by competency, ready for a
 * promotion conversation. The island (`EvidenceLog.astro`) wires it to the page.
 *
 * What is saved (`ladder:evidence`): the entries. Tags naming competencies or behaviors a
 * later ladder no longer has are kept as they are, and exported under their ids.
 */
import type { Codec } from '../../../kit/backup';
import { markdownText } from '../self-assessment/assessment';

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

/** Why an entry cannot be added yet, or null when it can. */
export function entryProblem(input: EntryInput): string | null {
	if (!input.text.trim()) return 'Write what you did first.';
	if (!isDay(input.week)) return 'Pick the week it happened.';
	if (input.competencies.length === 0 && !input.behavior) return 'Tag at least one competency it shows.';
	return null;
}

// Phrases that usually hide who did what; the wins-log playbook asks for the specific act.
const vague = [
	/\bcontributed to\b/i,
	/\bhelped (with|on)\b/i,
	/\bworked on\b/i,
	/\binvolved in\b/i,
	/\bparticipated in\b/i,
	/\bsupported\b/i,
];

/** A nudge when an entry reads as vague ("contributed to…"), or null. */
export function vaguenessHint(text: string): string | null {
	const hit = vague.map((re) => re.exec(text)?.[0]).find(Boolean);
	return hit
		? `"${hit}" hides what you did. Say the specific act: what you decided, wrote, fixed or led, and what changed.`
		: null;
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

/** Names the export uses for competencies and behaviors. */
export interface EvidenceExportContext {
	siteName: string;
	/** Competencies in ladder order. */
	competencies: { id: string; name: string }[];
	behaviorText: (id: string) => string | undefined;
	date: Date;
}

/**
 * The log as Markdown grouped by competency (in ladder order, then any the ladder no
 * longer has), oldest week first within each, so it reads as a story of growth.
 */
export function evidenceMarkdown(log: EvidenceLog, context: EvidenceExportContext): string {
	const lines = [
		'# Evidence log',
		'',
		`${context.siteName}, ${context.date.toISOString().slice(0, 10)}.`,
		'',
	];
	if (log.entries.length === 0) return `${lines.concat('No entries yet.').join('\n')}\n`;
	const known = new Map(context.competencies.map((c) => [c.id, c.name]));
	const unknown = [...new Set(log.entries.flatMap((e) => e.competencies))]
		.filter((id) => !known.has(id))
		.sort();
	const groups: [string, string][] = [
		...context.competencies.map((c): [string, string] => [c.id, c.name]),
		...unknown.map((id): [string, string] => [id, id]),
	];
	const oldestFirst = [...log.entries].sort((a, b) => a.week.localeCompare(b.week));
	const entryLine = (e: EvidenceEntry) => {
		const shows = e.behaviors.map((b) => context.behaviorText(b) ?? b);
		const suffix = shows.length ? ` (shows: ${shows.map(markdownText).join('; ')})` : '';
		return `- Week of ${e.week}: ${markdownText(e.text)}${suffix}`;
	};
	for (const [id, name] of groups) {
		const entries = oldestFirst.filter((e) => e.competencies.includes(id));
		if (entries.length === 0) continue;
		lines.push(`## ${name}`, '', ...entries.map(entryLine), '');
	}
	const untagged = oldestFirst.filter((e) => e.competencies.length === 0);
	if (untagged.length) lines.push('## Not tagged', '', ...untagged.map(entryLine), '');
	return `${lines.join('\n').trimEnd()}\n`;
}
