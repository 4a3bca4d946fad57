import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../tests/support/fake-storage';
import { loadBuilder } from '../../../tests/support/builders';
import { Store } from '../../kit/backup';
import { draftCodec, draftPrefix, newDraftId, saveTime, type Draft } from './drafts';
import { draftHeadCodec, draftHeadPrefix } from './draft-head';
import { blankValues, variantOf } from './model';

const model = loadBuilder('growth-plan');
const codec = draftCodec(model);
const draft = (name: string): Draft => ({
	name,
	variant: 'plan',
	values: { ...blankValues(variantOf(model, 'plan')), name: 'Sam' },
	created: '2025-12-30T08:00:00.000Z',
	updated: '2026-01-01T00:00:00.000Z',
});

describe('builder drafts', () => {
	it('are saved under builder:<kind>:<id> and read back', () => {
		const backend = new FakeStorage();
		const store = new Store('threshold', backend);
		store.write(`${draftPrefix('growth-plan')}abc`, codec, draft('Plan 1'));
		expect([...backend.items.keys()]).toEqual(['threshold:v2:builder:growth-plan:abc']);
		expect(store.names(draftPrefix('growth-plan'))).toEqual(['builder:growth-plan:abc']);
		const read = store.read(`${draftPrefix('growth-plan')}abc`, codec);
		expect(read.status === 'ok' && read.value.values['name']).toBe('Sam');
	});

	it('that cannot be read are set aside, not lost', () => {
		const backend = new FakeStorage();
		backend.setItem('threshold:v2:builder:growth-plan:bad', JSON.stringify({ v: 2, data: { name: 3 } }));
		const store = new Store('threshold', backend);
		const read = store.read('builder:growth-plan:bad', codec);
		expect(read.status).toBe('unreadable');
		expect(store.asideKeys('builder:growth-plan:bad')).toHaveLength(1);
	});

	it('read for a list (name, variant, start, last edit) without their builder, from where the builder saved them', () => {
		const store = new Store('threshold', new FakeStorage());
		store.write(`${draftPrefix('growth-plan')}abc`, codec, draft('Plan 1'));
		expect(draftHeadPrefix('growth-plan')).toBe(draftPrefix('growth-plan'));
		expect(draftHeadCodec.version).toBe(codec.version);
		const { created: _created, ...v1 } = draft('Plan 1');
		for (const data of [v1, null, 'not a draft']) {
			expect(draftHeadCodec.migrations![1]!(data)).toEqual(codec.migrations![1]!(data));
		}
		const read = store.read(`${draftHeadPrefix('growth-plan')}abc`, draftHeadCodec);
		expect(read).toMatchObject({
			status: 'ok',
			value: {
				name: 'Plan 1',
				variant: 'plan',
				created: '2025-12-30T08:00:00.000Z',
				updated: '2026-01-01T00:00:00.000Z',
			},
		});
	});

	it('saved before drafts kept their start, listed first by My growth, still open in their builder with every answer', () => {
		const backend = new FakeStorage();
		const { created: _created, ...v1 } = draft('Plan 1');
		backend.setItem('threshold:v1:builder:growth-plan:old', JSON.stringify({ v: 1, savedAt: 'x', data: v1 }));
		const store = new Store('threshold', backend);
		const head = store.read('builder:growth-plan:old', draftHeadCodec);
		expect(head).toMatchObject({ status: 'ok', value: { created: v1.updated }, migratedFrom: 1 });
		expect(store.read('builder:growth-plan:old', codec)).toEqual({
			status: 'ok',
			value: { ...v1, created: v1.updated },
		});
	});

	it('deleted, stay deleted: the copy an older version saved does not bring them back', () => {
		const backend = new FakeStorage();
		const { created: _created, ...v1 } = draft('Plan 1');
		backend.setItem('threshold:v1:builder:growth-plan:old', JSON.stringify({ v: 1, savedAt: 'x', data: v1 }));
		const store = new Store('threshold', backend);
		expect(store.read('builder:growth-plan:old', codec).status).toBe('ok');
		const aside = store.remove('builder:growth-plan:old', codec.version);
		expect(store.names(draftPrefix('growth-plan'))).toEqual([]);
		expect(store.read('builder:growth-plan:old', codec)).toEqual({ status: 'empty' });
		// Undo brings back the draft as it was when deleted.
		expect(store.restoreAside(aside!, 'builder:growth-plan:old', codec.version)).toBe(true);
		expect(store.read('builder:growth-plan:old', codec)).toEqual({
			status: 'ok',
			value: { ...v1, created: v1.updated },
		});
	});

	it('get ids that differ between two tabs opened at the same moment', () => {
		const ids = new Set(Array.from({ length: 50 }, () => newDraftId()));
		expect(ids.size).toBe(50);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+$/);
	});
});

describe('the time a save is stamped with', () => {
	it('is now when the clock has moved on since the last save', () => {
		expect(saveTime(1_000, 400)).toBe(1_000);
	});

	it('is a millisecond after the last save when saves come within the same millisecond, or the clock went back', () => {
		let last = 0;
		const stamps = [5_000, 5_000, 5_000, 4_990].map((now) => (last = saveTime(now, last)));
		expect(stamps).toEqual([5_000, 5_001, 5_002, 5_003]);
	});
});
