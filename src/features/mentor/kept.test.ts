import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../tests/support/fake-storage';
import { StoreCore } from '../../kit/store';
import { keptCodec, keptName, readKept, type KeptView } from './kept';

const view: KeptView = {
	kind: 'view',
	site: 'threshold',
	ladder: { fingerprint: 'f1f1f1f1', version: '2' },
	from: 'Lee',
	date: '2026-11-29T17:02:11.000Z',
	marks: { 'senior-b': { kind: 'seen', note: 'The export review' } },
	keptOn: '2026-11-30',
};

describe('kept mentor views', () => {
	it('are listed by name, and one that cannot be read is reported and set aside, never dropped', () => {
		const backend = new FakeStorage();
		const store = new StoreCore('threshold', backend);
		store.write(keptName(view), keptCodec, view);
		const broken = '{"v":2,"savedAt":"x","data":{"kind":"view","from":"Sam"}}';
		backend.items.set('threshold:v2:mentor:view:0bad0bad', broken);
		const kept = readKept(store);
		expect(kept).toEqual({ views: [[keptName(view), view]], problem: 'invalid' });
		expect(store.asideKeys('mentor:view:0bad0bad').map((k) => backend.items.get(k))).toEqual([broken]);
		expect(backend.items.get('threshold:v2:mentor:view:0bad0bad')).toBe(broken);
	});

	it('report no problem when every view can be read', () => {
		const store = new StoreCore('threshold', new FakeStorage());
		store.write(keptName(view), keptCodec, view);
		expect(readKept(store)).toEqual({ views: [[keptName(view), view]] });
	});
});
