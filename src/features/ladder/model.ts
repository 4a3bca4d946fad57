/**
 * The career ladder as the site uses it: parsed from the YAML a team edits, validated
 * across files, and queried by the generated pages.
 *
 * `buildLadder` takes file contents (not paths), so it runs the same in a unit test, at
 * config time and in a fixture build. It never stops at the first mistake: it collects
 * every problem, each with the file, the line, the path inside the file
 * (`levels.senior.behaviors[1].id`), what is wrong and how to fix it, and throws them
 * together as one `LadderError`.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { formatPath } from '../../schemas/errors';
import {
	competencyFileSchema,
	knownFields,
	ladderFileSchema,
	missingFieldHints,
	type CompetencyFile,
	type LadderFile,
} from '../../schemas/ladder';

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
	levels: Record<string, CompetencyLevel>;
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

/** All the mistakes found, as one error whose message lists them by file. */
export class LadderError extends Error {
	readonly problems: LadderProblem[];
	constructor(problems: LadderProblem[]) {
		super(formatProblems(problems));
		this.name = 'LadderError';
		this.problems = problems;
	}
}

/** The readable report of every problem, grouped by file. */
export function formatProblems(problems: readonly LadderProblem[]): string {
	const byFile = new Map<string, LadderProblem[]>();
	for (const problem of problems) {
		const list = byFile.get(problem.file) ?? [];
		list.push(problem);
		byFile.set(problem.file, list);
	}
	const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
	const sections = [...byFile].map(([file, list]) => {
		const lines = list.map((p) => {
			const where = [p.line ? `line ${p.line}` : '', p.path.length ? formatPath(p.path) : '']
				.filter(Boolean)
				.join(', ');
			return `  - ${where ? `${where}: ` : ''}${p.message}`;
		});
		return `${file}\n${lines.join('\n')}`;
	});
	return `The ladder has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again.\n\n${sections.join('\n\n')}`;
}

interface Parsed {
	file: string;
	data: unknown;
	lineOf(path: readonly (string | number)[]): number | undefined;
}

function parseYaml(source: SourceFile, problems: LadderProblem[]): Parsed | null {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(source.text, { lineCounter });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const first = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
			problems.push({
				file: source.file,
				path: [],
				line: error.linePos?.[0].line,
				message: `This is not valid YAML (${first}). Check the indentation and that text containing ": " is in quotes.`,
			});
		}
		return null;
	}
	const lineOf = (path: readonly (string | number)[]) => {
		// A missing field has no node: report the line of the nearest thing that exists.
		for (let n = path.length; n >= 0; n--) {
			const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
		}
		return undefined;
	};
	return { file: source.file, data: doc.toJS(), lineOf };
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** The closest of `options` to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, options: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const option of options) {
		const score = distance(value.toLowerCase(), option.toLowerCase());
		if (score < bestScore) [best, bestScore] = [option, score];
	}
	return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

const quoteList = (values: Iterable<string>) => [...values].map((v) => `"${v}"`).join(', ');

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** Which kind of object sits at `path` in a file, for listing the fields it accepts. */
function fieldKind(fileKind: 'ladder' | 'competency', path: readonly PropertyKey[]): string {
	if (fileKind === 'ladder') {
		if (path[0] === 'levels') return 'level';
		if (path[0] === 'groups') return 'group';
		return 'ladder';
	}
	if (path[0] !== 'levels' || path.length < 2) return 'competency';
	if (path[2] === 'behaviors' && path.length >= 4) return 'behavior';
	return 'competencyLevel';
}

