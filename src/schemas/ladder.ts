/**
 * What a career ladder looks like on disk, in `content/ladder/`:
 *
 * - `ladder.yaml`: the ladder's title and introduction, its levels and its groups.
 * - `competencies/<id>.yaml`: one competency each, with what it looks like at each level.
 *
 * These schemas check the shape of one file. Checks across files (a competency's group
 * exists, a behavior id is used once in the whole ladder, a playbook exists) live in
 * `src/features/ladder/validate.ts`. Every message says what is wrong and how to fix it, in words a
 * team editing YAML can act on.
 */
import { z } from 'astro/zod';

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A permanent id: lower-case words joined by dashes. It becomes part of URLs and anchors. */
export const ladderId = z
	.string()
	.regex(idPattern, 'Use lower-case letters, digits and single dashes only, e.g. "system-design".');

/** A page of the site, written as its path under content/docs without the extension. */
export const pageSlug = z
	.string()
	.regex(
		/^[a-z0-9][a-z0-9/-]*[a-z0-9]$/,
		'Write the page as its path under content/docs without ".mdx", e.g. "playbooks/growth-plan".',
	);

const text = (what: string) => z.string().trim().min(1, `Write ${what}; it is empty.`);

/** One level of the ladder, e.g. "Senior engineer". */
export const levelSchema = z.strictObject({
	/** Permanent id, used in URLs (`/ladder/levels/senior/`) and in competency files. */
	id: ladderId.describe('Permanent id of the level, used in URLs and in competency files.'),
	/** The level's name as readers see it. */
	title: text('the level title, e.g. "Senior engineer"').describe('The level as readers see it.'),
	/** Position on the ladder: lower numbers come first. */
	order: z
		.number()
		.int('Use a whole number for order, e.g. 3.')
		.describe('Position on the ladder; lower numbers come first.'),
	/** One line on what the level is about. */
	summary: text('a one-line summary of the level').describe('One line on what the level is about.'),
});

/** A group of competencies, e.g. "Technical". */
export const groupSchema = z.strictObject({
	/** Permanent id that competency files name in their `group` field. */
	id: ladderId.describe('Permanent id that competency files name in their group field.'),
	/** The group's name as readers see it. */
	name: text('the group name, e.g. "Technical"').describe('The group as readers see it.'),
	/** Optional: one line on what the group covers. */
	summary: text('a one-line summary of the group, or remove the field').optional(),
});

/** A calendar day written `YYYY-MM-DD` that exists (no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A published version of the ladder. Versions are whole numbers counted up by one: they
 * sort and compare as numbers, and YAML cannot mangle them (`2026.10` would be read as
 * the number 2026.1).
 */
export const ladderVersion = z
	.number()
	.int('Write the version as a whole number, e.g. 2.')
	.min(1, 'Versions start at 1: write a whole number above 0, e.g. 1.');

/** One published version of the ladder and what it changed, in `history`. */
export const historyEntrySchema = z.strictObject({
	/** The version this note is about. */
	version: ladderVersion.describe('The version this note is about.'),
	/** The day it was published, `YYYY-MM-DD`. */
	date: z
		.string()
		.refine(isCalendarDay, 'Write the date as a real day, YYYY-MM-DD, e.g. 2026-11-30.')
		.describe('The day the version was published, YYYY-MM-DD.'),
	/** What changed, for readers whose saved marks were made on an earlier version. */
	notes: text('what changed in this version, e.g. "Merged two code review behaviors."').describe(
		'What changed in this version, in a sentence or two.',
	),
});

/** `content/ladder/ladder.yaml`: title, introduction, levels and groups. */
export const ladderFileSchema = z.strictObject({
	/** Title of the ladder overview page. */
	title: text('the ladder title, e.g. "Engineering ladder"').describe('Title of the ladder overview page.'),
	/** A paragraph introducing the ladder on its overview page. */
	summary: text('a paragraph introducing the ladder').describe('Introduces the ladder on its overview page.'),
	/** The levels, from first to last by `order`. */
	levels: z.array(levelSchema).min(2, 'List at least two levels: a ladder needs somewhere to go.'),
	/** The groups competencies belong to, in the order the pages show them. */
	groups: z.array(groupSchema).min(1, 'List at least one group, e.g. { id: technical, name: Technical }.'),
	/** Optional (1 when absent): the version of the ladder, raised by one per published change. */
	version: ladderVersion
		.optional()
		.describe('The version of the ladder, raised by one per published change.'),
	/** Optional: one dated note per version, newest first; required once `version` is written. */
	history: z
		.array(historyEntrySchema)
		.optional()
		.describe('One dated note per published version, newest first.'),
	/** Optional: the levels the self-assessment starts with before a reader picks their own. */
	assessment: z
		.strictObject({
			/** Id of the level a new reader is assumed to be at. */
			current: ladderId,
			/** Id of the level a new reader is assumed to aim for. */
			target: ladderId,
		})
		.optional(),
	/** Optional: how the evidence log judges evidence coverage. */
	evidence: z
		.strictObject({
			/** Weeks after which a competency's latest evidence counts as stale (default 6). */
			staleAfterWeeks: z
				.number()
				.int('Use a whole number of weeks for staleAfterWeeks, e.g. 6.')
				.min(1, 'Use at least 1 week for staleAfterWeeks, e.g. 6.')
				.max(104, 'Use at most 104 weeks (two years) for staleAfterWeeks, e.g. 6.')
				.optional()
				.describe('Weeks after which the latest evidence of a competency counts as stale.'),
		})
		.optional(),
});

