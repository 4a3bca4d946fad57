import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../../../tests/support/fake-storage';
import { englishWords } from '../../../../tests/support/words';
import { Store } from '../../../kit/backup';
import { kitWords } from '../../../kit/words';
import { runNotesAction, type NotesIsland } from './actions';

const codec = { version: 1, parse: (data: unknown) => data as { note: string } };

/** An island over a fresh store holding `note`, which records what it says and how often it redraws. */
function island(note?: string) {
	const store = new Store('acme', new FakeStorage());
	if (note !== undefined) store.write('ladder:notes', codec, { note });
	const said: string[] = [];
	let reloads = 0;
	const handle: NotesIsland = {
		store,
		name: 'ladder:notes',
		file: 'notes',
		t: englishWords(kitWords),
		said: {
			copied: 'Copied.',
			downloaded: 'Downloaded.',
			backedUp: 'Saved {{file}}.',
			restored: 'Restored from {{file}}.',
			keptAside: 'The old notes are kept aside.',
		},
		markdown: () => '# Notes\n',
		reload: () => reloads++,
		say: (message) => said.push(message),
	};
	return { handle, store, said, reloads: () => reloads };
}

const backupOf = (note: string) =>
	new File([JSON.stringify(Store.over(island(note).store).exportEntry('ladder:notes'))], 'backup.json');

describe('restoring a ladder island from a backup', () => {
	it('restores what the file holds, redraws, and says from which file', async () => {
		const fresh = island();
		await runNotesAction('restore', fresh.handle, backupOf('from the file'));
		expect(fresh.store.read('ladder:notes', codec)).toMatchObject({ value: { note: 'from the file' } });
		expect(fresh.reloads()).toBe(1);
		expect(fresh.said).toEqual(['Restored from backup.json.']);
	});

	it('says the earlier notes are kept aside when the backup replaced them', async () => {
		const used = island('mine');
		await runNotesAction('restore', used.handle, backupOf('theirs'));
		expect(used.said).toEqual(['Restored from backup.json. The old notes are kept aside.']);
		expect(used.store.asideKeys('ladder:notes')).toHaveLength(1);
	});

	it('refuses a file that is not a backup in the kit’s words, changing nothing', async () => {
		const used = island('mine');
		await runNotesAction('restore', used.handle, new File(['{"oops": '], 'notes.txt'));
		expect(used.said).toEqual([
			'notes.txt is not a backup from this site: choose a file this site saved for you. Nothing was changed.',
		]);
		expect(used.store.read('ladder:notes', codec)).toMatchObject({ value: { note: 'mine' } });
		expect(used.reloads()).toBe(0);
	});

	it('says so when a backup has nothing for this island', async () => {
		const other = new Store('acme', new FakeStorage());
		other.write('checklist:x', codec, { note: 'ticks' });
		const file = new File([JSON.stringify(other.exportAll())], 'checklist.json');
		const fresh = island();
		await runNotesAction('restore', fresh.handle, file);
		expect(fresh.said).toEqual([
			'checklist.json is a backup from this site, but has nothing for this page in it. Nothing was changed.',
		]);
	});
});

describe('copying a ladder island', () => {
	it('says the browser did not allow it when there is no clipboard', async () => {
		const { handle, said } = island();
		await runNotesAction('copy', handle);
		expect(said).toEqual([englishWords(['kit.notCopied'])['kit.notCopied']]);
	});
});
