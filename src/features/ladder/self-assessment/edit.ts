/**
 * Editing the self-assessment's marks: a fresh assessment and setting one mark. Apart from
 * `marks.ts` because the island's script loads it when the page loads (a tick is saved at
 * once); the rest of the marks' logic loads with the results, on first use.
 */
import { evidenceMaxLength, reasonMaxLength, type AssessmentState, type Mark } from './saved';

/** An empty assessment starting at the given levels. */
export function emptyAssessment(current: string, target: string): AssessmentState {
	return { current, target, marks: {} };
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
