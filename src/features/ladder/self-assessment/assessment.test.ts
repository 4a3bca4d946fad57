import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../../tests/support/fake-storage';
import { Store } from '../../../kit/backup';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import {
	assessmentCodec,
	assessmentResults,
	assessmentStorageName,
	levelsInScope,
	normalizeLevels,
} from './assessment';
import { emptyAssessment, hasGap, playbooksForGaps, setMark } from './marks';

describe('which behaviors the self-assessment asks about', () => {
	it('asks about every level above the current one, up to the target', () => {
		expect(levelsInScope(levels, 'associate', 'principal')).toEqual(['engineer', 'principal']);
		expect(levelsInScope(levels, 'associate', 'engineer')).toEqual(['engineer']);
	});

	it('asks about the level itself when current and target are the same', () => {
		expect(levelsInScope(levels, 'engineer', 'engineer')).toEqual(['engineer']);
	});

	it('never aims below the current level, and falls back when a saved level was removed', () => {
		const defaults = { current: 'associate', target: 'engineer' };
		expect(normalizeLevels(levels, 'principal', 'associate', defaults)).toEqual({
			current: 'principal',
			target: 'principal',
		});
		expect(normalizeLevels(levels, 'senior', 'staff', defaults)).toEqual(defaults);
	});
});

describe('results', () => {
	it('counts a tick as shown only with a line of evidence', () => {
		let state = emptyAssessment('associate', 'engineer');
		state = setMark(state, 'ship-flags', { shown: true, evidence: 'Checkout launch, March' });
		state = setMark(state, 'ship-rollback', { shown: true });
		const [shipping] = assessmentResults(competencies, levels, state);
		expect(shipping!.evidenced).toBe(1);
		expect(shipping!.unsupported.map((i) => i.id)).toEqual(['ship-rollback']);
		expect(hasGap(shipping!)).toBe(true);
	});

	it('leaves out competencies with nothing at the levels in scope', () => {
		const results = assessmentResults(competencies, levels, emptyAssessment('associate', 'engineer'));
		expect(results.map((r) => r.competency.id)).toEqual(['shipping']);
		const wider = assessmentResults(competencies, levels, emptyAssessment('associate', 'principal'));
		expect(wider.map((r) => [r.competency.id, r.total])).toEqual([
			['shipping', 3],
			['hiring', 1],
		]);
	});

	it('forgets an unticked behavior with no evidence, but keeps evidence typed before the tick', () => {
		let state = setMark(emptyAssessment('associate', 'engineer'), 'ship-flags', { evidence: 'Launch' });
		expect(state.marks['ship-flags']).toEqual({
			shown: false,
			evidence: 'Launch',
			notApplicable: false,
			reason: '',
		});
		state = setMark(state, 'ship-flags', { evidence: ' ' });
		expect(state.marks).toEqual({});
	});
});

describe('"does not apply to my role"', () => {
	const marked = setMark(
		setMark(emptyAssessment('associate', 'principal'), 'ship-rollback', {
			notApplicable: true,
			reason: 'Releases are the platform team’s',
		}),
		'hire-design',
		{ notApplicable: true, reason: 'No hiring in my role' },
	);

	it('is not a gap, and counts in no total', () => {
		const [shipping, hiring] = assessmentResults(competencies, levels, marked);
		expect(shipping!.total).toBe(2);
		expect(shipping!.notYet.map((i) => i.id)).toEqual(['ship-flags', 'ship-platform']);
		expect(shipping!.notApplicable.map((i) => i.id)).toEqual(['ship-rollback']);
		expect(hiring!.total).toBe(0);
		expect(hasGap(hiring!)).toBe(false);
	});

	it('unticks "seen", and ticking "seen" again takes it back while the reason stays for next time', () => {
		const seen = setMark(emptyAssessment('associate', 'engineer'), 'ship-flags', { shown: true });
		const na = setMark(seen, 'ship-flags', { notApplicable: true, reason: 'Not my area' });
		expect(na.marks['ship-flags']).toMatchObject({ shown: false, notApplicable: true });
		const back = setMark(na, 'ship-flags', { shown: true });
		expect(back.marks['ship-flags']).toMatchObject({
			shown: true,
			notApplicable: false,
			reason: 'Not my area',
		});
		expect(setMark(na, 'ship-flags', { notApplicable: false, reason: '' }).marks).toEqual({});
	});
});

