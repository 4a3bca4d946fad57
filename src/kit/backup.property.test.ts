import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../tests/support/codec-laws';
import { FakeStorage } from '../../tests/support/fake-storage';
import { BackupError, Store, restoreBackup, type ExportBundle } from './backup';

const clock = () => new Date('2026-11-30T10:00:00.000Z');

/** A browser with one thing saved, and a copy of its storage to compare against. */
function browser() {
	const backend = new FakeStorage();
	backend.items.set('threshold:v1:checklist:pitfalls', '{"v":1,"savedAt":"x","data":{"ticks":{}}}');
	return { backend, store: new Store('threshold', backend, clock), before: new Map(backend.items) };
}

/** Restores `text` as a file; a refusal must be a BackupError and leave storage byte for byte as it was. */
async function restoreOrRefuse(text: string): Promise<'restored' | 'refused'> {
	const { backend, store, before } = browser();
	try {
		await restoreBackup(store, new Blob([text]));
		return 'restored';
	} catch (error) {
		expect(error).toBeInstanceOf(BackupError);
		expect(backend.items).toEqual(before);
		return 'refused';
	}
}

/** Any bundle-shaped JSON: the right format header over any entries at all. */
const bundleShaped = fc
	.record(
		{
			format: fc.constantFrom('threshold-export', 'other'),
			formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
			namespace: fc.oneof(fc.constant('threshold'), fc.jsonValue()),
			entries: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })), fc.jsonValue()),
		},
		{ requiredKeys: [] },
	)
	.map((b) => JSON.stringify(b));

describe('restoring a backup, for any file', () => {
	it('any text, any JSON and anything shaped like a backup is restored or refused, leaving storage as it was', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.jsonValue().map((v) => JSON.stringify(v)),
					bundleShaped,
				),
				async (text) => {
					expect(['restored', 'refused']).toContain(await restoreOrRefuse(text));
				},
			),
			runs,
		);
	});

	it('a backup of anything saved restores every entry, set-aside copies included, exactly as it was', async () => {
		const name = fc.stringMatching(/^[a-z]+(:[a-z0-9-]+){0,2}$/);
		await fc.assert(
			fc.asyncProperty(
				fc.dictionary(name, fc.string(), { minKeys: 1, maxKeys: 6 }),
				fc.dictionary(name, fc.string(), { maxKeys: 2 }),
				async (saved, aside) => {
					const source = new FakeStorage();
					for (const [n, raw] of Object.entries(saved)) source.items.set(`threshold:v1:${n}`, raw);
					for (const [n, raw] of Object.entries(aside))
						source.items.set(`threshold:aside:${n}:2026-11-29T10:00:00.000Z`, raw);
					const bundle: ExportBundle = new Store('threshold', source, clock).exportAll();
					const target = new FakeStorage();
					await restoreBackup(new Store('threshold', target, clock), new Blob([JSON.stringify(bundle)]));
					expect(target.items).toEqual(source.items);
				},
			),
			runs,
		);
	});
});
