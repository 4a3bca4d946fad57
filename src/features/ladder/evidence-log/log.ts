/**
 * The evidence log (the tool of the wins-log playbook) as pure logic: entries in the
 * playbook's parts (date, situation, what the reader did, result, who saw it, link), each
 * tagged with the competencies (and optionally the behavior) it shows. The Markdown export is in `markdown.ts`, the sentences the page shows
 * in `text.ts`, the log week by week in `weeks.ts`; the island (`element.ts`, drawing in `draw.ts`) wires them to the page.
 *
 * What is saved (`ladder:evidence`, version 3): the entries, the ladder the reader last
 * acknowledged (`seen`) and the tags a ladder change set aside (`archive`, see
 * `../islands/ladder-state.ts`): when the ladder renames a competency or behavior, tags follow
 * its `replaces`; tags for ones it removed move to the archive, which backups include. Version
 * 1 entries (a week and a text) and version 2 logs (no `seen`, no archive) are migrated on
 * read; the older copy stays where it was.
 */
import type { Codec } from '../../../kit/backup';
import { parseLadderParts, type LadderParts } from '../islands/ladder-state';
// The day is in `day.ts` (the page's script sets the form's date with it); part of this module's API too.
export { localDay } from './day';

/** The storage name of the log (see the storage conventions in the brief). */
export const evidenceStorageName = 'ladder:evidence';

/**
 * One entry, in the parts the wins-log playbook asks for: when, the situation, what the
 * reader did, the result, who saw it, a link, and the competencies (and behaviors) it shows.
 */
export interface EvidenceEntry {
	id: string;
	/** The day it happened, `YYYY-MM-DD`. */
	date: string;
	situation: string;
	/** What the reader did: the one part every entry has. */
	did: string;
	result: string;
	/** Who saw it: people who could confirm it. */
	witnesses: string;
	/** A PR, doc or thread, or empty. */
	link: string;
	competencies: string[];
	behaviors: string[];
}

/** Everything the log saves. The log keeps no marks: its archive's `marks` stay empty. */
export interface EvidenceLog extends LadderParts<never> {
	entries: EvidenceEntry[];
}

/** Longest text kept in each of an entry's fields, in characters: two or three sentences. */
export const entryMaxLength = 600;

/** Longest link kept, in characters. */
export const linkMaxLength = 500;

/** True for a day written `YYYY-MM-DD`. */
export const isDay = (value: unknown): value is string =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');
const textParts = ['situation', 'did', 'result', 'witnesses'] as const;

/**
 * Version 1 held a week (its Monday) and one text per entry. Its text becomes what the
 * reader did and its week the date; nothing else is dropped (unknown fields stay, and a
 * value that is not a v1 log is passed on for `parse` to refuse and set aside).
 */
function fromVersion1(data: unknown): unknown {
	const entries = (data as { entries?: unknown } | null)?.entries;
	if (!Array.isArray(entries)) return data;
	return {
		...(data as object),
		entries: entries.map((raw) => {
			if (typeof raw !== 'object' || raw === null) return raw;
			const { week, text, ...rest } = raw as Record<string, unknown>;
			return { situation: '', result: '', witnesses: '', link: '', ...rest, date: week, did: text };
		}),
	};
}

/** Validates a saved log; throws an Error saying what is wrong. */
export const evidenceCodec: Codec<EvidenceLog> = {
	version: 3,
	// Version 3 added `seen` and `archive`, both optional: version 2 data is valid as it is.
	migrations: { 1: fromVersion1, 2: (data) => data },
	parse(data) {
		const entries = (data as { entries?: unknown } | null)?.entries;
		if (!Array.isArray(entries)) throw new Error('the log has no list of entries');
		return {
			...parseLadderParts(data as Record<string, unknown>, () => {
				throw new Error('the evidence log archives no marks');
			}),
			entries: entries.map((raw, i) => {
				const e = raw as Record<string, unknown> | null;
				if (typeof e !== 'object' || e === null) throw new Error(`entry ${i + 1} is not an object`);
				if (typeof e['id'] !== 'string' || !isDay(e['date']) || typeof e['did'] !== 'string') {
					throw new Error(`entry ${i + 1} needs an id, a date (YYYY-MM-DD) and what you did`);
				}
				if (![...textParts, 'link'].every((part) => typeof e[part] === 'string')) {
					throw new Error(`entry ${i + 1} needs text (maybe empty) for ${textParts.join(', ')} and link`);
				}
				if (!isIdList(e['competencies']) || !isIdList(e['behaviors'])) {
					throw new Error(`entry ${i + 1} must list its competencies and behaviors`);
				}
				const part = (name: (typeof textParts)[number]) => (e[name] as string).slice(0, entryMaxLength);
				return {
					id: e['id'],
					date: e['date'],
					situation: part('situation'),
					did: part('did'),
					result: part('result'),
					witnesses: part('witnesses'),
					link: (e['link'] as string).slice(0, linkMaxLength),
					competencies: [...e['competencies']],
					behaviors: [...e['behaviors']],
				};
			}),
		};
	},
};
