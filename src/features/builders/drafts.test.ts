import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../tests/support/fake-storage';
import { loadBuilder } from '../../../tests/support/builders';
import { Store } from '../../kit/backup';
import { draftCodec, draftPrefix, newDraftId, type Draft } from './drafts';
import { draftHeadCodec, draftHeadPrefix } from './draft-head';
import { blankValues, variantOf } from './model';

const model = loadBuilder('growth-plan');
const codec = draftCodec(model);
const draft = (name: string): Draft => ({
	name,
	variant: 'plan',
	values: { ...blankValues(variantOf(model, 'plan')), name: 'Sam' },
	updated: '2026-01-01T00:00:00.000Z',
});

describe('builder drafts', () => {
	it('are saved under builder:<kind>:<id> and read back', () => {
		const backend = new FakeStorage();
		const store = new Store('threshold', backend);
		store.write(`${draftPrefix('growth-plan')}abc`, codec, draft('Plan 1'));
		expect([...backend.items.keys()]).toEqual(['threshold:v1:builder:growth-plan:abc']);
		expect(store.names(draftPrefix('growth-plan'))).toEqual(['builder:growth-plan:abc']);
		const read = store.read(`${draftPrefix('growth-plan')}abc`, codec);
		expect(read.status === 'ok' && read.value.values['name']).toBe('Sam');
	});

	it('that cannot be read are set aside, not lost', () => {
		const backend = new FakeStorage();
		backend.setItem('threshold:v1:builder:growth-plan:bad', JSON.stringify({ v: 1, data: { name: 3 } }));
		const store = new Store('threshold', backend);
		const read = store.read('builder:growth-plan:bad', codec);
		expect(read.status).toBe('unreadable');
		expect(store.asideKeys('builder:growth-plan:bad')).toHaveLength(1);
	});

	it('read for a list (name, variant, last edit) without their builder, from where the builder saved them', () => {
		const store = new Store('threshold', new FakeStorage());
		store.write(`${draftPrefix('growth-plan')}abc`, codec, draft('Plan 1'));
		expect(draftHeadPrefix('growth-plan')).toBe(draftPrefix('growth-plan'));
		expect(draftHeadCodec.version).toBe(codec.version);
		const read = store.read(`${draftHeadPrefix('growth-plan')}abc`, draftHeadCodec);
		expect(read).toEqual({
			status: 'ok',
			value: { name: 'Plan 1', variant: 'plan', updated: '2026-01-01T00:00:00.000Z' },
		});
	});

	it('get ids that differ between two tabs opened at the same moment', () => {
		const ids = new Set(Array.from({ length: 50 }, () => newDraftId()));
		expect(ids.size).toBe(50);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+$/);
	});
});
