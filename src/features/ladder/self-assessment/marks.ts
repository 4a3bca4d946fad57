/**
 * What the self-assessment's page does with marks, apart from the results other islands
 * compute too (`assessment.ts`, which My growth and the mentor page load): a fresh
 * assessment, setting a mark, whether a result has a gap, and the playbooks for the gaps.
 */
import type { CompetencyResult } from './assessment';
import { evidenceMaxLength, reasonMaxLength, type AssessmentState, type Mark } from './saved';

/** An empty assessment starting at the given levels. */
export function emptyAssessment(current: string, target: string): AssessmentState {
	return { current, target, marks: {} };
}

/** True when a competency has something left to show or to back with evidence. */
export function hasGap(result: CompetencyResult): boolean {
	return result.notYet.length > 0 || result.unsupported.length > 0;
}

/**
 * Sets a mark, returning a new state. A behavior with nothing marked or written is removed.
 * Marking it as not applying unticks "seen": the two cannot both be said.
 */
export function setMark(state: AssessmentState, id: string, mark: Partial<Mark>): AssessmentState {
	const next: Mark = {
		shown: false,
		evidence: '',
		notApplicable: false,
		reason: '',
		...state.marks[id],
		...mark,
	};
	next.evidence = next.evidence.slice(0, evidenceMaxLength);
	next.reason = next.reason.slice(0, reasonMaxLength);
	if (mark.notApplicable) next.shown = false;
	if (mark.shown) next.notApplicable = false;
	const marks = { ...state.marks };
	if (!next.shown && !next.notApplicable && !next.evidence.trim() && !next.reason.trim()) delete marks[id];
	else marks[id] = next;
	return { ...state, marks };
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
