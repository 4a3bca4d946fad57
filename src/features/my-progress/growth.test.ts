import { describe, expect, it } from 'vitest';
import { competencies, levels } from '../../../tests/support/assessment-ladder';
import { emptyAssessment, setMark } from '../ladder/self-assessment/marks';
import * as growth from './growth';
import type { BuilderInfo, GrowthLadder } from './growth';

const { coverageByMonth, draftUrl, monthsUpTo, whereIStand, workItems } = growth;

/** The small test ladder: shipping at every level, hiring at the top. */
const ladder: GrowthLadder = {
	levels: [
		{ ...levels[0]!, competencies: ['shipping'] },
		{ ...levels[1]!, competencies: ['shipping'] },
		{ ...levels[2]!, competencies: ['shipping', 'hiring'] },
	],
	competencies,
	current: 'associate',
	target: 'engineer',
	staleAfterWeeks: 12,
};

describe('where I stand', () => {
	it('counts each competency’s behaviors toward the target: seen with evidence, seen without, not yet, does not apply', () => {
		let state = emptyAssessment('associate', 'principal');
		state = setMark(state, 'ship-flags', { shown: true, evidence: 'Flagged the importer, May' });
		state = setMark(state, 'ship-rollback', { shown: true });
		state = setMark(state, 'ship-platform', { notApplicable: true, reason: 'No release team here' });
		expect(whereIStand(ladder, state)).toEqual({
			current: 'Associate',
			target: 'Principal',
			rows: [
				{ id: 'shipping', name: 'Shipping', evidenced: 1, unsupported: 1, notYet: 0, notApplicable: 1 },
				{ id: 'hiring', name: 'Hiring', evidenced: 0, unsupported: 0, notYet: 1, notApplicable: 0 },
			],
		});
	});

	it('shows only competencies with behaviors in scope: hiring is not there on the way to engineer', () => {
		const { rows } = whereIStand(ladder, emptyAssessment('associate', 'engineer'));
		expect(rows.map((r) => [r.name, r.notYet])).toEqual([['Shipping', 2]]);
	});

	it('reads a level the ladder no longer has as the ladder’s starting levels', () => {
		const where = whereIStand(ladder, emptyAssessment('gone', 'also-gone'));
		expect([where.current, where.target]).toEqual(['Associate', 'Engineer']);
	});
});

describe('evidence coverage by month', () => {
	it('names the months up to this one, oldest first, across a new year', () => {
		expect(monthsUpTo('2026-02-15', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
	});

	const entries = [
		{ date: '2026-01-05', competencies: ['hiring'] },
		{ date: '2026-01-20', competencies: ['hiring', 'shipping'] },
		{ date: '2026-03-02', competencies: ['hiring'] },
		{ date: '2024-06-01', competencies: ['hiring'] },
	];
	const months = ['2026-01', '2026-02', '2026-03'];

	it('counts each competency’s entries month by month, and all of them in the totals', () => {
		const { level, rows } = coverageByMonth(ladder, entries, 'principal', '2026-03-10', months);
		expect(level).toBe('Principal');
		const hiring = rows.find((r) => r.id === 'hiring')!;
		expect(hiring).toMatchObject({
			entries: 4,
			latest: '2026-03-02',
			months: 3,
			perMonth: [2, 0, 1],
			nudge: null,
		});
	});

	it('a competency with no evidence shows no entries in any month and the nudge', () => {
		const { rows } = coverageByMonth(ladder, [], 'principal', '2026-03-10', months);
		expect(rows.map((r) => [r.name, r.perMonth, r.nudge])).toEqual([
			['Shipping', [0, 0, 0], 'none'],
			['Hiring', [0, 0, 0], 'none'],
		]);
	});

	it('evidence older than the stale limit gets the nudge even when it is counted', () => {
		const { rows } = coverageByMonth(ladder, entries, 'principal', '2026-09-30', months);
		expect(rows.find((r) => r.id === 'shipping')).toMatchObject({ entries: 1, nudge: 'stale' });
	});

	it('uses the ladder’s default target when the saved one is gone', () => {
		const { level, rows } = coverageByMonth(ladder, entries, 'gone', '2026-03-10', months);
		expect([level, rows.map((r) => r.id)]).toEqual(['Engineer', ['shipping']]);
	});
});

describe('what I am working on', () => {
	const builders: BuilderInfo[] = [
		{ kind: 'growth-plan', url: '/plan/', variants: { plan: 'Growth plan' }, all: true },
		{
			kind: 'agenda',
			url: '/agenda/',
			variants: { weekly: '1:1 agenda', review: 'Review agenda' },
			all: false,
		},
		{ kind: 'brief', url: '/brief/', variants: { brief: 'Brief' }, all: false },
	];
	const draft = (name: string, updated: string, variant = 'plan') => ({
		id: name.toLowerCase(),
		name,
		variant,
		created: '2025-12-24T08:00:00Z',
		updated,
	});

	it('lists every growth plan, newest first, and only the newest draft of another builder', () => {
		const drafts = new Map([
			[
				'agenda',
				[draft('March', '2026-03-01T10:00:00Z', 'weekly'), draft('April', '2026-04-01T10:00:00Z', 'review')],
			],
			['growth-plan', [draft('Plan 1', '2026-01-01T10:00:00Z'), draft('Plan 2', '2026-02-01T10:00:00Z')]],
		]);
		expect(workItems(builders, drafts)).toEqual([
			{
				name: 'Plan 2',
				what: 'Growth plan',
				created: '2025-12-24T08:00:00Z',
				updated: '2026-02-01T10:00:00Z',
				url: '/plan/?draft=plan%202',
			},
			{
				name: 'Plan 1',
				what: 'Growth plan',
				created: '2025-12-24T08:00:00Z',
				updated: '2026-01-01T10:00:00Z',
				url: '/plan/?draft=plan%201',
			},
			{
				name: 'April',
				what: 'Review agenda',
				created: '2025-12-24T08:00:00Z',
				updated: '2026-04-01T10:00:00Z',
				url: '/agenda/?draft=april',
			},
		]);
	});

	it('links each draft to its builder’s page, asking it to open that draft, at the builder', () => {
		expect(draftUrl('/base/playbooks/plan/#tb-plan-title', 'm3x9ab')).toBe(
			'/base/playbooks/plan/?draft=m3x9ab#tb-plan-title',
		);
		expect(draftUrl('/plan/', 'a b')).toBe('/plan/?draft=a%20b');
	});

	it('names a draft of a variant the builder no longer has by the builder’s first variant', () => {
		const drafts = new Map([['agenda', [draft('Old', '2026-03-01T10:00:00Z', 'gone')]]]);
		expect(workItems(builders, drafts)[0]!.what).toBe('1:1 agenda');
	});

	it('shows nothing for drafts of a builder the site no longer has', () => {
		expect(workItems(builders, new Map([['retired', [draft('X', '2026-01-01T00:00:00Z')]]]))).toEqual([]);
	});
});
