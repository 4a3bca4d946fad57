import { describe, expect, it } from 'vitest';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import { englishWords } from '../../../../tests/support/words';
import { assessmentResults } from './assessment';
import { emptyAssessment, setMark } from './marks';
import { resultLine, summaryText } from './text';
import { assessmentWords } from './words';

const t = englishWords(assessmentWords);

describe('the sentences the self-assessment shows', () => {
	it('sums up a competency: shown with evidence, ticked without, and not yet', () => {
		const marks = {
			'ship-flags': { shown: true, evidence: 'Checkout launch' },
			'ship-rollback': { shown: true },
		};
		const state = Object.entries(marks).reduce(
			(next, [id, mark]) => setMark(next, id, mark),
			emptyAssessment('associate', 'engineer'),
		);
		const [shipping] = assessmentResults(competencies, levels, state);
		expect(resultLine(t, shipping!, 'en')).toBe('1 of 2 shown with evidence, 1 ticked without evidence');
		const [untouched] = assessmentResults(competencies, levels, emptyAssessment('associate', 'engineer'));
		expect(resultLine(t, untouched!, 'en')).toBe('0 of 2 shown with evidence, 2 not yet');
	});

	it('names the competencies with gaps in the summary', () => {
		const state = setMark(emptyAssessment('associate', 'principal'), 'hire-design', {
			shown: true,
			evidence: 'Redesigned the loop',
		});
		expect(summaryText(t, assessmentResults(competencies, levels, state), 'en')).toBe(
			'1 of 4 behaviors shown with evidence. Gaps in 1 of 2 competencies: Shipping.',
		);
	});

	it('says so when every behavior in scope is shown with evidence', () => {
		let state = emptyAssessment('associate', 'engineer');
		for (const id of ['ship-flags', 'ship-rollback'])
			state = setMark(state, id, { shown: true, evidence: 'Yes' });
		expect(summaryText(t, assessmentResults(competencies, levels, state), 'en')).toBe(
			'All 2 behaviors shown, with evidence.',
		);
	});

	it('says how many behaviors do not apply and leaves them out of the counts and the gaps', () => {
		let state = emptyAssessment('associate', 'principal');
		state = setMark(state, 'hire-design', { notApplicable: true, reason: 'No hiring in my role' });
		state = setMark(state, 'ship-rollback', { notApplicable: true, reason: 'Platform team' });
		const results = assessmentResults(competencies, levels, state);
		expect(results.map((r) => resultLine(t, r, 'en'))).toEqual([
			'0 of 2 shown with evidence, 2 not yet, 1 not applicable to your role, not counted',
			'1 not applicable to your role, not counted',
		]);
		expect(summaryText(t, results, 'en')).toBe(
			'0 of 2 behaviors shown with evidence. Gaps in 1 of 2 competencies: Shipping. 2 marked as not applying to your role are not counted as gaps.',
		);
	});

	it('writes numbers the way the page’s language does', () => {
		const many = {
			competency: competencies[0]!,
			total: 1200,
			evidenced: 1000,
			unsupported: [],
			notYet: [],
			notApplicable: [],
		};
		expect(resultLine(t, many, 'de')).toBe('1.000 of 1.200 shown with evidence');
	});
});
