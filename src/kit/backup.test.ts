import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../tests/support/fake-storage';
import { settledAs } from '../../tests/support/settled';
import { englishWords } from '../../tests/support/words';
import {
	BackupError,
	Store,
	backupProblemText,
	maxBackupBytes,
	restoreBackup,
	type BackupProblem,
	type Codec,
} from './backup';
import { fill, kitWords } from './words';

const words = englishWords(kitWords);

const notes: Codec<{ text: string }> = {
	version: 1,
	parse(data) {
		const d = data as { text?: unknown };
		if (typeof d?.text !== 'string') throw new Error('text must be a string');
		return { text: d.text };
	},
};
const clock = () => new Date('2026-11-30T10:00:00.000Z');

/** A store with one saved note, and a copy of its backend's contents to compare against. */
function saved() {
	const backend = new FakeStorage();
	const store = new Store('threshold', backend, clock);
	store.write('notes:a', notes, { text: 'mine' });
	return { backend, store, before: new Map(backend.items) };
}

const file = (text: string) => new Blob([text], { type: 'application/json' });

const problemOf = (promise: Promise<unknown>) =>
	settledAs(promise, 'none', BackupError, (error) => error.problem);

describe('restoreBackup', () => {
	it('restores a backup and sets aside what it replaced', async () => {
		const { store } = saved();
		const other = new Store('threshold', new FakeStorage(), clock);
		other.write('notes:a', notes, { text: 'theirs' });
		const result = await restoreBackup(store, file(JSON.stringify(other.exportAll())));
		expect(result).toMatchObject({ restored: ['notes:a'], replaced: ['notes:a'] });
		expect(store.read('notes:a', notes)).toMatchObject({ value: { text: 'theirs' } });
		expect(store.asideKeys('notes:a')).toHaveLength(1);
	});

	const refused: [string, string, BackupProblem][] = [
		['text that is not JSON', 'hello, mentor', 'notBackup'],
		['JSON of another kind', '{"name":"package","version":"1.0.0"}', 'notBackup'],
		['a JSON list', '[1,2,3]', 'notBackup'],
		[
			'a backup from a newer site',
			'{"format":"threshold-export","formatVersion":9,"namespace":"t","entries":{}}',
			'newer',
		],
		[
			'a backup whose entries are not text',
			'{"format":"threshold-export","formatVersion":1,"namespace":"threshold","entries":{"threshold:v1:x":{"a":1}}}',
			'damaged',
		],
		['deeply nested JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'notBackup'],
		[
			'a backup with __proto__ keys',
			'{"format":"threshold-export","formatVersion":1,"namespace":"threshold","entries":{"__proto__":{"polluted":true}}}',
			'damaged',
		],
		[
			'a backup with constructor and prototype keys',
			'{"format":"threshold-export","formatVersion":1,"namespace":"threshold","entries":{"constructor":"x","prototype":"y"}}',
			'nothingHere',
		],
		[
			'a backup hidden under a __proto__ key',
			'{"__proto__":{"format":"threshold-export","formatVersion":1,"namespace":"threshold","entries":{}}}',
			'notBackup',
		],
		['a document a builder downloaded', '# Delegation brief: export\n\n**Outcome:** done', 'notBackup'],
		['a file sent to a mentor', 'mentor=zq1YqkssSk7NKU5RslIqSk1JLUpVqgUA', 'notBackup'],
		[
			'a backup with nothing for this site',
			'{"format":"threshold-export","formatVersion":1,"namespace":"threshold","entries":{}}',
			'nothingHere',
		],
	];
	for (const [what, text, problem] of refused) {
		it(`refuses ${what} and leaves what was saved untouched`, async () => {
			const { backend, store, before } = saved();
			const error = await restoreBackup(store, file(text)).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(BackupError);
			expect((error as BackupError).problem).toBe(problem);
			expect(backend.items).toEqual(before);
			// Every island says it the same way: the kit's one wording for the problem, naming the file.
			expect(backupProblemText(words, error, 'notes.json')).toBe(
				fill(words[`kit.backup.${problem}`], { file: 'notes.json' }),
			);
			expect(backupProblemText(words, error, 'notes.json')).toContain('notes.json');
			expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		});
	}

	it('refuses a 50 MB file without reading it, and leaves what was saved untouched', async () => {
		const { backend, store, before } = saved();
		const huge = {
			size: 50_000_000,
			text: () => Promise.reject(new Error('read a 50 MB file')),
		} as unknown as Blob;
		expect(maxBackupBytes).toBeLessThan(50_000_000);
		expect(await problemOf(restoreBackup(store, huge))).toBe('tooLarge');
		expect(backend.items).toEqual(before);
	});

	it('says a backup has nothing for this island when the entry asked for is not in it', async () => {
		const { store } = saved();
		const other = new Store('threshold', new FakeStorage(), clock);
		other.write('notes:b', notes, { text: 'b' });
		expect(await problemOf(restoreBackup(store, file(JSON.stringify(other.exportAll())), 'notes:a'))).toBe(
			'nothingHere',
		);
	});
});

describe('Store.take (a hand-off used once)', () => {
	it('gives the saved value once and leaves nothing behind', () => {
		const { store, backend } = saved();
		expect(store.take('notes:a', notes)).toEqual({ text: 'mine' });
		expect(store.take('notes:a', notes)).toBeNull();
		expect([...backend.items.keys()]).toEqual([]);
	});

	it('gives nothing for a value that does not validate, and keeps a copy aside', () => {
		const { store } = saved();
		store.write('notes:b', { ...notes, parse: (d) => d as { text: string } }, { text: 3 } as never);
		expect(store.take('notes:b', notes)).toBeNull();
		expect(store.asideKeys('notes:b')).toHaveLength(1);
		expect(store.names('notes:b')).toEqual([]);
	});
});