function describeIssue(
	issue: z.core.$ZodIssue,
	data: unknown,
	fileKind: 'ladder' | 'competency',
): { path: (string | number)[]; message: string }[] {
	const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
	if (issue.code === 'unrecognized_keys') {
		const known = knownFields[fieldKind(fileKind, path)] ?? [];
		return issue.keys.map((key) => {
			const guess = closest(key, known);
			return {
				path: [...path, key],
				message: `"${key}" is not a field here. ${guess ? `Did you mean "${guess}"? ` : ''}The fields are ${quoteList(known)}.`,
			};
		});
	}
	if (issue.code === 'invalid_type') {
		const value = getAt(data, issue.path);
		const field = String(path.at(-1) ?? '');
		if (value === undefined || value === null) {
			const hint = missingFieldHints[field] ?? `Add ${field}.`;
			return [{ path, message: `${field ? `"${field}"` : 'This'} is missing or empty. ${hint}` }];
		}
		const found = Array.isArray(value)
			? 'a list'
			: typeof value === 'object'
				? 'a set of fields'
				: typeof value;
		const wanted =
			issue.expected === 'array'
				? 'a list (lines starting with "- ")'
				: issue.expected === 'object' || issue.expected === 'record'
					? 'a set of fields (name: value lines, indented)'
					: issue.expected === 'number'
						? 'a number'
						: issue.expected === 'string'
							? 'text'
							: issue.expected;
		return [{ path, message: `Expected ${wanted} here, but found ${found}.` }];
	}
	return [{ path, message: issue.message }];
}

function validateFile<T>(
	parsed: Parsed,
	schema: z.ZodType<T>,
	fileKind: 'ladder' | 'competency',
	problems: LadderProblem[],
): T | null {
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		for (const { path, message } of describeIssue(issue, parsed.data, fileKind)) {
			problems.push({ file: parsed.file, path, line: parsed.lineOf(path), message });
		}
	}
	return null;
}

/** The sort order of competencies: by group, then `order`, then name. */
function sortCompetencies(list: (CompetencyFile & { file: string })[], groups: Group[]) {
	const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
	return [...list].sort(
		(a, b) =>
			(groupIndex.get(a.group) ?? 0) - (groupIndex.get(b.group) ?? 0) ||
			(a.order ?? Infinity) - (b.order ?? Infinity) ||
			a.name.localeCompare(b.name),
	);
}

/**
 * Parses and validates a ladder from its files, checking every reference between them
 * and to the site's pages. Throws a `LadderError` listing every problem.
 */
