/**
 * From gaps to a plan: the answers the growth-plan builder opens with when a reader starts
 * a plan from the self-assessment's gaps, keyed by that builder's permanent field ids
 * (`content/builders/growth-plan.yaml`). One goal per competency picked, in the ladder's
 * words: the behaviors of the current level, those not yet shown at the target, the
 * ladder's practice as the first occasion, and a milestone prompt. Pure: no page, no store.
 */
import type { Handoff } from '../../../kit/handoff';
import { fill } from '../../../kit/words';
import { itemStatus, levelsInScope } from './assessment';
import type { AssessmentCompetency, AssessmentLevel, AssessmentState } from './assessment';
import { maxPlanGoals } from './page';

export { maxPlanGoals };

/** The builder the plan is handed to. */
export const planKind = 'growth-plan';

/** A competency the reader picked, with the ladder's practice at the target level. */
export interface PlanGap {
	competency: AssessmentCompetency;
	practice: string;
}

/** The words the plan is written with. */
export interface PlanWords {
	'assessment.planSource': string;
	'assessment.planBehavior': string;
	'assessment.planMilestone': string;
}

/** The growth plan's limits on one line and on a text (model.ts MAX_LINE, MAX_TEXT). */
const line = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);
const bullets = (texts: string[]) =>
	texts
		.map((text) => `- ${line(text)}`)
		.join('\n')
		.slice(0, 5000);

/**
 * The growth plan's answers for up to `maxPlanGoals` gaps: where they came from (`date`
 * already in the reader's language) and a goal per competency, in the order given.
 */
export function planFromGaps(
	t: PlanWords,
	gaps: PlanGap[],
	levels: AssessmentLevel[],
	state: AssessmentState,
	date: string,
): Handoff {
	const title = (id: string) => levels.find((l) => l.id === id)?.title ?? id;
	const scope = new Set(levelsInScope(levels, state.current, state.target));
	const goals = gaps.slice(0, maxPlanGoals).map(({ competency, practice }) => {
		const inScope = competency.items.filter((item) => scope.has(item.level));
		const missing = inScope.filter((item) => itemStatus(state.marks[item.id]) === 'not-yet');
		// What the reader does today: the current level's behaviors, and those they marked shown.
		const shown = (id: string) => ['evidenced', 'unsupported'].includes(itemStatus(state.marks[id]));
		const today = competency.items.filter(
			(item) =>
				(item.level === state.current && !scope.has(item.level)) || (scope.has(item.level) && shown(item.id)),
		);
		const first = missing[0]?.text ?? competency.name;
		return {
			behavior: line(fill(t['assessment.planBehavior'], { competency: competency.name, behavior: first })),
			current: bullets(today.map((item) => item.text)),
			target: bullets(missing.map((item) => item.text)),
			practice: line(practice),
			milestone: line(fill(t['assessment.planMilestone'], { competency: competency.name })),
			feedback: '',
		};
	});
	const source = fill(t['assessment.planSource'], {
		date,
		current: title(state.current),
		target: title(state.target),
	});
	return { values: { source: line(source), goals } };
}
