/**
 * Questions the generated pages and islands ask of a validated ladder: behaviors by id,
 * adjacent level pairs, what changes between two levels, competencies by group.
 */
import type { Behavior, Competency, Group, Ladder, Level } from './types';

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