export function buildLadder(input: {
	ladder: SourceFile;
	competencies: SourceFile[];
	pages: PageInfo[];
}): Ladder {
	const problems: LadderProblem[] = [];
	const ladderParsed = parseYaml(input.ladder, problems);
	const ladderFile =
		ladderParsed && validateFile<LadderFile>(ladderParsed, ladderFileSchema, 'ladder', problems);

	const competencies: (CompetencyFile & { file: string; parsed: Parsed })[] = [];
	// Ids and groups of competency files that have other mistakes: counted as present, so
	// one mistake does not also show up as "unknown skill" or "empty group" elsewhere.
	const brokenIds = new Set<string>();
	const brokenGroups = new Set<string>();
	let unreadable = false;
	for (const source of input.competencies) {
		const parsed = parseYaml(source, problems);
		const data = parsed && validateFile<CompetencyFile>(parsed, competencyFileSchema, 'competency', problems);
		if (parsed && data) {
			competencies.push({ ...data, file: source.file, parsed });
			continue;
		}
		const raw = (parsed?.data ?? {}) as Record<string, unknown>;
		if (typeof raw['id'] === 'string') brokenIds.add(raw['id']);
		if (typeof raw['group'] === 'string') brokenGroups.add(raw['group']);
		else unreadable = true;
	}
	if (input.competencies.length === 0) {
		problems.push({
			file: input.ladder.file.replace(/ladder\.yaml$/, 'competencies/'),
			path: [],
			message:
				'There are no competency files. Add one YAML file per competency, e.g. competencies/debugging.yaml.',
		});
	}
	if (!ladderFile || !ladderParsed) throw new LadderError(problems);

	const at = (parsed: Parsed, path: (string | number)[], message: string) =>
		problems.push({ file: parsed.file, path, line: parsed.lineOf(path), message });

	// Every id a reader can link to shares one namespace, so anchors never collide.
	const ids = new Map<string, string>();
	const claim = (id: string, owner: string, parsed: Parsed, path: (string | number)[], kind: string) => {
		if ((reservedIds as readonly string[]).includes(id)) {
			at(
				parsed,
				path,
				`The id "${id}" is taken by a heading on the ladder's pages. Give this ${kind} another id.`,
			);
			return;
		}
		const first = ids.get(id);
		if (first)
			at(parsed, path, `The id "${id}" is already used by ${first}. Give this ${kind} an id of its own.`);
		else ids.set(id, `${owner} (${parsed.file}, ${formatPath(path)})`);
	};

	// Levels and groups.
	const orders = new Map<number, string>();
	ladderFile.levels.forEach((level, i) => {
		claim(level.id, `the level "${level.title}"`, ladderParsed, ['levels', i, 'id'], 'level');
		const same = orders.get(level.order);
		if (same)
			at(
				ladderParsed,
				['levels', i, 'order'],
				`The order ${level.order} is also the order of the level "${same}". Give each level a different order.`,
			);
		else orders.set(level.order, level.id);
	});
	ladderFile.groups.forEach((group, i) =>
		claim(group.id, `the group "${group.name}"`, ladderParsed, ['groups', i, 'id'], 'group'),
	);
	const levels = [...ladderFile.levels].sort((a, b) => a.order - b.order);
	const levelOrder = new Map(levels.map((l, i) => [l.id, i]));
	const levelIds = levels.map((l) => l.id);
	const groupIds = ladderFile.groups.map((g) => g.id);

	const unknownLevel = (id: string) => {
		const guess = closest(id, levelIds);
		return `There is no level "${id}" in ${input.ladder.file}. ${guess ? `Did you mean "${guess}"? ` : ''}The levels are ${quoteList(levelIds)}: use one of them, or add the level to ${input.ladder.file}.`;
	};

	// The self-assessment's starting levels.
	const assessment = ladderFile.assessment ?? { current: levels[0]!.id, target: levels[1]!.id };
	if (ladderFile.assessment) {
		for (const key of ['current', 'target'] as const) {
			if (!levelOrder.has(assessment[key]))
				at(ladderParsed, ['assessment', key], unknownLevel(assessment[key]));
		}
		const from = levelOrder.get(assessment.current);
		const to = levelOrder.get(assessment.target);
		if (from !== undefined && to !== undefined && from > to) {
			at(
				ladderParsed,
				['assessment', 'target'],
				`The target level "${assessment.target}" comes before the current level "${assessment.current}". Swap them.`,
			);
		}
	}

	// Competencies: ids, groups and the levels they describe.
	for (const c of competencies) claim(c.id, `the competency "${c.name}"`, c.parsed, ['id'], 'competency');
	const behaviorHome = new Map<string, { competency: string; level: string; order: number }>();
	for (const c of competencies) {
		if (!groupIds.includes(c.group)) {
			const guess = closest(c.group, groupIds);
			at(
				c.parsed,
				['group'],
				`There is no group "${c.group}" in ${input.ladder.file}. ${guess ? `Did you mean "${guess}"? ` : ''}The groups are ${quoteList(groupIds)}: use one of them, or add the group to ${input.ladder.file}.`,
			);
		}
		const described = Object.keys(c.levels);
		if (described.length === 0) {
			at(
				c.parsed,
				['levels'],
				`Describe the competency at one level at least, e.g. levels: { ${levelIds[0]}: ... }.`,
			);
		}
		for (const levelId of described) {
			if (!levelOrder.has(levelId)) {
				at(c.parsed, ['levels', levelId], unknownLevel(levelId));
				continue;
			}
			c.levels[levelId]!.behaviors.forEach((b, i) => {
				claim(
					b.id,
					`a behavior of "${c.name}"`,
					c.parsed,
					['levels', levelId, 'behaviors', i, 'id'],
					'behavior',
				);
				behaviorHome.set(b.id, { competency: c.id, level: levelId, order: levelOrder.get(levelId)! });
			});
		}
	}

	// References: what a behavior grows out of, and the pages that train it.
	const pageSlugs = new Set(input.pages.map((p) => p.slug));
	for (const c of competencies) {
		for (const [levelId, level] of Object.entries(c.levels)) {
			const order = levelOrder.get(levelId);
			if (order === undefined) continue;
			level.behaviors.forEach((b, i) => {
				if (!b.grows) return;
				const home = behaviorHome.get(b.grows);
				const path = ['levels', levelId, 'behaviors', i, 'grows'];
				const earlier = [...behaviorHome]
					.filter(([, h]) => h.competency === c.id && h.order < order)
					.map(([id]) => id);
				const fix = earlier.length
					? `Name a behavior of "${c.name}" at an earlier level (${quoteList(earlier)}), or remove grows.`
					: `"${c.name}" has no behaviors at an earlier level, so remove grows.`;
				if (!home) {
					const guess = closest(b.grows, earlier);
					at(
						c.parsed,
						path,
						`There is no behavior "${b.grows}". ${guess ? `Did you mean "${guess}"? ` : ''}${fix}`,
					);
				} else if (home.competency !== c.id) {
					at(
						c.parsed,
						path,
						`"${b.grows}" is a behavior of another competency ("${home.competency}"). ${fix}`,
					);
				} else if (home.order >= order) {
					at(
						c.parsed,
						path,
						`"${b.grows}" is at the level "${home.level}", which is not earlier than "${levelId}". ${fix}`,
					);
				}
			});
			level.playbooks.forEach((slug, i) => {
				if (pageSlugs.has(slug)) return;
				const guess = closest(slug, pageSlugs);
				at(
					c.parsed,
					['levels', levelId, 'playbooks', i],
					`There is no page "${slug}" (content/docs/${slug}.mdx). ${guess ? `Did you mean "${guess}"? ` : ''}Write the page's path under content/docs without ".mdx", or remove it from the list.`,
				);
			});
		}
	}

	// Every group is used, so no page shows an empty group.
	ladderFile.groups.forEach((group, i) => {
		if (!unreadable && !brokenGroups.has(group.id) && !competencies.some((c) => c.group === group.id)) {
			at(
				ladderParsed,
				['groups', i],
				`No competency is in the group "${group.id}". Set group: ${group.id} in a competency file, or remove the group.`,
			);
		}
	});

	// Every skill a page lists is a competency of this ladder.
	const sorted = sortCompetencies(competencies, ladderFile.groups);
	const competencyIds = [...sorted.map((c) => c.id), ...brokenIds];
	problems.push(...checkPageSkills(input.pages, competencyIds, input.ladder.file));

	if (problems.length > 0) throw new LadderError(problems);

	return {
		title: ladderFile.title,
		summary: ladderFile.summary,
		file: input.ladder.file,
		levels,
		groups: ladderFile.groups.map((g) =>
			g.summary ? { id: g.id, name: g.name, summary: g.summary } : { id: g.id, name: g.name },
		),
		assessment,
		competencies: sorted.map((c) => ({
			id: c.id,
			name: c.name,
			group: c.group,
			summary: c.summary,
			file: c.file,
			// Levels in ladder order, whatever order the file lists them in.
			levels: Object.fromEntries(
				levels
					.filter((l) => c.levels[l.id])
					.map((l) => {
						const level = c.levels[l.id]!;
						return [
							l.id,
							{
								...level,
								behaviors: level.behaviors.map((b) => ({ ...b, competency: c.id, level: l.id })),
							},
						];
					}),
			),
		})),
	};
}

