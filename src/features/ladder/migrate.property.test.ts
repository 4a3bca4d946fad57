import { describe, expect, it } from 'vitest';
import { hasChanges, migrate, resolveId } from './migrate';
import { entry, ladder, mark, saved } from '../../../tests/support/migrate-fixtures';

// Property tests, with a seeded generator so a failure is reproducible.
function random(seed: number) {
	let s = seed >>> 0;
	const next = () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(list: T[]) => list[int(list.length)]!;
	const some = <T>(list: T[]) => list.filter(() => next() < 0.4);
	return { int, pick, some, next };
}

/** A random old ladder, a random current one whose renames point from old ids to live ones, and saved data. */
function scenario(seed: number) {
	const r = random(seed);
	const pool = Array.from({ length: 12 }, (_, i) => `b${i}`);
	const cpool = Array.from({ length: 5 }, (_, i) => `c${i}`);
	const liveB = r.some(pool);
	const liveC = r.some(cpool);
	const behaviors: Record<string, string> = {};
	for (const id of liveB) behaviors[id] = r.next() < 0.3 ? `Reworded ${id}` : `Text ${id}`;
	const retiredB = pool.filter((id) => !liveB.includes(id));
	const retiredC = cpool.filter((id) => !liveC.includes(id));
	const map = (retired: string[], live: string[]) =>
		Object.fromEntries(
			live.length === 0 ? [] : r.some(retired).map((id) => [id, r.pick(live)] as [string, string]),
		);
	const current = ladder(2 + r.int(3), behaviors, liveC, {
		behaviors: map(retiredB, liveB),
		competencies: map(retiredC, liveC),
	});
	const old = ladder(1, Object.fromEntries(r.some(pool).map((id) => [id, `Text ${id}`])), r.some(cpool));
	const marks = Object.fromEntries(r.some(pool).map((id) => [id, mark(`evidence ${id}`, r.next() < 0.5)]));
	const entries = Array.from({ length: r.int(4) }, (_, i) => entry(`e${i}`, r.some(cpool), r.some(pool)));
	return { current, input: saved(marks, entries, r.next() < 0.8 ? old : undefined) };
}

describe('migrate, for 300 random ladders and saved states', () => {
	const seeds = Array.from({ length: 300 }, (_, i) => i + 1);

	it('never loses a saved mark: each one is kept on a live id or archived, exactly once', () => {
		for (const seed of seeds) {
			const { current, input } = scenario(seed);
			const out = migrate(input, current);
			const found = [...Object.values(out.marks), ...out.archive.marks.map((a) => a.mark)];
			expect(found.length, `seed ${seed}`).toBe(Object.keys(input.marks).length);
			for (const m of Object.values(input.marks))
				expect(
					found.filter((f) => f === m),
					`seed ${seed}`,
				).toHaveLength(1);
		}
	});

	it('never loses a tag or an entry: each tag is on a live id or archived', () => {
		for (const seed of seeds) {
			const { current, input } = scenario(seed);
			const out = migrate(input, current);
			expect(out.entries.map((e) => e.id)).toEqual(input.entries.map((e) => e.id));
			input.entries.forEach((e, i) => {
				const archived = out.archive.tags.find((t) => t.entry === e.id);
				const count = out.entries[i]!.competencies.length + (archived?.competencies.length ?? 0);
				const mapped = new Set(
					e.competencies.map((c) =>
						resolveId(c, current.replaces.competencies, new Set(current.competencies)),
					),
				);
				mapped.delete(undefined);
				expect(count, `seed ${seed}`).toBe(mapped.size + (archived?.competencies.length ?? 0));
				expect(out.entries[i]!.text).toBe(e.text);
			});
		}
	});

	it('leaves only live ids in marks and tags', () => {
		for (const seed of seeds) {
			const { current, input } = scenario(seed);
			const out = migrate(input, current);
			const live = new Set(Object.keys(current.behaviors));
			for (const id of Object.keys(out.marks)) expect(live.has(id), `seed ${seed}`).toBe(true);
			for (const e of out.entries) {
				for (const id of e.behaviors) expect(live.has(id), `seed ${seed}`).toBe(true);
				for (const id of e.competencies) expect(current.competencies, `seed ${seed}`).toContain(id);
			}
		}
	});

	it('is idempotent: migrating again changes nothing and has nothing to tell', () => {
		for (const seed of seeds) {
			const { current, input } = scenario(seed);
			const once = migrate(input, current);
			const twice = migrate(once, current);
			expect(twice.marks, `seed ${seed}`).toEqual(once.marks);
			expect(twice.entries, `seed ${seed}`).toEqual(once.entries);
			expect(twice.archive, `seed ${seed}`).toEqual(once.archive);
			expect(hasChanges(twice.changes), `seed ${seed}`).toBe(false);
		}
	});

	it('reports every saved id that is not live as either replaced or removed', () => {
		for (const seed of seeds) {
			const { current, input } = scenario(seed);
			const { changes } = migrate(input, current);
			for (const id of Object.keys(input.marks)) {
				if (Object.hasOwn(current.behaviors, id)) continue;
				const told = [...changes.replaced, ...changes.removed].some(
					(c) => c.kind === 'behavior' && c.id === id,
				);
				expect(told, `seed ${seed}, ${id}`).toBe(true);
			}
		}
	});
});
