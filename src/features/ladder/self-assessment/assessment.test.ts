import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../../tests/support/fake-storage';
import { Store } from '../../../kit/backup';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import {
	assessmentCodec,
	assessmentResults,
	assessmentStorageName,
	emptyAssessment,
	hasGap,
	levelsInScope,
	normalizeLevels,
	playbooksForGaps,
	setMark,
} from './assessment';

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
		expect(state.marks['ship-flags']).toEqual({ shown: false, evidence: 'Launch' });
		state = setMark(state, 'ship-flags', { evidence: ' ' });
		expect(state.marks).toEqual({});
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

	it('rejects saved data of the wrong shape, so the store sets it aside', () => {
		expect(() =>
			assessmentCodec.parse({ current: 'a', target: 'b', marks: { x: { shown: 'yes' } } }),
		).toThrow('the mark for "x" must have shown (true or false) and evidence (text)');
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
