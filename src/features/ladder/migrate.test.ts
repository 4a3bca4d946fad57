import { describe, expect, it } from 'vitest';
import {
	changesSince,
	fingerprint,
	hasChanges,
	migrate,
	migrateEntries,
	migrateMarks,
	resolveId,
} from './migrate';
import { entry, ladder, mark, saved, type Mark } from '../../../tests/support/migrate-fixtures';

describe('fingerprint: tells a reworded behavior from an unchanged one', () => {
	it('changes when the words change', () => {
		expect(fingerprint('Finds the root cause.')).not.toBe(fingerprint('Finds the root causes.'));
	});
	it('stays when only line breaks or spacing change (YAML folding)', () => {
		expect(fingerprint('Finds the\n  root cause. ')).toBe(fingerprint('Finds the root cause.'));
	});
	it('is eight hex digits', () => {
		expect(fingerprint('')).toMatch(/^[0-9a-f]{8}$/);
		expect(fingerprint('Écrit une note ✓')).toMatch(/^[0-9a-f]{8}$/);
	});
});

describe('resolveId: the live id a saved id is now', () => {
	const live = new Set(['c']);
	it('is the id itself when it is live', () => expect(resolveId('c', {}, live)).toBe('c'));
	it('follows a chain of renames across versions', () =>
		expect(resolveId('a', { a: 'b', b: 'c' }, live)).toBe('c'));
	it('is undefined for an id nothing replaces', () =>
		expect(resolveId('x', { a: 'c' }, live)).toBeUndefined());
	it('is undefined for a chain that ends at a removed id', () =>
		expect(resolveId('a', { a: 'b' }, live)).toBeUndefined());
	it('stops on a loop instead of running forever', () =>
		expect(resolveId('a', { a: 'b', b: 'a' }, live)).toBeUndefined());
	it('does not take names of object properties for renames', () =>
		expect(resolveId('constructor', {}, live)).toBeUndefined());
});

describe('migrateMarks: saved marks follow renames and merges, and are never dropped', () => {
	const v2 = ladder(2, { 'root-cause': 'Finds it.', review: 'Reviews.' }, ['debugging'], {
		behaviors: { 'find-cause': 'root-cause', 'small-reviews': 'review', 'quick-reviews': 'review' },
	});

	it('moves a mark on a renamed behavior to its new id', () => {
		const out = migrateMarks({ 'find-cause': mark('Fixed the outage') }, v2);
		expect(out.marks).toEqual({ 'root-cause': mark('Fixed the outage') });
		expect(out.archived).toEqual([]);
	});

	it('archives a mark on a removed behavior, with the version it was archived on', () => {
		const out = migrateMarks({ gone: mark('Old evidence') }, v2);
		expect(out.marks).toEqual({});
		expect(out.archived).toEqual([
			{ id: 'gone', mark: mark('Old evidence'), reason: 'removed', ladderVersion: 2 },
		]);
	});

	it('keeps the mark already on a merged behavior and archives the other one', () => {
		const out = migrateMarks({ 'small-reviews': mark('A'), review: mark('B') }, v2);
		expect(out.marks).toEqual({ review: mark('B') });
		expect(out.archived).toEqual([
			{ id: 'small-reviews', mark: mark('A'), reason: 'merged', into: 'review', ladderVersion: 2 },
		]);
	});

	it('combines the marks of a merge when given a way to', () => {
		const combine = (a: Mark, b: Mark) => mark(`${a.evidence}; ${b.evidence}`, a.shown || b.shown);
		const out = migrateMarks({ 'quick-reviews': mark('A', false), 'small-reviews': mark('B') }, v2, combine);
		expect(out.marks).toEqual({ review: mark('A; B', true) });
		expect(out.archived).toEqual([]);
	});

	it('archives a saved "__proto__" key instead of touching the object prototype', () => {
		const marks = JSON.parse('{"__proto__": {"shown": true, "evidence": "x"}}') as Record<string, Mark>;
		const out = migrateMarks(marks, v2);
		expect(Object.getPrototypeOf(out.marks)).toBe(Object.prototype);
		expect(out.archived.map((a) => a.id)).toEqual(['__proto__']);
	});
});

