import { describe, expect, it } from 'vitest';
import { loadBuilder } from '../../../tests/support/builders';
import {
	blankValues,
	checkValues,
	completeValues,
	isBlank,
	readValues,
	renderMarkdown,
	variantOf,
	type Values,
} from './model';

const delegation = loadBuilder('delegation-brief');
const growth = loadBuilder('growth-plan');
const career = loadBuilder('career-conversation');
const brief = variantOf(delegation, 'brief');
const plan = variantOf(growth, 'plan');

/** A brief that does everything the playbook asks. */
function strongBrief(): Values {
	return completeValues(brief, {
		...blankValues(brief),
		work: 'bulk invoice export',
		outcome: 'Enterprise finance teams can export a year of invoices without a support ticket.',
		delegate: 'Lena',
		mentor: 'Tom',
		date: '2024-11-05',
		need: 'Customer success runs a manual SQL export about 40 times a month.',
		constraints: '- Largest account: 1.2M invoices a year\n- Available by 2024-12-16',
		affected: 'About 300 enterprise admins; on-call for invoices-api.',
		ux: 'Asynchronous, with an email when the export is ready.\nA failed export can be retried.',
		dependencies: 'Export job pattern: reports-api/src/exports/',
		success: 'A full year exports in under 10 minutes\nRunbook entry and an alert on failed exports',
		unknowns: 'CSV, XLSX or both',
		decide: 'Implementation, storage layout.',
		bringBack: 'Changes to the UX, the launch date.',
		answerBy: '2024-11-08',
		checkIns: '2024-11-14: after the design\n2024-11-28: first working version',
	});
}

describe('rendering Markdown', () => {
	it('turns a filled delegation brief into the playbook template, in order', () => {
		expect(renderMarkdown(brief, strongBrief())).toBe(
			[
				'# Delegation brief: bulk invoice export',
				'Outcome: Enterprise finance teams can export a year of invoices without a support ticket.',
				'Delegate: Lena',
				'Mentor: Tom',
				'Date: 2024-11-05',
				'Business need: Customer success runs a manual SQL export about 40 times a month.',
				'Scale and constraints:\n- Largest account: 1.2M invoices a year\n- Available by 2024-12-16',
				'Who is affected: About 300 enterprise admins; on-call for invoices-api.',
				'UX expectations: Asynchronous, with an email when the export is ready.\nA failed export can be retried.',
				'Dependencies and existing code:\n- Export job pattern: reports-api/src/exports/',
				'Success criteria:\n- A full year exports in under 10 minutes\n- Runbook entry and an alert on failed exports',
				'Explicit unknowns:\n- CSV, XLSX or both',
				'Your decisions: Implementation, storage layout.',
				'Bring back to me: Changes to the UX, the launch date.',
				'Answer the questions in writing by: 2024-11-08',
				'Questions for you:\n1. What are the different ways to do this?\n2. What are the trade-offs between them?\n3. What do you need to know that this brief does not tell you?',
				'Check-ins:\n- 2024-11-14: after the design\n- 2024-11-28: first working version',
			].join('\n\n') + '\n',
		);
	});

	it('shows a placeholder for an empty title part and keeps empty fields as labels', () => {
		const md = renderMarkdown(brief, blankValues(brief));
		expect(md.startsWith('# Delegation brief: [The work]\n\nOutcome:\n\nDelegate:\n')).toBe(true);
	});

	it('gives each growth goal its own heading and ends with the review log', () => {
		const values = completeValues(plan, {
			name: 'Sam',
			quarter: 'Q3',
			goals: [
				{
					behavior: 'Map cross-service impact before coding',
					practice: '* cart-service PRs\n2. guest checkout review',
				},
				{ behavior: 'Post async updates on multi-day work' },
			],
		});
		const md = renderMarkdown(plan, values);
		expect(md).toContain('# Growth plan: Sam, Q3\n\nMentor:\n\nSource of gaps:\n\n## Goal 1');
		expect(md).toContain(
			'## Goal 1\n\nBehavior: Map cross-service impact before coding\n\nCurrent state:\n\nTarget state:\n\nPractice opportunities:\n- cart-service PRs\n- guest checkout review',
		);
		expect(md).toContain('## Goal 2\n\nBehavior: Post async updates on multi-day work');
		expect(
			md
				.trimEnd()
				.endsWith(
					'|      |      |                    |                   |                 |                |',
				),
		).toBe(true);
	});

	// Each case: a variant of the career conversation, what the reader typed, and parts of the Markdown.
	it.each<{ case: string; variant: string; typed: Values; parts: string[] }>([
		{
			case: 'writes the mentor conversation as bullets, with each gap named in its heading',
			variant: 'mentor',
			typed: {
				mentee: 'Ana',
				mentor: 'Tom',
				date: '2025-04-02',
				gaps: [
					{ name: 'Failure-mode thinking', observation: 'ledger-sync review, March 4\nDana raised lag' },
				],
				when: 'Doc comments within 2 days; debrief 2025-04-30',
			},
			parts: [
				'# Career conversation: Ana and Tom, 2025-04-02',
				'## Gap 1: Failure-mode thinking\n\n- Observation: ledger-sync review, March 4\n  Dana raised lag\n- Target behavior:',
				'## Feedback commitment\n\n- What I will look at:\n- When (dates): Doc comments within 2 days',
			],
		},
		{
			case: "writes the mentee's promotion case with its own heading and numbered gaps",
			variant: 'promotion',
			typed: { me: 'Ana', manager: 'Priya', named: 'cross-team work\nleading reviews' },
			parts: [
				'# Promotion conversation: Ana with Priya, [Date]',
				'- Gaps my manager named (their words):\n  1. cross-team work\n  2. leading reviews',
			],
		},
	])('$case', ({ variant: id, typed, parts }) => {
		const variant = variantOf(career, id);
		const md = renderMarkdown(variant, completeValues(variant, typed));
		for (const part of parts) expect(md).toContain(part);
	});
});

