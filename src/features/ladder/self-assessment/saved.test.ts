import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../../tests/support/fake-storage';
import { ladder } from '../../../../tests/support/migrate-fixtures';
import { Store } from '../../../kit/backup';
import { ladderMoved } from '../islands/ladder-state';
import { assessmentCodec, assessmentStorageName, type AssessmentState } from './saved';

const mark = (evidence: string) => ({ shown: true, evidence, notApplicable: false, reason: '' });
const envelope = (v: number, data: unknown) =>
	JSON.stringify({ v, savedAt: '2026-11-01T00:00:00.000Z', data });

describe('an assessment saved before it recorded the ladder (version 2)', () => {
	const v2 = { current: 'mid-level', target: 'senior', marks: { 'ship-flags': mark('Checkout launch') } };

	it('loads unchanged, with no ladder seen and nothing archived, and the version 2 copy stays', () => {
		const backend = new FakeStorage();
		backend.setItem('acme:v2:ladder:assessment', envelope(2, v2));
		const result = new Store('acme', backend).read(assessmentStorageName, assessmentCodec);
		expect(result).toStrictEqual({ status: 'ok', migratedFrom: 2, value: v2 });
		expect(backend.getItem('acme:v2:ladder:assessment')).toBe(envelope(2, v2));
		expect(JSON.parse(backend.getItem('acme:v3:ladder:assessment')!)).toMatchObject({ v: 3, data: v2 });
	});

	it('is told apart from data saved on the current ladder, so its marks get checked against it', () => {
		const current = ladder(2, { 'ship-flags': 'Ships behind flags.' }, ['shipping']);
		const seen = { version: 2, behaviors: current.behaviors, competencies: current.competencies };
		expect(ladderMoved(undefined, ['ship-flags'], current)).toBe(true);
		expect(ladderMoved(undefined, [], current)).toBe(false);
		expect(ladderMoved(seen, ['ship-flags'], current)).toBe(false);
		expect(ladderMoved({ ...seen, version: 1 }, ['ship-flags'], current)).toBe(true);
		expect(ladderMoved(seen, ['ship-gone'], current)).toBe(true);
	});
});

describe('an assessment on a versioned ladder (version 3)', () => {
	const state: AssessmentState = {
		current: 'mid-level',
		target: 'senior',
		marks: { 'ship-flags': mark('Checkout launch') },
		seen: { version: 2, behaviors: { 'ship-flags': 'a1b2c3d4' }, competencies: ['shipping'] },
		archive: {
			marks: [{ id: 'ship-gone', mark: mark('Old launch'), reason: 'removed', ladderVersion: 2 }],
			tags: [],
		},
	};

	it('keeps the ladder seen and the archived marks through a save and a read', () => {
		const store = new Store('acme', new FakeStorage());
		store.write(assessmentStorageName, assessmentCodec, state);
		expect(store.read(assessmentStorageName, assessmentCodec)).toStrictEqual({ status: 'ok', value: state });
	});

	it('carries the archive in a backup of the assessment', () => {
		const store = new Store('acme', new FakeStorage());
		store.write(assessmentStorageName, assessmentCodec, state);
		const bundle = store.exportEntry(assessmentStorageName);
		const restored = new Store('acme', new FakeStorage());
		restored.importAll(bundle, assessmentStorageName);
		const read = restored.read(assessmentStorageName, assessmentCodec);
		expect(read.status === 'ok' && read.value.archive?.marks.map((m) => [m.id, m.mark.evidence])).toEqual([
			['ship-gone', 'Old launch'],
		]);
	});

	it('refuses a damaged ladder record or archive, so the store sets it aside', () => {
		expect(() => assessmentCodec.parse({ ...state, seen: { version: '2' } })).toThrow(
			'the saved ladder is not in the expected format',
		);
		expect(() => assessmentCodec.parse({ ...state, seen: null })).toThrow(
			'the saved ladder is not in the expected format',
		);
		expect(() =>
			assessmentCodec.parse({ ...state, archive: { marks: [{ id: 'x', mark: mark('') }], tags: [] } }),
		).toThrow('the saved archived mark is not in the expected format');
		expect(() =>
			assessmentCodec.parse({
				...state,
				archive: { marks: [{ id: 'x', reason: 'removed', ladderVersion: 1, mark: { shown: 1 } }], tags: [] },
			}),
		).toThrow('the mark for "x" must have shown');
	});
});
