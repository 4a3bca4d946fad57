/**
 * The shapes of the career ladder: what a team's YAML becomes once it is validated, and
 * the inputs the builder takes (file texts and the site's pages), so the builder runs the
 * same in a unit test, at config time and in a fixture build.
 */

/**
 * Ids the generated pages use for their own headings (the overview's "Levels" and "Use
 * the ladder", a competency's "Suggest a change"); a ladder id equal to one would give a
 * page two elements with one id.
 */
export const reservedIds = ['levels', 'use-the-ladder', 'suggest-a-change'] as const;

/** One level of the ladder. */
export interface Level {
	id: string;
	title: string;
	order: number;
	summary: string;
}

/** A group of competencies. */
export interface Group {
	id: string;
	name: string;
	summary?: string | undefined;
}

/** One behavior, with where it sits in the ladder. */
export interface Behavior {
	id: string;
	text: string;
	/** Id of the earlier behavior of the same competency this one grows out of. */
	grows?: string | undefined;
	competency: string;
	level: string;
	/** Ids of earlier behaviors this one renames or merges. */
	replaces: string[];
	/** Short hash of the text, so a reader's saved data can tell when it was reworded. */
	fingerprint: string;
}

/** A competency at one level. */
export interface CompetencyLevel {
	summary: string;
	behaviors: Behavior[];
	evidence: string;
	practice: string;
	/** Page slugs under content/docs, e.g. "playbooks/growth-plan". */
	playbooks: string[];
}

/** One competency. `levels` has an entry only for the levels the competency describes. */
export interface Competency {
	id: string;
	name: string;
	group: string;
	summary: string;
	/** The file it came from, relative to the project root. */
	file: string;
	/** Ids of earlier competencies this one renames or merges. */
	replaces: string[];
	levels: Record<string, CompetencyLevel>;
}

/** A dated note on one published version of the ladder. */
export interface HistoryEntry {
	version: number;
	/** `YYYY-MM-DD`. */
	date: string;
	notes: string;
}

/** The validated ladder. Levels are sorted by order; competencies by group, order, name. */
export interface Ladder {
	title: string;
	summary: string;
	file: string;
	levels: Level[];
	groups: Group[];
	competencies: Competency[];
	/** Levels the self-assessment starts with. */
	assessment: { current: string; target: string };
	/** How the evidence log judges coverage: weeks after which the latest evidence is stale. */
	evidence: { staleAfterWeeks: number };
	/** The published version (1 when ladder.yaml does not say). */
	version: number;
	/** One note per version, newest first; empty when ladder.yaml has none. */
	history: HistoryEntry[];
}

/** A file's path (relative to the project root) and its text. */
export interface SourceFile {
	file: string;
	text: string;
}

/** What the ladder needs to know about a page of the site. */
export interface PageInfo {
	/** Path under content/docs without extension, e.g. "playbooks/growth-plan". */
	slug: string;
	/** The file, relative to the project root. */
	file: string;
	/** The page's `skills` frontmatter, if any. */
	skills?: unknown;
	/** Line of each `skills` entry in the file, when known. */
	skillLines?: number[] | undefined;
}

/** One mistake in the content. */
export interface LadderProblem {
	file: string;
	/** Path inside the file, e.g. ["levels", "senior", "behaviors", 1, "id"]. */
	path: (string | number)[];
	line?: number | undefined;
	message: string;
}
