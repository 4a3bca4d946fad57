/**
 * The evidence log's rarely used actions: copy, download, backup and restore (shared with
 * the self-assessment). The island imports this module the first time a reader uses one,
 * so the script the page loads stays small.
 */
import type { StoreCore } from '../../../kit/store';
import type { KitWords } from '../../../kit/words';
import { actionWords, runNotesAction, type NotesAction } from '../islands/actions';
import { evidenceStorageName, type EvidenceLog } from './log';
import { evidenceMarkdown } from './markdown';
import type { EvidenceWords } from './words';

/** What the actions need from the evidence log island. */
export interface EvidenceIsland {
	store: StoreCore;
	t: EvidenceWords & KitWords;
	siteName: string;
	log: EvidenceLog;
	/** Competencies in ladder order. */
	competencies: { id: string; name: string }[];
	behaviorText: (id: string) => string | undefined;
	/** Reads the saved log again and redraws the island. */
	reload(): void;
	/** Says what an action did. */
	say(message: string): void;
}

/** Runs `action`; `file` is the backup to restore (ignored by the others). */
export function run(action: NotesAction, island: EvidenceIsland, file?: File): Promise<void> {
	return runNotesAction(
		action,
		{
			...island,
			said: actionWords(island.t, 'evidence'),
			name: evidenceStorageName,
			file: 'evidence-log',
			markdown: () => evidenceMarkdown(island.log, { ...island, date: new Date() }),
		},
		file,
	);
}
