import { describe, expect, it } from 'vitest';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import { emptyAssessment, setMark } from './marks';
import { maxPlanGoals, planFromGaps, type PlanWords } from './plan';

const t: PlanWords = {
	'assessment.planSource': 'Self-assessment of {{date}}: {{current}} to {{target}}',
	'assessment.planBehavior': '{{competency}}: {{behavior}}',
	'assessment.planMilestone': 'What would a teammate see that shows {{competency}}?',
};
const [shipping, hiring] = competencies as [(typeof competencies)[0], (typeof competencies)[0]];
const practice = 'Own the next  release\n end to end.';

describe('a growth plan started from the self-assessment gaps', () => {
	const state = setMark(emptyAssessment('associate', 'engineer'), 'ship-flags', {
		shown: true,
		evidence: 'Checkout, March',
	});
	const plan = planFromGaps(t, [{ competency: shipping, practice }], levels, state, '30 Nov 2026');
	const [goal] = plan.values['goals'] as Record<string, string>[];

	it('says where the gaps came from: the assessment, its date and its levels', () => {
		expect(plan.values['source']).toBe('Self-assessment of 30 Nov 2026: Associate to Engineer');
	});

	it('names the competency and the first behavior not yet shown as the goal', () => {
		expect(goal!['behavior']).toBe('Shipping: Writes the rollback plan [first].');
	});

	it('gives the current level and what the reader marked shown as the current state, in the ladder words', () => {
		expect(goal!['current']).toBe('- Splits work into small changes.\n- Releases behind a flag.');
	});

	it('gives the target behaviors not yet shown as the target state', () => {
		expect(goal!['target']).toBe('- Writes the rollback plan [first].');
	});

	it('makes the ladder practice the first practice opportunity, on one line', () => {
		expect(goal!['practice']).toBe('Own the next release end to end.');
	});

	it('asks for a milestone and leaves the feedback to the reader', () => {
		expect(goal!['milestone']).toBe('What would a teammate see that shows Shipping?');
		expect(goal!['feedback']).toBe('');
	});

	it('makes one goal per competency, in the order picked, and never more than three', () => {
		const gap = (c: typeof shipping) => ({ competency: c, practice: '' });
		const wide = emptyAssessment('associate', 'principal');
		const four = planFromGaps(t, [gap(hiring), gap(shipping), gap(hiring), gap(shipping)], levels, wide, 'd');
		const goals = four.values['goals'] as Record<string, string>[];
		expect(goals).toHaveLength(maxPlanGoals);
		expect(goals.map((g) => g['behavior'])).toEqual([
			'Hiring: Designs the interview loop.',
			'Shipping: Releases behind a flag.',
			'Hiring: Designs the interview loop.',
		]);
	});
});
