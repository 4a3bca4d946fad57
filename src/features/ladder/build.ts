/**
 * Builds the validated ladder from its files. `buildLadder` takes file contents (not
 * paths), so it runs the same in a unit test, at config time and in a fixture build. It
 * never stops at the first mistake: each step (see `validate.ts`) records every problem,
 * and they are thrown together as one `LadderError`.
 */
import {
	competencyFileSchema,
	defaultStaleAfterWeeks,
	ladderFileSchema,
	type CompetencyFile,
	type LadderFile,
} from '../../schemas/ladder';
import { LadderError } from './problems';
import { matchSchema } from './schema-problems';
import { parseYaml, type Parsed } from './source';
import { fingerprint } from './migrate';
import type { Group, HistoryEntry, Ladder, LadderProblem, Level, PageInfo, SourceFile } from './types';
import {
	Checker,
	checkAssessment,
	checkCompetencies,
	checkLevelsAndGroups,
	checkPageSkills,
	checkReferences,
	type ReadCompetency,
} from './validate';
import { checkHistory, checkReplaces } from './validate-versions';

/** The files that parsed and matched their schema, and what is known of those that did not. */
interface ReadFiles {
	ladderParsed: Parsed | null;
	ladderFile: LadderFile | null;
	competencies: ReadCompetency[];
	// Ids and groups of competency files that have other mistakes: counted as present, so
	// one mistake does not also show up as "unknown skill" or "empty group" elsewhere.
	brokenIds: Set<string>;
	brokenGroups: Set<string>;
	/** True when a competency file's group could not be read at all. */
	unreadable: boolean;
}

/** Parses every file and checks each against its schema. */
function readFiles(
	input: { ladder: SourceFile; competencies: SourceFile[] },
	problems: LadderProblem[],
): ReadFiles {
	const ladderParsed = parseYaml(input.ladder, problems);
	const ladderFile =
		ladderParsed && matchSchema<LadderFile>(ladderParsed, ladderFileSchema, 'ladder', problems);
	const read: ReadFiles = {
		ladderParsed,
		ladderFile,
		competencies: [],
		brokenIds: new Set(),
		brokenGroups: new Set(),
		unreadable: false,
	};
	for (const source of input.competencies) {
		const parsed = parseYaml(source, problems);
		const data = parsed && matchSchema<CompetencyFile>(parsed, competencyFileSchema, 'competency', problems);
		if (parsed && data) {
			read.competencies.push({ ...data, file: source.file, parsed });
			continue;
		}
		const raw = (parsed?.data ?? {}) as Record<string, unknown>;
		if (typeof raw['id'] === 'string') read.brokenIds.add(raw['id']);
		if (typeof raw['group'] === 'string') read.brokenGroups.add(raw['group']);
		else read.unreadable = true;
	}
	if (input.competencies.length === 0) {
		problems.push({
			file: input.ladder.file.replace(/ladder\.yaml$/, 'competencies/'),
			path: [],
			message:
				'There are no competency files. Add one YAML file per competency, e.g. competencies/debugging.yaml.',
		});
	}
	return read;
}

/** Every group is used, so no page shows an empty group. */
function checkGroupsUsed(read: ReadFiles, ladder: LadderFile, parsed: Parsed, check: Checker): void {
	ladder.groups.forEach((group, i) => {
		if (
			!read.unreadable &&
			!read.brokenGroups.has(group.id) &&
			!read.competencies.some((c) => c.group === group.id)
		) {
			check.at(
				parsed,
				['groups', i],
				`No competency is in the group "${group.id}". Set group: ${group.id} in a competency file, or remove the group.`,
			);
		}
	});
}

/** The sort order of competencies: by group, then `order`, then name. */
function sortCompetencies<T extends CompetencyFile>(list: T[], groups: Group[]): T[] {
	const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
	return [...list].sort(
		(a, b) =>
			(groupIndex.get(a.group) ?? 0) - (groupIndex.get(b.group) ?? 0) ||
			(a.order ?? Infinity) - (b.order ?? Infinity) ||
			a.name.localeCompare(b.name),
	);
}

/** The ladder the pages use, from files that passed every check. */
function assemble(
	ladderFile: LadderFile,
	file: string,
	levels: Level[],
	sorted: ReadCompetency[],
	assessment: Ladder['assessment'],
	versions: { version: number; history: HistoryEntry[] },
): Ladder {
	return {
		title: ladderFile.title,
		summary: ladderFile.summary,
		file,
		...versions,
		levels,
		groups: ladderFile.groups.map((g) =>
			g.summary ? { id: g.id, name: g.name, summary: g.summary } : { id: g.id, name: g.name },
		),
		assessment,
		evidence: { staleAfterWeeks: ladderFile.evidence?.staleAfterWeeks ?? defaultStaleAfterWeeks },
		competencies: sorted.map((c) => ({
			id: c.id,
			name: c.name,
			group: c.group,
			summary: c.summary,
			file: c.file,
			replaces: c.replaces ?? [],
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
								behaviors: level.behaviors.map((b) => ({
									...b,
									replaces: b.replaces ?? [],
									competency: c.id,
									level: l.id,
									fingerprint: fingerprint(b.text),
								})),
							},
						];
					}),
			),
		})),
	};
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
	const read = readFiles(input, problems);
	const { ladderParsed, ladderFile, competencies } = read;
	if (!ladderFile || !ladderParsed) throw new LadderError(problems);

	const check = new Checker(problems);
	const index = checkLevelsAndGroups(ladderFile, ladderParsed, check);
	const assessment = checkAssessment(ladderFile, ladderParsed, index, check);
	const versions = checkHistory(ladderFile, ladderParsed, check);
	const groupIds = ladderFile.groups.map((g) => g.id);
	const homes = checkCompetencies(competencies, groupIds, input.ladder.file, index, check);
	checkReferences(competencies, input.pages, index, homes, check);
	checkReplaces(competencies, check);
	checkGroupsUsed(read, ladderFile, ladderParsed, check);

	// Every skill a page lists is a competency of this ladder.
	const sorted = sortCompetencies(competencies, ladderFile.groups);
	const competencyIds = [...sorted.map((c) => c.id), ...read.brokenIds];
	problems.push(...checkPageSkills(input.pages, competencyIds, input.ladder.file));

	if (problems.length > 0) throw new LadderError(problems);
	return assemble(ladderFile, input.ladder.file, index.levels, sorted, assessment, versions);
}
