/**
 * The laws every storage codec keeps, as property tests (fast-check) any codec's test file
 * runs with an arbitrary of its valid states: anything saved is read or refused with an
 * Error (the store sets it aside, never drops it), what is saved is read back the same on
 * the next visit, and an entry from a version this build does not know is kept.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { Store, StoreCore, type Codec } from '../../src/kit/backup';
import { FakeStorage } from './fake-storage';

/** Runs bounded so the unit suite stays fast. */
export const runs = { numRuns: 200 };

/** Any value a codec may be handed: anything JSON can hold (a saved entry, an imported file), and more. */
export const anyData: fc.Arbitrary<unknown> = fc.oneof(
	fc.jsonValue({ maxDepth: 4 }),
	fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
);

const clock = () => new Date('2026-11-30T10:00:00.000Z');

/** A backend holding `raw` under `key`, and a fresh store over it. */
function visitWith(key: string, raw: string) {
	const backend = new FakeStorage();
	backend.items.set(key, raw);
	return { backend, store: new Store('threshold', backend, clock) };
}

/**
 * Registers the laws for `codec`, saved under `name`, with `valid` generating states it
 * accepts as they are. Call inside a `describe`.
 */
export function codecLaws<T>(codec: Codec<T>, valid: fc.Arbitrary<T>, name: string): void {
	const key = `threshold:v${codec.version}:${name}`;

	it('any value at all is accepted or refused with an Error saying why, never another throw', () => {
		fc.assert(
			fc.property(anyData, (data) => {
				try {
					codec.parse(data);
				} catch (error) {
					expect(error).toBeInstanceOf(Error);
				}
			}),
			runs,
		);
	});

	it('any saved entry is read or set aside with a reason, and the saved text is never lost', () => {
		fc.assert(
			fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.string()), fc.boolean(), (data, wrapped) => {
				// Unwrapped: the text as it might sit in storage (a JSON value's own text, or any string).
				const text = typeof data === 'string' ? data : JSON.stringify(data);
				const raw = wrapped ? JSON.stringify({ v: codec.version, savedAt: 'x', data }) : text;
				const { backend, store } = visitWith(key, raw);
				const result = store.read(name, codec);
				expect(backend.items.get(key)).toBe(raw);
				if (result.status === 'unreadable') expect(backend.items.get(result.asideKey!)).toBe(raw);
				else expect(result.status).toBe('ok');
			}),
			runs,
		);
	});

	it('what is saved is read back the same on the next visit', () => {
		fc.assert(
			fc.property(valid, (value) => {
				const backend = new FakeStorage();
				expect(new StoreCore('threshold', backend, clock).write(name, codec, value)).toEqual({
					persisted: true,
				});
				const read = new StoreCore('threshold', backend, clock).read(name, codec);
				expect(read).toEqual({ status: 'ok', value });
			}),
			runs,
		);
	});

	it('an entry saved by a newer version of the site is kept, and goes into a backup', () => {
		fc.assert(
			fc.property(valid, valid, (mine, theirs) => {
				// Under this version's key (a newer site wrote it there): set aside with a reason.
				const newer = JSON.stringify({ v: codec.version + 1, savedAt: 'x', data: theirs });
				const here = visitWith(key, newer);
				const read = here.store.read(name, codec);
				expect(read).toMatchObject({ status: 'unreadable', reason: 'damaged' });
				here.store.write(name, codec, mine);
				expect(here.backend.items.get(here.store.asideKeys(name)[0]!)).toBe(newer);
				// Under the newer version's own key: left as it is, and exported with the rest.
				const next = `threshold:v${codec.version + 1}:${name}`;
				const later = visitWith(next, newer);
				later.store.read(name, codec);
				later.store.write(name, codec, mine);
				expect(later.backend.items.get(next)).toBe(newer);
				expect(later.store.exportAll().entries[next]).toBe(newer);
			}),
			{ numRuns: 50 },
		);
	});
}

/**
 * Registers a test that `raw`, an entry exactly as the site saves it today under `name`,
 * is read on the next visit as it was saved, and left in place. Call inside a `describe`.
 */
export function readsSavedToday<T>(codec: Codec<T>, name: string, raw: string, what: string): void {
	it(what, () => {
		const key = `threshold:v${codec.version}:${name}`;
		const { backend, store } = visitWith(key, raw);
		expect(store.read(name, codec)).toEqual({ status: 'ok', value: (JSON.parse(raw) as { data: T }).data });
		expect(backend.items.get(key)).toBe(raw);
	});
}

/** `fragment` cut off anywhere, with up to 8 characters of link-like junk after the cut, as a `#` link. */
export const cutOrAltered = (fragment: string): fc.Arbitrary<string> =>
	fc
		.tuple(
			fc.nat({ max: fragment.length }),
			fc.string({ unit: fc.constantFrom(...'ABCxyz019-_%=+/'), maxLength: 8 }),
		)
		.map(([at, junk]) => `#${fragment.slice(0, at)}${junk}`);