describe('migrateEntries: evidence tags follow renames; gone tags are archived, entries stay', () => {
	const v2 = ladder(2, { 'root-cause': 'Finds it.' }, ['debugging', 'reviews'], {
		competencies: { 'code-review': 'reviews', 'pr-review': 'reviews' },
		behaviors: { 'find-cause': 'root-cause' },
	});

	it('renames tags and keeps each once when two merged competencies were both tagged', () => {
		const out = migrateEntries([entry('e1', ['code-review', 'pr-review', 'debugging'], ['find-cause'])], v2);
		expect(out.entries[0]).toEqual(entry('e1', ['reviews', 'debugging'], ['root-cause']));
		expect(out.archived).toEqual([]);
	});

	it('keeps an entry whose tags are all gone, and archives the tags', () => {
		const out = migrateEntries([entry('e1', ['hiring'], ['interviews'])], v2);
		expect(out.entries).toEqual([entry('e1', [], [])]);
		expect(out.archived).toEqual([
			{ entry: 'e1', competencies: ['hiring'], behaviors: ['interviews'], ladderVersion: 2 },
		]);
	});
});

describe('changesSince: what the reader is told changed since their last visit', () => {
	const v1 = ladder(1, { a: 'Does A.', b: 'Does B.', c: 'Does C.', gone: 'Gone.' }, ['x', 'old']);
	const v2 = ladder(2, { a: 'Does A better.', b2: 'Does B.', c: 'Does C.', fresh: 'New.' }, ['x', 'y'], {
		behaviors: { b: 'b2' },
	});

	it('lists new, reworded, replaced and removed behaviors and competencies', () => {
		const changes = changesSince(saved({}, [], v1), v2);
		expect(changes).toEqual({
			from: 1,
			to: 2,
			added: [
				{ kind: 'competency', id: 'y' },
				{ kind: 'behavior', id: 'fresh' },
			],
			reworded: ['a'],
			replaced: [{ kind: 'behavior', id: 'b', by: 'b2' }],
			removed: [
				{ kind: 'competency', id: 'old' },
				{ kind: 'behavior', id: 'gone' },
			],
			archived: 0,
		});
	});

	it('for data saved before versions: reports only what the saved ids lost or followed', () => {
		const changes = changesSince(saved({ b: mark('x'), gone: mark('y'), c: mark('z') }), v2);
		expect(changes.from).toBeUndefined();
		expect(changes.added).toEqual([]);
		expect(changes.reworded).toEqual([]);
		expect(changes.replaced).toEqual([{ kind: 'behavior', id: 'b', by: 'b2' }]);
		expect(changes.removed).toEqual([{ kind: 'behavior', id: 'gone' }]);
	});

	it('is empty for a reader who already saw this version', () => {
		expect(hasChanges(changesSince(saved({ c: mark('z') }, [], v2), v2))).toBe(false);
	});
});

describe('migrate: the whole saved state onto the current ladder', () => {
	const v1 = ladder(1, { a: 'Does A.', b: 'Does B.', gone: 'Gone.' }, ['x']);
	const v2 = ladder(2, { a: 'Does A.', b2: 'Does B.', fresh: 'New.' }, ['x'], { behaviors: { b: 'b2' } });
	const input = saved(
		{ a: mark('1'), b: mark('2'), gone: mark('3') },
		[entry('e', ['x'], ['b', 'gone'])],
		v1,
	);

	it('maps, archives, records the version seen and counts what was archived', () => {
		const out = migrate(input, v2);
		expect(out.marks).toEqual({ a: mark('1'), b2: mark('2') });
		expect(out.archive.marks.map((m) => m.id)).toEqual(['gone']);
		expect(out.entries).toEqual([entry('e', ['x'], ['b2'])]);
		expect(out.archive.tags).toEqual([
			{ entry: 'e', competencies: [], behaviors: ['gone'], ladderVersion: 2 },
		]);
		expect(out.seen).toEqual({ version: 2, behaviors: v2.behaviors, competencies: ['x'] });
		expect(out.changes.archived).toBe(2);
		expect(hasChanges(out.changes)).toBe(true);
	});

	it('keeps what an earlier migration archived', () => {
		const first = migrate(input, v2);
		const v3 = ladder(3, { a: 'Does A.' }, ['x']);
		const second = migrate(first, v3);
		expect(second.archive.marks.map((m) => [m.id, m.ladderVersion])).toEqual([
			['gone', 2],
			['b2', 3],
		]);
	});

	it('carries marks through renames across three versions, skipping a visit', () => {
		const v3 = ladder(3, { a: 'Does A.', b3: 'Does B.' }, ['x'], { behaviors: { b: 'b3', b2: 'b3' } });
		const viaV2 = migrate(migrate(input, v2), v3);
		const direct = migrate(input, v3);
		expect(direct.marks).toEqual({ a: mark('1'), b3: mark('2') });
		expect(viaV2.marks).toEqual(direct.marks);
		expect(direct.changes.replaced).toEqual([{ kind: 'behavior', id: 'b', by: 'b3' }]);
	});
});