describe('warnings from the playbook', () => {
	const messages = (values: Values, variant = brief) => checkValues(variant, values);

	it('finds nothing to flag in a brief that does what the playbook asks', () => {
		expect(checkValues(brief, strongBrief())).toEqual([]);
	});

	it('flags a brief without success criteria or check-ins', () => {
		const warnings = checkValues(brief, { ...strongBrief(), success: '', checkIns: '' });
		expect(warnings).toEqual([
			expect.stringMatching(/^There are no success criteria\./),
			expect.stringMatching(/^There is no check-in\./),
		]);
	});

	it('flags a single check-in and a check-in without a date', () => {
		expect(messages({ ...strongBrief(), checkIns: 'after the design' })).toEqual([
			expect.stringMatching(/Only one check-in/),
			'The check-in "after the design" has no date. Put one on it.',
		]);
	});

	it('flags constraints written as adjectives and criteria nobody could check', () => {
		const result = messages({
			...strongBrief(),
			constraints: 'Large accounts\nFast',
			success: 'It works well',
		});
		expect(result).toEqual([
			expect.stringMatching(/Scale and constraints has no numbers/),
			expect.stringMatching(/^"works well" cannot be checked/),
			expect.stringMatching(/say nothing about running it in production/),
		]);
	});

	it('calls out "be more senior" as a trait, in the goal where it was written', () => {
		const values = completeValues(plan, {
			goals: [{ behavior: 'Ship things' }, { behavior: 'Be more senior' }],
		});
		expect(checkValues(plan, values).filter((w) => w.includes('trait'))).toEqual([
			'Goal 2: "be more senior" describes a trait, not a behavior. Rewrite it as something you could be filmed doing.',
		]);
	});

	it('flags a milestone that is the promotion, and more than three goals', () => {
		const goal = { milestone: 'Manager agrees I am ready for promotion' };
		const values = completeValues(plan, { goals: [goal, goal, goal, goal] });
		const result = messages(values, plan);
		expect(result[0]).toMatch(/More than three goals/);
		expect(result.filter((m) => m.includes('the milestone is the promotion'))).toHaveLength(4);
	});

	it('asks the mentor for a feedback date and the buy-in answer', () => {
		const mentor = variantOf(career, 'mentor');
		const values = completeValues(mentor, { when: 'after the review', format: 'debrief' });
		const result = messages(values, mentor);
		expect(result).toContain('The feedback commitment says "when" without a date. Give the actual days.');
		expect(result.some((m) => m.startsWith('The buy-in question has no answer yet'))).toBe(true);
	});
});

describe('blank documents', () => {
	it('counts a new draft, with its starting questions, as blank until the reader writes something', () => {
		const values = blankValues(brief);
		expect(values['questions']).toMatch(/^What are the different ways/);
		expect(isBlank(brief, values)).toBe(true);
		expect(isBlank(brief, { ...values, need: 'x' })).toBe(false);
		const goals = completeValues(plan, { goals: [{}, { target: 'x' }] });
		expect(isBlank(plan, goals)).toBe(false);
	});
});

describe('reading answers from outside the page', () => {
	it('accepts answers that fit the document', () => {
		const values = readValues(plan, { name: 'Sam', goals: [{ behavior: 'Lead a review' }] }, true);
		expect(values['goals']).toEqual([{ behavior: 'Lead a review' }]);
	});

	it('in strict mode rejects fields the document does not have, wrong types, long text and line breaks in a line', () => {
		expect(() => readValues(plan, { nickname: 'x' }, true)).toThrow(
			'"nickname" is not part of this document',
		);
		expect(() => readValues(plan, { goals: [{ behavior: 'x', extra: 'y' }] }, true)).toThrow(
			'"extra" is not part',
		);
		expect(() => readValues(plan, [], true)).toThrow('"answers" are missing');
		const invalid = [
			[{ name: 42 }, 'name'],
			[{ name: 'x'.repeat(301) }, 'name'],
			[{ name: 'a\nb' }, 'name'],
			[{ name: 'a\u0007' }, 'name'],
			[{ goals: 'Lead' }, 'goals'],
			[{ goals: ['Lead'] }, 'goals'],
			[{ goals: Array(6).fill({}) }, 'goals'],
		] as const;
		for (const [data, key] of invalid)
			expect(() => readValues(plan, data, true)).toThrow(`"${key}" is not valid`);
	});

	it('in lenient mode keeps answers to fields this build does not know', () => {
		expect(readValues(plan, { renamedField: 'kept' }, false)['renamedField']).toBe('kept');
	});

	it('never lets a "__proto__" key reach the object prototype', () => {
		const hostile = JSON.parse(
			'{"__proto__": {"polluted": "yes"}, "goals": [{"__proto__": {"polluted": "yes"}}]}',
		);
		expect(() => readValues(plan, hostile, true)).toThrow(/not part of this document/);
		const kept = readValues(plan, JSON.parse('{"__proto__": "text"}'), false);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.getPrototypeOf(kept)).toBeNull();
		expect(renderMarkdown(plan, completeValues(plan, kept))).toContain(
			'# Growth plan: [Your name], [Quarter]',
		);
	});
});
