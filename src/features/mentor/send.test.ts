import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../tests/support/fake-storage';
import { mentorLadderFixture } from '../../../tests/support/mentor-ladder';
import { StoreCore } from '../../kit/store';
import { assessmentCodec, assessmentStorageName } from '../ladder/self-assessment/assessment';
import { evidenceCodec, evidenceStorageName } from '../ladder/evidence-log/log';
import { askSnapshot, evidenceFrom, latestPlan } from './send';

const ladder = mentorLadderFixture;
const now = new Date('2026-11-30T10:00:00Z');
const storeWith = (items: Record<string, unknown>) => {
	const store = new StoreCore('threshold', new FakeStorage());
	const open = { version: 1, parse: (d: unknown) => d };
	for (const [name, value] of Object.entries(items)) {
		store.write(name, name === assessmentStorageName ? assessmentCodec : open, value as never);
	}
	return store;
};
const assessment = {
	current: 'mid',
	target: 'senior',
	marks: {
		'senior-b': { shown: true, evidence: 'PR 9', notApplicable: false, reason: '' },
		'mid-a': { shown: true, evidence: '', notApplicable: false, reason: '' },
		'senior-c': { shown: false, evidence: '', notApplicable: true, reason: 'no services here' },
	},
};

describe('the snapshot a mentee sends', () => {
	it('carries their marks for the levels in scope, with who, when, the site and the ladder', () => {
		const snap = askSnapshot(
			storeWith({ [assessmentStorageName]: assessment }),
			ladder,
			'Ana',
			{ evidence: false, plan: false },
			now,
		);
		expect(snap).toEqual({
			kind: 'ask',
			site: 'threshold',
			ladder: { fingerprint: 'f1f1f1f1', version: '2' },
			from: 'Ana',
			date: '2026-11-30T10:00:00.000Z',
			levels: { current: 'mid', target: 'senior' },
			marks: {
				'senior-b': { kind: 'seen', note: 'PR 9' },
				'senior-c': { kind: 'does-not-apply', note: 'no services here' },
			},
		});
	});

	it('is not made when nothing is marked', () => {
		expect(askSnapshot(storeWith({}), ladder, 'Ana', { evidence: true, plan: true }, now)).toBeUndefined();
	});

	it('adds the evidence log and the newest growth plan only when asked', () => {
		const store = storeWith({
			[assessmentStorageName]: assessment,
			'ladder:evidence': {
				entries: [
					{ id: '1', week: '2026-11-23', text: 'Led the retro', competencies: [], behaviors: ['senior-b'] },
				],
			},
			'builder:growth-plan:x1': {
				name: 'Plan 1',
				variant: 'plan',
				values: { goal: 'old' },
				updated: '2026-10-01T00:00:00Z',
			},
			'builder:growth-plan:x2': {
				name: 'Plan 2',
				variant: 'plan',
				values: { goal: 'Senior by June', empty: ' ' },
				updated: '2026-11-01T00:00:00Z',
			},
		});
		const snap = askSnapshot(store, ladder, 'Ana', { evidence: true, plan: true }, now)!;
		expect(snap.evidence).toEqual([{ week: '2026-11-23', text: 'Led the retro', behaviors: ['senior-b'] }]);
		expect(snap.plan).toEqual({ name: 'Plan 2', values: { goal: 'Senior by June' } });
		const plain = askSnapshot(store, ladder, 'Ana', { evidence: false, plan: false }, now)!;
		expect(plain.evidence).toBeUndefined();
		expect(plain.plan).toBeUndefined();
	});

	it('sends the evidence log as the evidence log saves it today (version 2)', () => {
		const store = storeWith({ [assessmentStorageName]: assessment });
		const entry = {
			...{ id: 'e1', date: '2026-11-24', situation: 'Flaky deploys', did: 'Wrote the rollback runbook' },
			...{
				result: 'No page since',
				witnesses: 'Lee',
				link: '',
				competencies: ['c'],
				behaviors: ['senior-b'],
			},
		};
		store.write(evidenceStorageName, evidenceCodec, { entries: [entry] });
		const snap = askSnapshot(store, ladder, 'Ana', { evidence: true, plan: false }, now)!;
		expect(snap.evidence).toEqual([
			{ week: '2026-11-24', text: 'Wrote the rollback runbook', behaviors: ['senior-b'] },
		]);
	});

	it('leaves out an evidence log it cannot read, entries that say nothing, and plans it cannot read', () => {
		const store = storeWith({ [assessmentStorageName]: assessment, 'ladder:evidence': { entries: [null] } });
		expect(askSnapshot(store, ladder, 'Ana', { evidence: true, plan: false }, now)!.evidence).toEqual([]);
		const blank = {
			id: 'b',
			date: '2026-11-24',
			situation: 'x',
			did: ' ',
			result: '',
			witnesses: '',
			link: '',
		};
		expect(evidenceFrom({ entries: [{ ...blank, competencies: [], behaviors: [] }] })).toEqual([]);
		expect(evidenceFrom(undefined)).toEqual([]);
		expect(latestPlan([])).toBeUndefined();
	});
});
