import { describe, expect, it } from 'vitest';
import { log } from '../../../../tests/support/evidence-log';
import { FakeStorage } from '../../../../tests/support/fake-storage';
import { Store } from '../../../kit/backup';
import { evidenceCodec, evidenceStorageName } from './log';
describe('the log', () => {
	it('rejects a saved log of the wrong shape', () => {
		const entry = { ...log.entries[0]!, date: 'monday' };
		expect(() => evidenceCodec.parse({ entries: [entry] })).toThrow(
			'entry 1 needs an id, a date (YYYY-MM-DD) and what you did',
		);
		const { result: _, ...noResult } = log.entries[0]!;
		expect(() => evidenceCodec.parse({ entries: [noResult] })).toThrow(
			'entry 1 needs text (maybe empty) for situation, did, result, witnesses and link',
		);
		expect(evidenceCodec.parse(log)).toEqual(log);
	});
});

describe('a log saved before entries had the playbook’s parts', () => {
	const v1 = {
		entries: [
			{
				id: 'old',
				week: '2026-10-05',
				text: 'Drove the API versioning decision.',
				competencies: ['decisions'],
				behaviors: ['dec-frames-options'],
			},
			{ id: 'older', week: '2026-09-28', text: 'Untagged note.', competencies: [], behaviors: [] },
		],
	};
	const saved = (data: unknown) => JSON.stringify({ v: 1, savedAt: '2026-10-09T00:00:00.000Z', data });

	it('keeps every entry: its text becomes what you did, its week the date, and the old copy stays', () => {
		const backend = new FakeStorage();
		backend.setItem('acme:v1:ladder:evidence', saved(v1));
		const result = new Store('acme', backend).read(evidenceStorageName, evidenceCodec);
		const blank = { situation: '', result: '', witnesses: '', link: '' };
		expect(result).toEqual({
			status: 'ok',
			migratedFrom: 1,
			value: {
				entries: [
					{
						id: 'old',
						date: '2026-10-05',
						...blank,
						did: 'Drove the API versioning decision.',
						competencies: ['decisions'],
						behaviors: ['dec-frames-options'],
					},
					{
						id: 'older',
						date: '2026-09-28',
						...blank,
						did: 'Untagged note.',
						competencies: [],
						behaviors: [],
					},
				],
			},
		});
		expect(backend.getItem('acme:v1:ladder:evidence')).toBe(saved(v1));
		expect(JSON.parse(backend.getItem('acme:v3:ladder:evidence')!).v).toBe(3);
	});

	it('sets aside an old log it cannot read instead of dropping its entries', () => {
		const backend = new FakeStorage();
		backend.setItem('acme:v1:ladder:evidence', saved({ entries: [{ id: 'x', week: 'soon', text: 'y' }] }));
		const store = new Store('acme', backend);
		expect(store.read(evidenceStorageName, evidenceCodec)).toMatchObject({ status: 'unreadable' });
		expect(store.asideKeys(evidenceStorageName)).toHaveLength(1);
		expect(backend.getItem('acme:v1:ladder:evidence')).not.toBeNull();
	});
});

describe('a log saved before it recorded the ladder (version 2)', () => {
	const saved = (v: number, data: unknown) =>
		JSON.stringify({ v, savedAt: '2026-11-01T00:00:00.000Z', data });

	it('loads unchanged, with no ladder seen and no archive, and the version 2 copy stays', () => {
		const backend = new FakeStorage();
		backend.setItem('acme:v2:ladder:evidence', saved(2, log));
		const result = new Store('acme', backend).read(evidenceStorageName, evidenceCodec);
		expect(result).toStrictEqual({ status: 'ok', migratedFrom: 2, value: { entries: log.entries } });
		expect(backend.getItem('acme:v2:ladder:evidence')).toBe(saved(2, log));
	});

	it('keeps tags a ladder change set aside, and refuses an archive holding marks', () => {
		const archive = {
			marks: [],
			tags: [{ entry: 'a', competencies: [], behaviors: ['gone'], ladderVersion: 2 }],
		};
		const seen = { version: 2, behaviors: {}, competencies: [] };
		expect(evidenceCodec.parse({ ...log, seen, archive })).toStrictEqual({ ...log, seen, archive });
		const withMark = { marks: [{ id: 'x', reason: 'removed', ladderVersion: 2, mark: {} }], tags: [] };
		expect(() => evidenceCodec.parse({ ...log, archive: withMark })).toThrow(
			'the evidence log archives no marks',
		);
	});
});
