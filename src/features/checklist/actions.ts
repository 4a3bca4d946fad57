/**
 * The checklist island's actions other than ticking: "Copy as Markdown", "Export file",
 * "Import file", "Reset" and its undo. The island imports this module the first time a
 * reader uses one of them, so the script every checklist page loads stays small.
 */
import { toMarkdown } from './markdown';
import { fill, formatDate, type KitWords } from '../../kit/words';
import type { ChecklistWords } from './words';
import {
	checklistCodec,
	countText,
	mergeTicks,
	type ChecklistMeta,
	type ChecklistState,
	type PageItem,
	type Progress,
} from './state';
import { Store, backupProblemText, restoreBackup, type StoreCore } from '../../kit/backup';
import { copyText, datedName, downloadFile } from '../../kit/io';

/** What the actions need from a checklist island. */
export interface ChecklistHandle {
	/** The `<threshold-checklist>` element. */
	root: HTMLElement;
	/** The island's store; the actions take it over with `Store.over` for export and import. */
	store: StoreCore;
	/** The checklist's id, as in `<Checklist id>`. */
	id: string;
	/** Its storage name, `checklist:<id>`. */
	name: string;
	meta: ChecklistMeta;
	items: PageItem[];
	state: ChecklistState | null;
	t: ChecklistWords & KitWords;
	/** Reads the saved state again and redraws the checklist; returns its progress. */
	reload(): Progress;
	/** Says what an action did; `undo` is the set-aside copy a reset can be undone from. */
	status(message: string, undo?: string | null): void;
}

/** Copies the checklist, ticked and unticked items, as Markdown with the page title and date. */
export async function copy(c: ChecklistHandle): Promise<void> {
	const href = new URL(c.meta.url, location.href).href;
	const ok = await copyText(toMarkdown(mergeTicks(c.items, c.state), { ...c.meta, href }, new Date()));
	c.status(ok ? c.t['checklist.copied'] : c.t['checklist.notCopied']);
}

/** Downloads the checklist's saved state (set-aside copies included) as a JSON file. */
export function exportFile(c: ChecklistHandle): void {
	const file = `${datedName(c.id)}.json`;
	downloadFile(file, JSON.stringify(Store.over(c.store).exportEntry(c.name), null, 2));
	c.status(fill(c.t['checklist.exported'], { file }));
}

/** Unticks everything after setting the saved copy aside, and offers to undo. */
export function reset(c: ChecklistHandle): void {
	const aside = Store.over(c.store).remove(c.name, checklistCodec.version);
	if (aside === null && c.state) return c.status(c.t['checklist.notCleared']);
	c.reload();
	c.status(aside ? c.t['checklist.cleared'] : c.t['checklist.nothingToClear'], aside);
}

/** Puts back what a reset set aside. */
export function undo(c: ChecklistHandle, aside: string): void {
	const ok = Store.over(c.store).restoreAside(aside, c.name, checklistCodec.version);
	c.status(ok ? fill(c.t['checklist.back'], { count: countText(c.reload()) }) : c.t['checklist.notBack']);
	// The undo button has gone; keep focus in the checklist.
	c.root.querySelector<HTMLElement>('[data-action="reset"]')!.focus();
}

/** Restores the checklist from an exported file, and says what it restored. */
export async function importFile(c: ChecklistHandle, file: File): Promise<void> {
	c.status(await restore(c, file));
}

async function restore(c: ChecklistHandle, file: File): Promise<string> {
	try {
		const { replaced, exportedAt } = await restoreBackup(Store.over(c.store), file, c.name);
		const count = countText(c.reload());
		const date = exportedAt && formatDate(exportedAt);
		const message = fill(c.t[date ? 'checklist.importedOlder' : 'checklist.imported'], {
			count,
			file: file.name,
			date,
		});
		return replaced.length ? `${message} ${c.t['checklist.keptAside']}` : message;
	} catch (error) {
		return backupProblemText(c.t, error, file.name);
	}
}

/** The actions, by the name the island calls them. */
const actions = { copy, exportFile, importFile, reset, undo };

/** An action the island can run. */
export type Action = keyof typeof actions;

/**
 * Runs `action`; `arg` is the file to import, or the set-aside copy to undo a reset from
 * (and is ignored by the others).
 */
export function run(action: Action, c: ChecklistHandle, arg?: File | string): Promise<void> | void {
	return (actions[action] as (c: ChecklistHandle, arg?: File | string) => Promise<void> | void)(c, arg);
}
