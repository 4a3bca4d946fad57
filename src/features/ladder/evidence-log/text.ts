/** The evidence log's sentences about entries and coverage, in the page's words (`content/i18n/`). */
import { fill, formatDate, formatNumber } from '../../../kit/words';
import type { CoverageRow } from './coverage';
import type { EvidenceEntry } from './log';
import { safeLink } from './weeks';
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

/** One part of an entry as the log shows it: its label, its text, and for a link its address. */
export interface EntryPart {
	part: 'situation' | 'did' | 'result' | 'witnesses' | 'link';
	label: string;
	text: string;
	href?: string;
}

/**
 * The parts an entry has, in the playbook's order (situation, what I did, result, who saw
 * it, link); empty parts are left out. A link is only an address when it is a web address.
 */
export function entryParts(t: EvidenceWords, entry: EvidenceEntry): EntryPart[] {
	const parts: EntryPart[] = (['situation', 'did', 'result', 'witnesses'] as const).map((part) => ({
		part,
		label: t[`evidence.part.${part}`],
		text: entry[part],
	}));
	const href = safeLink(entry.link);
	const link: EntryPart = { part: 'link', label: t['evidence.part.link'], text: entry.link };
	parts.push(href ? { ...link, href } : link);
	return parts.filter((p) => p.text.trim());
}

/** The accessible name of an entry's Delete button: the word and the start of what the reader did. */
export function deleteLabel(t: EvidenceWords, entry: EvidenceEntry): string {
	return fill(t['evidence.deleteLabel'], { text: entry.did.slice(0, 60) });
}

/** The nudge beside a competency's coverage, or '' when its evidence is recent. */
export function coverageNudge(t: EvidenceWords, row: CoverageRow, staleAfterWeeks: string): string {
	if (row.nudge === 'none') return t['evidence.coverageNone'];
	if (row.nudge === 'stale') return fill(t['evidence.coverageStale'], { weeks: staleAfterWeeks });
	return '';
}

/** A coverage row's cells after its competency: entries, latest date, months, nudge (`lang`: the page's). */
export function coverageCells(
	t: EvidenceWords,
	row: CoverageRow,
	staleAfterWeeks: string,
	lang: string,
): string[] {
	return [
		formatNumber(row.entries, lang),
		row.latest ? formatDate(row.latest, lang) : t['evidence.coverageNever'],
		formatNumber(row.months, lang),
		coverageNudge(t, row, staleAfterWeeks),
	];
}
