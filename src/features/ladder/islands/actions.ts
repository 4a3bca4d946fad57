/**
 * The ladder islands' rarely used actions: copy and download their Markdown, save a backup
 * and restore one. An island loads this (through its own `actions.ts`) the first time a
 * reader uses one, so the script every page loads stays small. Each island words what
 * happened in its own words (`assessment.copied`, `evidence.copied`, …); a bad file is
 * worded by the kit, the same in every island.
 */
import { Store, backupProblemText, restoreBackup, type StoreCore } from '../../../kit/backup';
import { copyText, datedName, downloadFile } from '../../../kit/io';
import { fill, type KitWords } from '../../../kit/words';

/** What the actions say they did, in the island's own words. */
export interface ActionWords {
	copied: string;
	downloaded: string;
	/** With `{{file}}`. */
	backedUp: string;
	/** With `{{file}}`. */
	restored: string;
	/** Added after `restored` when the restore replaced what the reader had. */
	keptAside: string;
}

/** What the actions need from an island. */
export interface NotesIsland {
	/** The island's store; backups take it over with `Store.over`. */
	store: StoreCore;
	/** The storage name of what the island keeps, e.g. "ladder:assessment". */
	name: string;
	/** The start of the files it saves, e.g. "self-assessment" for "self-assessment-2026-11-30.md". */
	file: string;
	/** The kit's words (a bad file, no clipboard). */
	t: KitWords;
	said: ActionWords;
	/** What the reader has, as Markdown. */
	markdown(): string;
	/** Reads the saved state again and redraws the island. */
	reload(): void;
	/** Says what an action did. */
	say(message: string): void;
}

/** What the actions say, from an island's words under `prefix` (`assessment.copied`, …). */
export function actionWords<P extends string>(
	t: Record<`${P}.${keyof ActionWords}`, string>,
	prefix: P,
): ActionWords {
	const say = (key: keyof ActionWords) => t[`${prefix}.${key}` as `${P}.${keyof ActionWords}`];
	return {
		copied: say('copied'),
		downloaded: say('downloaded'),
		backedUp: say('backedUp'),
		restored: say('restored'),
		keptAside: say('keptAside'),
	};
}

/** An action every ladder island offers. */
export type NotesAction = 'copy' | 'download' | 'backup' | 'restore';

/** Runs `action`; `file` is the backup to restore (ignored by the others). */
export async function runNotesAction(action: NotesAction, island: NotesIsland, file?: File): Promise<void> {
	const { t, said } = island;
	if (action === 'copy') {
		island.say((await copyText(island.markdown())) ? said.copied : t['kit.notCopied']);
	} else if (action === 'download') {
		downloadFile(`${datedName(island.file)}.md`, island.markdown(), 'text/markdown');
		island.say(said.downloaded);
	} else if (action === 'backup') {
		const name = `${datedName(island.file)}.json`;
		downloadFile(name, JSON.stringify(Store.over(island.store).exportEntry(island.name), null, 2));
		island.say(fill(said.backedUp, { file: name }));
	} else if (file) {
		island.say(await restore(island, file));
	}
}

async function restore(island: NotesIsland, file: File): Promise<string> {
	const { said } = island;
	try {
		const { replaced } = await restoreBackup(Store.over(island.store), file, island.name);
		island.reload();
		const message = fill(said.restored, { file: file.name });
		return replaced.length ? `${message} ${said.keptAside}` : message;
	} catch (error) {
		return backupProblemText(island.t, error, file.name);
	}
}
