/**
 * The checks across a ladder's files, one function per step of `buildLadder`: ids that
 * share one namespace, level orders, the self-assessment's levels, what each competency
 * describes, what a behavior grows out of, the pages that train it, groups in use and the
 * pages' `skills`. Each step records problems and carries on, so a team sees them all.
 */
import type { CompetencyFile, LadderFile } from '../../schemas/ladder';
import { formatPath } from '../../schemas/errors';
import { closest, quoteList } from '../../build/suggest';
import type { Parsed } from './source';
import { reservedIds, type LadderProblem, type PageInfo } from './types';

/** A competency file that passed its schema, with where it came from. */
export type ReadCompetency = CompetencyFile & { file: string; parsed: Parsed };

/** Records problems at a path of a parsed file, and claims ids in the ladder's one namespace. */
export class Checker {
	readonly problems: LadderProblem[];
	// Every id a reader can link to shares one namespace, so anchors never collide.
	private readonly ids = new Map<string, string>();

	constructor(problems: LadderProblem[]) {
		this.problems = problems;
	}

	/** Records a problem at `path` in the parsed file, with its line. */
	at(parsed: Parsed, path: (string | number)[], message: string): void {
		this.problems.push({ file: parsed.file, path, line: parsed.lineOf(path), message });
	}

	/** Who holds `id` ("a behavior of …, file, path"), or undefined when no one does. */
	owner(id: string): string | undefined {
		return this.ids.get(id);
	}

	/** Takes `id` for `owner`, or records why it cannot (reserved, or already taken). */
	claim(id: string, owner: string, parsed: Parsed, path: (string | number)[], kind: string): void {
		if ((reservedIds as readonly string[]).includes(id)) {
			this.at(
				parsed,
				path,
				`The id "${id}" is taken by a heading on the ladder's pages. Give this ${kind} another id.`,
			);
			return;
		}
		const first = this.ids.get(id);
		if (first)
			this.at(
				parsed,
				path,
				`The id "${id}" is already used by ${first}. Give this ${kind} an id of its own.`,
			);
		else this.ids.set(id, `${owner} (${parsed.file}, ${formatPath(path)})`);
	}
}

/** The ladder's levels in order, with each level's position, for the checks that follow. */
export interface LevelIndex {
	levels: LadderFile['levels'];
	order: Map<string, number>;
	ids: string[];
	/** The message for a level id that is not in the ladder, naming the ladder file. */
	unknown(id: string): string;
}

/** Claims level and group ids, rejects two levels with one order, and indexes the levels. */
export function checkLevelsAndGroups(ladder: LadderFile, parsed: Parsed, check: Checker): LevelIndex {
	const orders = new Map<number, string>();
	ladder.levels.forEach((level, i) => {
		check.claim(level.id, `the level "${level.title}"`, parsed, ['levels', i, 'id'], 'level');
		const same = orders.get(level.order);
		if (same)
			check.at(
				parsed,
				['levels', i, 'order'],
				`The order ${level.order} is also the order of the level "${same}". Give each level a different order.`,
			);
		else orders.set(level.order, level.id);
	});
	ladder.groups.forEach((group, i) =>
		check.claim(group.id, `the group "${group.name}"`, parsed, ['groups', i, 'id'], 'group'),
	);
	const levels = [...ladder.levels].sort((a, b) => a.order - b.order);
	const ids = levels.map((l) => l.id);
	return {
		levels,
		order: new Map(levels.map((l, i) => [l.id, i])),
		ids,
		unknown: (id) => {
			const guess = closest(id, ids);
			return `There is no level "${id}" in ${parsed.file}. ${guess ? `Did you mean "${guess}"? ` : ''}The levels are ${quoteList(ids)}: use one of them, or add the level to ${parsed.file}.`;
		},
	};
}

/** The self-assessment's starting levels: the ladder's, checked, or its first two levels. */
export function checkAssessment(
	ladder: LadderFile,
	parsed: Parsed,
	index: LevelIndex,
	check: Checker,
): { current: string; target: string } {
	const assessment = ladder.assessment ?? { current: index.levels[0]!.id, target: index.levels[1]!.id };
	if (!ladder.assessment) return assessment;
	for (const key of ['current', 'target'] as const) {
		if (!index.order.has(assessment[key]))
			check.at(parsed, ['assessment', key], index.unknown(assessment[key]));
	}
	const from = index.order.get(assessment.current);
	const to = index.order.get(assessment.target);
	if (from !== undefined && to !== undefined && from > to) {
		check.at(
			parsed,
			['assessment', 'target'],
			`The target level "${assessment.target}" comes before the current level "${assessment.current}". Swap them.`,
		);
	}
	return assessment;
}