/** Problems with pages whose `skills` name something that is not a competency of the ladder. */
export function checkPageSkills(
	pages: PageInfo[],
	competencyIds: string[],
	ladderFile: string,
): LadderProblem[] {
	const problems: LadderProblem[] = [];
	const known = new Set(competencyIds);
	const dir = ladderFile.replace(/ladder\.yaml$/, 'competencies/');
	for (const page of pages) {
		if (page.skills === undefined) continue;
		if (!Array.isArray(page.skills)) {
			problems.push({
				file: page.file,
				path: ['skills'],
				message: `Write skills as a list of competency ids, e.g. skills: [${competencyIds.slice(0, 2).join(', ')}].`,
			});
			continue;
		}
		page.skills.forEach((skill: unknown, i) => {
			if (typeof skill === 'string' && known.has(skill)) return;
			const value = String(skill);
			const guess = closest(value, known);
			problems.push({
				file: page.file,
				path: ['skills', i],
				line: page.skillLines?.[i],
				message: `"${value}" is not a competency of the ladder. ${guess ? `Did you mean "${guess}"? ` : ''}Use one of ${quoteList(competencyIds)}, or add ${dir}${value}.yaml.`,
			});
		});
	}
	return problems;
}

/** A competency's behaviors at a level, or an empty list when it does not describe that level. */
export function behaviorsAt(competency: Competency, levelId: string): Behavior[] {
	return competency.levels[levelId]?.behaviors ?? [];
}

