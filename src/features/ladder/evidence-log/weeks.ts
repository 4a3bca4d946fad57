/**
 * The evidence log as its page shows it: entries week by week, deleting one, and which links
 * it may show as links. Apart from the log's codec (`log.ts`), which other islands load to
 * read the log (My growth, the agenda, the assessment's case), so they load none of this.
 */
import type { EvidenceEntry, EvidenceLog } from './log';

/** The Monday (`YYYY-MM-DD`) of the week a date (`YYYY-MM-DD`) falls in. */
export function mondayOf(day: string): string {
	const date = new Date(`${day}T12:00:00Z`);
	if (Number.isNaN(date.getTime())) throw new Error(`"${day}" is not a date.`);
	const back = (date.getUTCDay() + 6) % 7;
	date.setUTCDate(date.getUTCDate() - back);
	return date.toISOString().slice(0, 10);
}

/** The link as a web address the page may link to (http or https), or null. */
export function safeLink(link: string): string | null {
	try {
		const url = new URL(link);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}

/** The log without one entry (what it knows of the ladder stays). */
export function removeEntry(log: EvidenceLog, id: string): EvidenceLog {
	return { ...log, entries: log.entries.filter((e) => e.id !== id) };
}

/**
 * Entries grouped by the week (its Monday) they happened in, newest week first; within a
 * week, latest date first, then newest entry first.
 */
export function entriesByWeek(log: EvidenceLog): { week: string; entries: EvidenceEntry[] }[] {
	const weeks = new Map<string, EvidenceEntry[]>();
	const latestFirst = [...log.entries].sort((a, b) => b.date.localeCompare(a.date));
	for (const entry of latestFirst) {
		const week = mondayOf(entry.date);
		weeks.set(week, [...(weeks.get(week) ?? []), entry]);
	}
	return [...weeks].sort(([a], [b]) => b.localeCompare(a)).map(([week, entries]) => ({ week, entries }));
}
