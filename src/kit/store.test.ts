import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../tests/support/fake-storage';
import { Store, StoreCore, siteNamespace, type Codec } from './backup';

/** A Map-backed stand-in for localStorage that can be made to fail. */
type Ticks = { checked: string[] };
const ticks: Codec<Ticks> = {
	version: 2,
	parse(data) {
		const d = data as Ticks;
		if (!d || !Array.isArray(d.checked) || !d.checked.every((x) => typeof x === 'string')) {
			throw new Error('checked must be a list of item ids');
		}
		return { checked: [...d.checked] };
	},
	// Version 1 stored a map of id -> boolean.
	migrations: {
		1: (old) => ({
			checked: Object.entries(old as Record<string, boolean>)
				.filter(([, on]) => on)
				.map(([id]) => id),
		}),
	},
};

const clock = () => new Date('2026-11-22T10:00:00.000Z');

describe('Store', () => {
	it('reads back what it wrote, under a namespaced, versioned key', () => {
		const backend = new FakeStorage();
		const store = new Store('threshold', backend, clock);
		expect(store.write('checklist:basics', ticks, { checked: ['a', 'b'] })).toEqual({ persisted: true });
		expect([...backend.items.keys()]).toEqual(['threshold:v2:checklist:basics']);
		expect(store.read('checklist:basics', ticks)).toEqual({ status: 'ok', value: { checked: ['a', 'b'] } });
	});

	it('keeps two sites on one origin apart', () => {
		const backend = new FakeStorage();
		new Store(siteNamespace('threshold', '/team-a/'), backend).write('c', ticks, { checked: ['a'] });
		const other = new Store(siteNamespace('threshold', '/team-b/'), backend);
		expect(other.read('c', ticks)).toEqual({ status: 'empty' });
	});

	it('migrates version 1 data forward and leaves the old key in place', () => {
		const backend = new FakeStorage();
		const old = JSON.stringify({ v: 1, savedAt: 'x', data: { a: true, b: false, c: true } });
		backend.items.set('threshold:v1:c', old);
		const result = new Store('threshold', backend, clock).read('c', ticks);
		expect(result).toEqual({ status: 'ok', value: { checked: ['a', 'c'] }, migratedFrom: 1 });
		expect(backend.items.get('threshold:v1:c')).toBe(old);
		expect(JSON.parse(backend.items.get('threshold:v2:c')!).data).toEqual({ checked: ['a', 'c'] });
	});

	it('sets corrupt data aside instead of deleting it, and reports why', () => {
		const backend = new FakeStorage();
		backend.items.set('threshold:v2:c', '{not json');
		const store = new Store('threshold', backend, clock);
		const result = store.read('c', ticks);
		expect(result).toMatchObject({
			status: 'unreadable',
			reason: 'damaged',
			detail: 'the saved text is not valid JSON',
		});
		expect(backend.items.get('threshold:v2:c')).toBe('{not json');
		expect(store.asideKeys('c').map((k) => backend.items.get(k))).toEqual(['{not json']);
		// Reading again does not pile up copies.
		store.read('c', ticks);
		expect(store.asideKeys('c')).toHaveLength(1);
	});

	it('treats a value from an unknown version as unreadable and keeps it', () => {
		const backend = new FakeStorage();
		backend.items.set('threshold:v2:c', JSON.stringify({ v: 7, savedAt: 'x', data: {} }));
		const store = new Store('threshold', backend, clock);
		expect(store.read('c', ticks)).toMatchObject({ status: 'unreadable' });
		store.write('c', ticks, { checked: ['new'] });
		expect(store.read('c', ticks)).toEqual({ status: 'ok', value: { checked: ['new'] } });
		const aside = store.asideKeys('c').map((k) => JSON.parse(backend.items.get(k)!).v);
		expect(aside).toEqual([7]);
	});

	it('keeps working in memory when storage is full, and says ticks will not be kept', () => {
		const backend = new FakeStorage();
		const store = new Store('threshold', backend, clock);
		backend.failWrites = Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
		const result = store.write('c', ticks, { checked: ['a'] });
		expect(result).toEqual({ persisted: false, reason: 'refused' });
		expect(store.persistent).toBe(false);
		expect(store.read('c', ticks)).toEqual({ status: 'ok', value: { checked: ['a'] } });
	});

	it('a reset while storage is full leaves what was saved before untouched for the next visit', () => {
		const backend = new FakeStorage();
		new Store('threshold', backend, clock).write('c', ticks, { checked: ['a', 'b'] });
		const saved = new Map(backend.items);
		const visit = new Store('threshold', backend, clock);
		backend.failWrites = Object.assign(new Error('quota exceeded'), { name: 'QuotaExceededError' });
		visit.write('c', ticks, { checked: ['a', 'b', 'c'] });
		const aside = visit.remove('c', ticks.version);
		expect(aside).not.toBeNull();
		expect(visit.read('c', ticks)).toEqual({ status: 'empty' });
		expect(visit.names()).toEqual([]);
		expect(visit.restoreAside(aside!, 'c', ticks.version)).toBe(true);
		expect(visit.read('c', ticks)).toMatchObject({ value: { checked: ['a', 'b', 'c'] } });
		visit.remove('c', ticks.version);
		backend.failWrites = null;
		expect(backend.items).toEqual(saved);
		expect(new Store('threshold', backend, clock).read('c', ticks)).toMatchObject({
			value: { checked: ['a', 'b'] },
		});
	});

	it('works for the visit when storage is blocked', () => {
		const store = new Store('threshold', null, clock);
		expect(store.write('c', ticks, { checked: ['a'] })).toMatchObject({ persisted: false });
		expect(store.read('c', ticks)).toEqual({ status: 'ok', value: { checked: ['a'] } });
	});

	it('refuses to write an invalid value', () => {
		const store = new Store('threshold', new FakeStorage(), clock);
		expect(() => store.write('c', ticks, { checked: [1] } as unknown as Ticks)).toThrow(/list of item ids/);
	});

	it('exports everything, unreadable and set-aside data included, and imports it elsewhere', () => {
		const a = new FakeStorage();
		const storeA = new Store('threshold', a, clock);
		storeA.write('c', ticks, { checked: ['a'] });
		a.items.set('threshold:v2:broken', 'garbage');
		storeA.read('broken', ticks);
		const bundle = JSON.parse(JSON.stringify(storeA.exportAll()));
		expect(Object.values(bundle.entries)).toContain('garbage');

		const b = new FakeStorage();
		const storeB = new Store(siteNamespace('threshold', '/fork/'), b, clock);
		const { restored } = storeB.importAll(bundle);
		expect(restored).toContain('c');
		expect(storeB.read('c', ticks)).toEqual({ status: 'ok', value: { checked: ['a'] } });
	});

	it('sets aside what an import would overwrite, and says which entries it replaced', () => {
		const store = new Store('threshold', new FakeStorage(), clock);
		store.write('c', ticks, { checked: ['mine'] });
		store.write('same', ticks, { checked: ['a'] });
		const theirs = new Store('threshold', new FakeStorage(), clock);
		theirs.write('c', ticks, { checked: ['theirs'] });
		theirs.write('same', ticks, { checked: ['a'] });
		const result = store.importAll(theirs.exportAll());
		expect(result).toEqual({ restored: ['c', 'same'], replaced: ['c'], skipped: [] });
		expect(store.read('c', ticks)).toMatchObject({ value: { checked: ['theirs'] } });
		expect(store.asideKeys('c').map((k) => JSON.parse(store.exportAll().entries[k]!).data)).toEqual([
			{ checked: ['mine'] },
		]);
	});

	it('exports one entry with its set-aside copies, and not entries whose names merely start the same', () => {
		const backend = new FakeStorage();
		const store = new Store('threshold', backend, clock);
		backend.items.set('threshold:v2:checklist:a', 'broken');
		store.read('checklist:a', ticks);
		store.write('checklist:a', ticks, { checked: ['x'] });
		store.write('checklist:ab', ticks, { checked: ['y'] });
		const bundle = store.exportEntry('checklist:a');
		expect(Object.keys(bundle.entries).sort()).toEqual([
			'threshold:aside:checklist:a:2026-11-22T10:00:00.000Z',
			'threshold:v2:checklist:a',
		]);
	});

	it('imports only the named entry, with its set-aside copies, when asked to', () => {
		const source = new Store('threshold', new FakeStorage(), clock);
		source.write('checklist:a', ticks, { checked: ['x'] });
		source.write('checklist:b', ticks, { checked: ['y'] });
		source.write('checklist:a', ticks, { checked: ['x', 'z'] });
		source.remove('checklist:a', ticks.version);
		source.write('checklist:a', ticks, { checked: ['new'] });
		const target = new Store('threshold', new FakeStorage(), clock);
		const { restored } = target.importAll(source.exportAll(), 'checklist:a');
		expect(restored).toEqual(['checklist:a']);
		expect(target.asideKeys('checklist:a')).toEqual(['threshold:aside:checklist:a:2026-11-22T10:00:00.000Z']);
		expect(target.read('checklist:a', ticks)).toMatchObject({ value: { checked: ['new'] } });
		expect(target.read('checklist:b', ticks)).toEqual({ status: 'empty' });
	});

	it('rejects a file that is not an export, saying so', () => {
		const store = new Store('threshold', new FakeStorage(), clock);
		expect(() => store.importAll({ hello: 1 })).toThrow(expect.objectContaining({ problem: 'notBackup' }));
	});

	it('can undo a removal', () => {
		const store = new Store('threshold', new FakeStorage(), clock);
		store.write('c', ticks, { checked: ['a'] });
		const aside = store.remove('c', ticks.version);
		expect(store.read('c', ticks)).toEqual({ status: 'empty' });
		expect(store.restoreAside(aside!, 'c', ticks.version)).toBe(true);
		expect(store.read('c', ticks)).toEqual({ status: 'ok', value: { checked: ['a'] } });
	});

	it('a removed entry that was migrated from an older version stays removed on the next visit', () => {
		const backend = new FakeStorage();
		backend.items.set('threshold:v1:c', JSON.stringify({ v: 1, savedAt: 'x', data: { a: true } }));
		const store = new Store('threshold', backend, clock);
		expect(store.read('c', ticks)).toMatchObject({ value: { checked: ['a'] }, migratedFrom: 1 });
		const aside = store.remove('c', ticks.version);
		expect(new Store('threshold', backend, clock).read('c', ticks)).toEqual({ status: 'empty' });
		expect(store.restoreAside(aside!, 'c', ticks.version)).toBe(true);
		expect(new Store('threshold', backend, clock).read('c', ticks)).toEqual({
			status: 'ok',
			value: { checked: ['a'] },
		});
	});

	it('notifies a subscriber when another tab changes the entry', () => {
		const store = new Store('threshold', new FakeStorage(), clock);
		const target = new EventTarget();
		let calls = 0;
		const off = store.subscribe('c', () => calls++, target);
		const event = (key: string) => Object.assign(new Event('storage'), { key });
		target.dispatchEvent(event('threshold:v2:c'));
		target.dispatchEvent(event('threshold:v2:other'));
		off();
		target.dispatchEvent(event('threshold:v2:c'));
		expect(calls).toBe(1);
	});

	it('lets a full store take over a core store, sharing what it kept in memory for the visit', () => {
		const core = new StoreCore('threshold', null, clock);
		core.write('c', ticks, { checked: ['a'] });
		const store = Store.over(core);
		expect(Object.keys(store.exportAll().entries)).toEqual(['threshold:v2:c']);
		const other = new Store('threshold', new FakeStorage(), clock);
		other.write('c', ticks, { checked: ['b'] });
		store.importAll(other.exportAll());
		expect(core.read('c', ticks)).toEqual({ status: 'ok', value: { checked: ['b'] } });
		expect(core.persistent).toBe(false);
	});
});
