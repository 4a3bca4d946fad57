/**
 * What the self-assessment's page does with marks, apart from the results other islands
 * compute too (`assessment.ts`, which My growth and the mentor page load): whether a result
 * has a gap, and the playbooks for the gaps; a fresh assessment and setting a mark are in
 * `edit.ts`.
 */
import type { CompetencyResult } from './assessment';
// Editing marks is in `edit.ts` (on the page's load path); re-exported, as it is part of this module's API.
export { emptyAssessment, setMark } from './edit';

/** True when a competency has something left to show or to back with evidence. */
export function hasGap(result: CompetencyResult): boolean {
	return result.notYet.length > 0 || result.unsupported.length > 0;
}

/**
 * The playbooks that train the competencies with gaps, the ones covering the most of
 * them first (then in the order first met), each with the competencies it covers.
 */
export function playbooksForGaps(
	gaps: { competency: string; playbooks: string[] }[],
): { playbook: string; competencies: string[] }[] {
	const found = new Map<string, string[]>();
	for (const gap of gaps) {
		for (const playbook of new Set(gap.playbooks))
			found.set(playbook, [...(found.get(playbook) ?? []), gap.competency]);
	}
	return [...found]
		.map(([playbook, competencies], order) => ({ playbook, competencies, order }))
		.sort((a, b) => b.competencies.length - a.competencies.length || a.order - b.order)
		.map(({ playbook, competencies }) => ({ playbook, competencies }));
}