/** Every behavior in the ladder, by id. */
export function behaviorIndex(ladder: Ladder): Map<string, Behavior> {
	const index = new Map<string, Behavior>();
	for (const c of ladder.competencies) {
		for (const level of Object.values(c.levels)) for (const b of level.behaviors) index.set(b.id, b);
	}
	return index;
}

/** Each pair of adjacent levels, lower first. */
export function levelPairs(ladder: Ladder): [Level, Level][] {
	return ladder.levels.slice(1).map((to, i) => [ladder.levels[i]!, to]);
}

/** The URL segment of the "what changes" page for a pair of levels. */
export function pairSlug(from: Level, to: Level): string {
	return `${from.id}-to-${to.id}`;
}

/** What changes for one competency between two levels. */
export interface CompetencyChange {
	competency: Competency;
	/** Behaviors of the higher level that grow out of none before it. */
	added: Behavior[];
	/** Behaviors of the higher level that grow out of an earlier one, with that one. */
	grown: { behavior: Behavior; from: Behavior; fromLevel: Level }[];
	/** Behaviors of the lower level (or the last level before it) that the higher level does not grow. */
	kept: Behavior[];
	/** True when the competency is described at the higher level but at no level up to the lower one. */
	isNew: boolean;
}

/**
 * What is new, what grows and what stays, per competency, from one level to the next.
 * "Stays" means the lower level's behaviors that the higher level does not replace: the
 * ladder is cumulative, so those are still expected.
 */
export function changesBetween(ladder: Ladder, fromId: string, toId: string): CompetencyChange[] {
	const index = behaviorIndex(ladder);
	const levelById = new Map(ladder.levels.map((l) => [l.id, l]));
	const fromOrder = ladder.levels.findIndex((l) => l.id === fromId);
	if (fromOrder < 0 || !levelById.has(toId)) throw new Error(`Unknown level pair ${fromId} → ${toId}.`);
	const changes: CompetencyChange[] = [];
	for (const competency of ladder.competencies) {
		const to = behaviorsAt(competency, toId);
		// The behaviors in force at the lower level: its own, or those of the last level described before it.
		const baseLevel = ladder.levels
			.slice(0, fromOrder + 1)
			.reverse()
			.find((l) => competency.levels[l.id]);
		const base = baseLevel ? behaviorsAt(competency, baseLevel.id) : [];
		if (to.length === 0 && base.length === 0) continue;
		const grownIds = new Set(to.map((b) => b.grows).filter((id): id is string => Boolean(id)));
		changes.push({
			competency,
			added: to.filter((b) => !b.grows),
			grown: to
				.filter((b) => b.grows && index.has(b.grows))
				.map((b) => {
					const from = index.get(b.grows!)!;
					return { behavior: b, from, fromLevel: levelById.get(from.level)! };
				}),
			kept: base.filter((b) => !grownIds.has(b.id)),
			isNew: base.length === 0,
		});
	}
	return changes;
}

/** The ladder's competencies in each of its groups, skipping none. */
export function competenciesByGroup(ladder: Ladder): { group: Group; competencies: Competency[] }[] {
	return ladder.groups.map((group) => ({
		group,
		competencies: ladder.competencies.filter((c) => c.group === group.id),
	}));
}

/** The pages that train a competency at any level, in ladder order, without repeats. */
export function playbooksFor(competency: Competency): string[] {
	return [...new Set(Object.values(competency.levels).flatMap((l) => l.playbooks))];
}
