/**
 * Evidence coverage for a level: per competency, how many entries, the latest date, in how
 * many distinct months, and a nudge where there is none or none recent. Deliberately no
 * percentage: a competency is never "complete", evidence only gets thin or old.
 */

/** What coverage needs of an entry. */
export interface DatedTags {
	/** `YYYY-MM-DD`. */
	date: string;
	competencies: string[];
}

/** Why a competency needs evidence: none at all, or none newer than the stale limit. */
export type CoverageNudge = 'none' | 'stale';

/** One competency's coverage. */
export interface CoverageRow {
	id: string;
	name: string;
	entries: number;
	/** The latest entry's date, `YYYY-MM-DD`, or null when there is none. */
	latest: string | null;
	/** Distinct calendar months with at least one entry. */
	months: number;
	nudge: CoverageNudge | null;
}

/** The day `weeks` weeks before `day` (both `YYYY-MM-DD`). */
export function weeksBefore(day: string, weeks: number): string {
	const date = new Date(`${day}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() - weeks * 7);
	return date.toISOString().slice(0, 10);
}

/**
 * Coverage of `competencies` (those of the target level, in ladder order) by `entries`,
 * on `today` (`YYYY-MM-DD`): evidence older than `staleAfterWeeks` weeks gets a nudge.
 */
export function evidenceCoverage(
	entries: DatedTags[],
	competencies: { id: string; name: string }[],
	today: string,
	staleAfterWeeks: number,
): CoverageRow[] {
	const cutoff = weeksBefore(today, staleAfterWeeks);
	return competencies.map(({ id, name }) => {
		const dates = entries.filter((e) => e.competencies.includes(id)).map((e) => e.date);
		const latest = dates.reduce<string | null>((max, d) => (max === null || d > max ? d : max), null);
		const nudge = latest === null ? 'none' : latest < cutoff ? 'stale' : null;
		return {
			id,
			name,
			entries: dates.length,
			latest,
			months: new Set(dates.map((d) => d.slice(0, 7))).size,
			nudge,
		};
	});
}
