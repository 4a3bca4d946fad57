/**
 * What "My growth" shows of the ladder tools, as pure logic: where the reader stands (the
 * self-assessment, one line per competency), evidence coverage with entries month by month,
 * and the drafts they are working on. No percentage anywhere: a competency is never
 * "complete", the page shows marks and dated evidence. The island (`element.ts`) reads the
 * saved data through each feature's own codec and passes it here.
 */
import {
	assessmentResults,
	normalizeLevels,
	type AssessmentCompetency,
	type AssessmentState,
} from '../ladder/self-assessment/assessment';
import { evidenceCoverage, type CoverageRow, type DatedTags } from '../ladder/evidence-log/coverage';
import type { DraftHead } from '../builders/draft-head';

/** The ladder as the page renders it for the island (`data-ladder`). */
export interface GrowthLadder {
	/** Levels in ladder order, each with the competencies it describes. */
	levels: { id: string; title: string; competencies: string[] }[];
	/** Every competency with its behaviors (text left out: the page counts, it does not list). */
	competencies: AssessmentCompetency[];
	/** The levels the self-assessment starts with, and the evidence log's stale limit. */
	current: string;
	target: string;
	staleAfterWeeks: number;
}

/** One competency's line in "Where I stand": how many behaviors in scope have each mark. */
export interface StandRow {
	id: string;
	name: string;
	evidenced: number;
	/** Ticked as seen, no evidence written yet. */
	unsupported: number;
	notYet: number;
	notApplicable: number;
}

/** The saved assessment as one line per competency in scope, with the two levels' titles. */
export function whereIStand(
	ladder: GrowthLadder,
	state: AssessmentState,
): { current: string; target: string; rows: StandRow[] } {
	const levels = normalizeLevels(ladder.levels, state.current, state.target, ladder);
	const title = (id: string) => ladder.levels.find((l) => l.id === id)!.title;
	const rows = assessmentResults(ladder.competencies, ladder.levels, { ...state, ...levels }).map((r) => ({
		id: r.competency.id,
		name: r.competency.name,
		evidenced: r.evidenced,
		unsupported: r.unsupported.length,
		notYet: r.notYet.length,
		notApplicable: r.notApplicable.length,
	}));
	return { current: title(levels.current), target: title(levels.target), rows };
}

/** The `YYYY-MM` months of the `count` months up to and including the one of `today` (`YYYY-MM-DD`). */
export function monthsUpTo(today: string, count: number): string[] {
	const [year, month] = today.split('-').map(Number) as [number, number];
	return Array.from({ length: count }, (_, i) => {
		const back = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
		return back.toISOString().slice(0, 7);
	});
}

/** One competency's coverage, with how many of its entries fall in each month shown. */
export interface CoverageLine extends CoverageRow {
	perMonth: number[];
}

/**
 * Evidence coverage of the target level (the saved assessment's, or the ladder's default):
 * per competency, the evidence log's coverage row plus its entries in each of `months`.
 */
export function coverageByMonth(
	ladder: GrowthLadder,
	entries: DatedTags[],
	target: string,
	today: string,
	months: string[],
): { level: string; rows: CoverageLine[] } {
	const level =
		ladder.levels.find((l) => l.id === target) ?? ladder.levels.find((l) => l.id === ladder.target)!;
	const names = new Map(ladder.competencies.map((c) => [c.id, c.name]));
	const competencies = level.competencies.map((id) => ({ id, name: names.get(id) ?? id }));
	const rows = evidenceCoverage(entries, competencies, today, ladder.staleAfterWeeks).map((row) => {
		const dates = entries.filter((e) => e.competencies.includes(row.id)).map((e) => e.date.slice(0, 7));
		return { ...row, perMonth: months.map((m) => dates.filter((d) => d === m).length) };
	});
	return { level: level.title, rows };
}

/** A builder on this site, as the page renders it for the island (`data-builders`). */
export interface BuilderInfo {
	kind: string;
	/** The page that holds the builder, with the site's base path. */
	url: string;
	/** Each variant's label, by id: what a draft is ("Growth plan", "1:1 agenda"). */
	variants: Record<string, string>;
	/** True to list every draft (growth plans); otherwise only the newest (the next agenda). */
	all: boolean;
}

/** A saved draft and its id (the end of its storage name). */
export interface SavedDraft extends DraftHead {
	id: string;
}

/** One draft in "What I am working on". */
export interface WorkItem {
	name: string;
	/** What it is: its variant's label. */
	what: string;
	/** When it was started and last edited (ISO 8601). */
	created: string;
	updated: string;
	/** Its builder's page, asked to open this draft (`?draft=<id>`). */
	url: string;
}

/** The builder page at `url` (maybe with a `#fragment`), asked to open draft `id`. */
export function draftUrl(url: string, id: string): string {
	const [page, fragment] = url.split('#');
	return `${page}?draft=${encodeURIComponent(id)}${fragment === undefined ? '' : `#${fragment}`}`;
}

/**
 * The drafts to list, builder by builder in the order given: every draft of a builder that
 * lists all, the newest of the others; newest first within a builder.
 */
export function workItems(builders: BuilderInfo[], drafts: Map<string, SavedDraft[]>): WorkItem[] {
	return builders.flatMap((b) =>
		[...(drafts.get(b.kind) ?? [])]
			.sort((x, y) => y.updated.localeCompare(x.updated))
			.slice(0, b.all ? undefined : 1)
			.map((d) => ({
				name: d.name,
				what: b.variants[d.variant] ?? Object.values(b.variants)[0] ?? b.kind,
				created: d.created,
				updated: d.updated,
				url: draftUrl(b.url, d.id),
			})),
	);
}