/** Where each behavior sits: its competency, its level and that level's position. */
export type BehaviorHomes = Map<string, { competency: string; level: string; order: number }>;

/** Claims competency and behavior ids, and checks each competency's group and levels. */
export function checkCompetencies(
	competencies: ReadCompetency[],
	groupIds: string[],
	ladderFile: string,
	index: LevelIndex,
	check: Checker,
): BehaviorHomes {
	for (const c of competencies)
		check.claim(c.id, `the competency "${c.name}"`, c.parsed, ['id'], 'competency');
	const homes: BehaviorHomes = new Map();
	for (const c of competencies) {
		if (!groupIds.includes(c.group)) {
			const guess = closest(c.group, groupIds);
			check.at(
				c.parsed,
				['group'],
				`There is no group "${c.group}" in ${ladderFile}. ${guess ? `Did you mean "${guess}"? ` : ''}The groups are ${quoteList(groupIds)}: use one of them, or add the group to ${ladderFile}.`,
			);
		}
		const described = Object.keys(c.levels);
		if (described.length === 0) {
			check.at(
				c.parsed,
				['levels'],
				`Describe the competency at one level at least, e.g. levels: { ${index.ids[0]}: ... }.`,
			);
		}
		for (const levelId of described) {
			if (!index.order.has(levelId)) {
				check.at(c.parsed, ['levels', levelId], index.unknown(levelId));
				continue;
			}
			c.levels[levelId]!.behaviors.forEach((b, i) => {
				check.claim(
					b.id,
					`a behavior of "${c.name}"`,
					c.parsed,
					['levels', levelId, 'behaviors', i, 'id'],
					'behavior',
				);
				homes.set(b.id, { competency: c.id, level: levelId, order: index.order.get(levelId)! });
			});
		}
	}
	return homes;
}

/** Checks what each behavior grows out of, and that each playbook a level names is a page. */
export function checkReferences(
	competencies: ReadCompetency[],
	pages: PageInfo[],
	index: LevelIndex,
	homes: BehaviorHomes,
	check: Checker,
): void {
	const pageSlugs = new Set(pages.map((p) => p.slug));
	for (const c of competencies) {
		for (const [levelId, level] of Object.entries(c.levels)) {
			const order = index.order.get(levelId);
			if (order === undefined) continue;
			level.behaviors.forEach((b, i) => {
				if (!b.grows) return;
				const home = homes.get(b.grows);
				const path = ['levels', levelId, 'behaviors', i, 'grows'];
				const earlier = [...homes]
					.filter(([, h]) => h.competency === c.id && h.order < order)
					.map(([id]) => id);
				const fix = earlier.length
					? `Name a behavior of "${c.name}" at an earlier level (${quoteList(earlier)}), or remove grows.`
					: `"${c.name}" has no behaviors at an earlier level, so remove grows.`;
				if (!home) {
					const guess = closest(b.grows, earlier);
					check.at(
						c.parsed,
						path,
						`There is no behavior "${b.grows}". ${guess ? `Did you mean "${guess}"? ` : ''}${fix}`,
					);
				} else if (home.competency !== c.id) {
					check.at(
						c.parsed,
						path,
						`"${b.grows}" is a behavior of another competency ("${home.competency}"). ${fix}`,
					);
				} else if (home.order >= order) {
					check.at(
						c.parsed,
						path,
						`"${b.grows}" is at the level "${home.level}", which is not earlier than "${levelId}". ${fix}`,
					);
				}
			});
			level.playbooks.forEach((slug, i) => {
				if (pageSlugs.has(slug)) return;
				const guess = closest(slug, pageSlugs);
				check.at(
					c.parsed,
					['levels', levelId, 'playbooks', i],
					`There is no page "${slug}" (content/docs/${slug}.mdx). ${guess ? `Did you mean "${guess}"? ` : ''}Write the page's path under content/docs without ".mdx", or remove it from the list.`,
				);
			});
		}
	}
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
