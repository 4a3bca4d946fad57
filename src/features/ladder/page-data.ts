/**
 * What the generated ladder pages show, worked out from the ladder so that the `.astro`
 * files only lay it out: the groups and headings of a page, the levels a competency
 * describes, what a behavior grows from, and the other pages that train a competency.
 */
import type { PageText } from './page-text';
import { behaviorIndex, type CompetencyChange } from './queries';
import type { Behavior, Competency, Group, Ladder, Level } from './types';
import { ladderPaths, levelTitle, type TocHeading } from './view';

/** A table of contents of groups (level 2) and, under each, its competencies (level 3). */
export function groupHeadings(groups: { group: Group; competencies: Competency[] }[]): TocHeading[] {
	return groups.flatMap(({ group, competencies }) => [
		{ depth: 2, slug: group.id, text: group.name },
		...competencies.map((c) => ({ depth: 3, slug: c.id, text: c.name })),
	]);
}

/** One part of a competency's change on a "what changes" page: what is new, grows or stays. */
export interface ChangePart {
	/** Ends the part's heading id, after the competency id: "system-design-new". */
	anchor: 'new' | 'grows' | 'stays';
	heading: 'ladder.newHeading' | 'ladder.growsHeading' | 'ladder.staysHeading';
	/** The word that starts each behavior's copy-link label. */
	context: 'ladder.contextNewAt' | 'ladder.contextGrowsAt' | 'ladder.contextStaysAt';
	behaviors: Behavior[];
	/** For a behavior that grows: the earlier behavior and its level, by the grown behavior's id. */
	from: Map<string, { behavior: Behavior; level: Level }>;
}

/** The parts of a competency's change that have behaviors, in page order: new, grows, stays. */
export function changeParts(change: CompetencyChange): ChangePart[] {
	const parts: ChangePart[] = [
		{
			anchor: 'new',
			heading: 'ladder.newHeading',
			context: 'ladder.contextNewAt',
			behaviors: change.added,
			from: new Map(),
		},
		{
			anchor: 'grows',
			heading: 'ladder.growsHeading',
			context: 'ladder.contextGrowsAt',
			behaviors: change.grown.map((g) => g.behavior),
			from: new Map(change.grown.map((g) => [g.behavior.id, { behavior: g.from, level: g.fromLevel }])),
		},
		{
			anchor: 'stays',
			heading: 'ladder.staysHeading',
			context: 'ladder.contextStaysAt',
			behaviors: change.kept,
			from: new Map(),
		},
	];
	return parts.filter((part) => part.behaviors.length > 0);
}

/** The changes between two levels by group, leaving out groups with none. */
export function changesByGroup(
	ladder: Ladder,
	changes: CompetencyChange[],
): { group: Group; changes: CompetencyChange[]; competencies: Competency[] }[] {
	return ladder.groups
		.map((group) => {
			const inGroup = changes.filter((c) => c.competency.group === group.id);
			return { group, changes: inGroup, competencies: inGroup.map((c) => c.competency) };
		})
		.filter((g) => g.changes.length > 0);
}

/** The levels a competency describes, in ladder order. */
export function describedLevels(ladder: Ladder, competency: Competency) {
	return ladder.levels.filter((l) => competency.levels[l.id]);
}

/** A competency page's table of contents: each level it describes, then "Suggest a change". */
export function competencyHeadings(ladder: Ladder, competency: Competency, suggest: string): TocHeading[] {
	return [
		...describedLevels(ladder, competency).map((l) => ({ depth: 2, slug: l.id, text: l.title })),
		{ depth: 2, slug: 'suggest-a-change', text: suggest },
	];
}

/** For a behavior list: the earlier behavior a behavior grows from, as link text and target. */
export function grownFromLink(
	ladder: Ladder,
	text: PageText,
): (behavior: Behavior) => { text: string; href: string } | undefined {
	const index = behaviorIndex(ladder);
	return (b) => {
		const from = b.grows ? index.get(b.grows) : undefined;
		if (!from) return undefined;
		const level = levelTitle(ladder, from);
		return { text: text.say('ladder.grewFromBehavior', { level, behavior: from.text }), href: `#${from.id}` };
	};
}

/** Pages whose frontmatter says they train a competency, beyond the ones the ladder lists, by id. */
export function otherPagesTraining(
	pages: { id: string; data: { skills?: string[] | undefined } }[],
	competency: Competency,
): string[] {
	const listed = new Set(Object.values(competency.levels).flatMap((l) => l.playbooks));
	return pages
		.filter((page) => page.data.skills?.includes(competency.id) && !listed.has(page.id))
		.map((page) => page.id)
		.sort();
}

/** One live behavior or competency and the retired ids it replaces, for the versions page. */
export interface Replacement {
	kind: 'behavior' | 'competency';
	/** The retired ids, in the order the file lists them. */
	old: string[];
	/** The name it goes by now: a competency's name, a behavior's text. */
	name: string;
	/** Its place on the competency page (root-relative). */
	path: string;
}

/** Every rename (one retired id) and merge (several) the ladder's files declare, in ladder order. */
export function replacements(ladder: Ladder): Replacement[] {
	return ladder.competencies.flatMap((c) => [
		...(c.replaces.length
			? [{ kind: 'competency' as const, old: c.replaces, name: c.name, path: ladderPaths.competency(c.id) }]
			: []),
		...Object.values(c.levels).flatMap((level) =>
			level.behaviors
				.filter((b) => b.replaces.length > 0)
				.map((b) => ({
					kind: 'behavior' as const,
					old: b.replaces,
					name: b.text,
					path: ladderPaths.competency(c.id, b.id),
				})),
		),
	]);
}