/** Weeks after which evidence counts as stale when `ladder.yaml` does not say. */
export const defaultStaleAfterWeeks = 6;

/** One observable behavior that shows a competency at a level. */
export const behaviorSchema = z.strictObject({
	/** Permanent anchor, unique in the whole ladder; keep it when you reword the text. */
	id: ladderId.describe('Permanent anchor, unique in the whole ladder; keep it when you reword the text.'),
	/** What someone at this level does, as an observer would see it. */
	text: text('the behavior, as something an observer could see someone do').describe(
		'What someone at this level does, as an observer would see it.',
	),
	/** Optional: id of the behavior at an earlier level that this one grows out of. */
	grows: ladderId
		.optional()
		.describe('Id of the behavior at an earlier level of this competency that this one grows out of.'),
	/** Optional: ids of behaviors this one renames or merges; they stay retired. */
	replaces: z
		.array(ladderId)
		.optional()
		.describe('Ids of earlier behaviors this one renames or merges; they stay retired.'),
});

/** What a competency looks like at one level. */
export const competencyLevelSchema = z.strictObject({
	/** One line for the ladder overview table. */
	summary: text('a one-line summary for the overview table').describe('One line for the overview table.'),
	/** The behaviors that show the competency at this level. */
	behaviors: z
		.array(behaviorSchema)
		.min(1, 'List at least one behavior, e.g. - { id: debug-root-cause, text: "Finds why ..." }.'),
	/** One example of evidence someone could bring to show it. */
	evidence: text('an example of evidence someone could bring').describe(
		'One example of evidence someone could bring.',
	),
	/** How to practice it at this level. */
	practice: text('how to practice at this level').describe('How to practice it at this level.'),
	/** Pages (usually playbooks) that train it, as paths under content/docs. */
	playbooks: z.array(pageSlug).default([]).describe('Pages that train it, as paths under content/docs.'),
});

/** `content/ladder/competencies/<id>.yaml`: one competency. */
export const competencyFileSchema = z.strictObject({
	/** Permanent id: playbooks name it in their `skills` field, and it is in the URL. */
	id: ladderId.describe('Permanent id; playbooks list it in their skills field.'),
	/** The competency's name as readers see it. */
	name: text('the competency name, e.g. "Debugging complex systems"').describe(
		'The competency as readers see it.',
	),
	/** Id of a group from ladder.yaml. */
	group: ladderId.describe('Id of a group listed in ladder.yaml.'),
	/** Optional: position within its group; lower numbers first, then by name. */
	order: z.number().int('Use a whole number for order, e.g. 2.').optional(),
	/** One or two sentences on what the competency is. */
	summary: text('one or two sentences on what the competency is').describe(
		'One or two sentences on what the competency is.',
	),
	/** Optional: ids of competencies this one renames or merges; they stay retired. */
	replaces: z
		.array(ladderId)
		.optional()
		.describe('Ids of earlier competencies this one renames or merges; they stay retired.'),
	/** What the competency looks like at each level, keyed by level id. */
	levels: z
		.record(z.string(), competencyLevelSchema)
		.describe('What the competency looks like at each level, keyed by level id.'),
});

/** The shape of `ladder.yaml` after validation. */
export type LadderFile = z.infer<typeof ladderFileSchema>;
/** The shape of one competency file after validation. */
export type CompetencyFile = z.infer<typeof competencyFileSchema>;

/** Field names each part of the ladder accepts, for "did you mean" suggestions. */
export const knownFields: Record<string, readonly string[]> = {
	ladder: Object.keys(ladderFileSchema.shape),
	level: Object.keys(levelSchema.shape),
	history: Object.keys(historyEntrySchema.shape),
	group: Object.keys(groupSchema.shape),
	competency: Object.keys(competencyFileSchema.shape),
	competencyLevel: Object.keys(competencyLevelSchema.shape),
	behavior: Object.keys(behaviorSchema.shape),
};

/** What to write when a required field is missing, by field name. */
export const missingFieldHints: Record<string, string> = {
	id: 'Add an id: lower-case words joined by dashes, e.g. "system-design". Never change it once published.',
	title: 'Add a title, e.g. "Senior engineer".',
	name: 'Add a name, e.g. "Debugging complex systems".',
	order: 'Add order: a whole number; lower numbers come first.',
	summary: 'Add a summary of one line.',
	levels: 'Add the levels.',
	groups: 'Add the groups, e.g. - { id: technical, name: Technical }.',
	group: 'Add group: the id of a group listed in content/ladder/ladder.yaml.',
	behaviors: 'Add behaviors: a list of { id, text }.',
	text: 'Add text: the behavior, as something an observer could see.',
	evidence: 'Add evidence: one example of what someone could show.',
	practice: 'Add practice: how to practice at this level.',
	current: 'Add current: a level id.',
	target: 'Add target: a level id.',
	version: 'Add version: the whole number of the version this note is about, e.g. 2.',
	date: 'Add date: the day the version was published, YYYY-MM-DD.',
	notes: 'Add notes: what changed in this version, in a sentence or two.',
};

/** What to write when a field holds the wrong kind of value, by field name. */
export const wrongTypeHints: Record<string, string> = {
	version:
		'Write the version as a whole number, e.g. version: 2 (not "2026.11"): raise it by one each time you publish a change.',
	date: 'Write the date as YYYY-MM-DD, e.g. 2026-11-30.',
	replaces: 'Write replaces as a list of old ids, e.g. replaces: [old-id].',
};