describe('saving the assessment', () => {
	it('round-trips through the store and keeps marks for behaviors the ladder no longer has', () => {
		const store = new Store('acme', new FakeStorage());
		const state = setMark(emptyAssessment('associate', 'engineer'), 'removed-behavior', {
			shown: true,
			evidence: 'Still mine',
		});
		store.write(assessmentStorageName, assessmentCodec, state);
		expect(store.read(assessmentStorageName, assessmentCodec)).toEqual({ status: 'ok', value: state });
	});

	it('migrates marks saved before "does not apply" existed, losing none, and leaves the old copy', () => {
		const backend = new FakeStorage();
		const old = {
			current: 'associate',
			target: 'engineer',
			marks: {
				'ship-flags': { shown: true, evidence: 'Checkout launch' },
				'removed-behavior': { shown: false, evidence: 'Typed before the tick' },
			},
		};
		const oldRaw = JSON.stringify({ v: 1, savedAt: '2026-10-01T00:00:00.000Z', data: old });
		backend.setItem('acme:v1:ladder:assessment', oldRaw);
		const result = new Store('acme', backend).read(assessmentStorageName, assessmentCodec);
		expect(result).toEqual({
			status: 'ok',
			migratedFrom: 1,
			value: {
				current: 'associate',
				target: 'engineer',
				marks: {
					'ship-flags': { shown: true, evidence: 'Checkout launch', notApplicable: false, reason: '' },
					'removed-behavior': {
						shown: false,
						evidence: 'Typed before the tick',
						notApplicable: false,
						reason: '',
					},
				},
			},
		});
		expect(backend.getItem('acme:v1:ladder:assessment')).toBe(oldRaw);
		expect(JSON.parse(backend.getItem('acme:v3:ladder:assessment')!).v).toBe(3);
	});

	it('sets aside old data it cannot read rather than migrating it into something else', () => {
		const backend = new FakeStorage();
		backend.setItem(
			'acme:v1:ladder:assessment',
			JSON.stringify({
				v: 1,
				savedAt: '2026-10-01T00:00:00.000Z',
				data: { current: 'a', target: 'b', marks: [] },
			}),
		);
		const store = new Store('acme', backend);
		expect(store.read(assessmentStorageName, assessmentCodec)).toMatchObject({ status: 'unreadable' });
		expect(store.asideKeys(assessmentStorageName)).toHaveLength(1);
	});

	it('rejects saved data of the wrong shape, so the store sets it aside', () => {
		expect(() =>
			assessmentCodec.parse({ current: 'a', target: 'b', marks: { x: { shown: 'yes' } } }),
		).toThrow(
			'the mark for "x" must have shown and notApplicable (true or false), evidence and reason (text)',
		);
		expect(() => assessmentCodec.parse(null)).toThrow('not an object');
	});
});

describe('playbooks for the gaps', () => {
	it('puts the playbook that trains the most competencies with gaps first, and says which', () => {
		expect(
			playbooksForGaps([
				{ competency: 'Shipping', playbooks: ['guides/flags', 'guides/pairing'] },
				{ competency: 'Pairing', playbooks: ['guides/pairing', 'guides/pairing'] },
			]),
		).toEqual([
			{ playbook: 'guides/pairing', competencies: ['Shipping', 'Pairing'] },
			{ playbook: 'guides/flags', competencies: ['Shipping'] },
		]);
	});
});
