/**
 * The checklist island's "Copy as Markdown", "Export file" and "Import file" actions.
 * The island imports this module the first time a reader uses one of them, so the script
 * every checklist page loads stays small. Each action returns the message to show.
 */
import { toMarkdown } from '../lib/checklist-markdown';
import { fill, type ChecklistMessages } from '../lib/checklist-messages';
import {
	countText,
	mergeTicks,
	type ChecklistMeta,
	type ChecklistState,
	type PageItem,
	type Progress,
} from '../lib/checklist-state';
import { Store, type StoreCore } from '../lib/storage';
import { copyText, datedName, downloadFile, readFileText } from './io';

/** What the actions need from a checklist island. */
export interface ChecklistHandle {
	/** The island's store; the actions take it over with `Store.over` for export and import. */
	store: StoreCore;
	/** The checklist's id, as in `<Checklist id>`. */
	id: string;
	/** Its storage name, `checklist:<id>`. */
	name: string;
	meta: ChecklistMeta;
	items: PageItem[];
	state: ChecklistState | null;
	t: ChecklistMessages;
	/** Reads the saved state again and redraws the checklist; returns its progress. */
	reload(): Progress;
}

/** Copies the checklist, ticked and unticked items, as Markdown with the page title and date. */
export async function copyMarkdown(c: ChecklistHandle): Promise<string> {
	const href = new URL(c.meta.url, location.href).href;
	const ok = await copyText(toMarkdown(mergeTicks(c.items, c.state), { ...c.meta, href }, new Date()));
	return ok ? c.t.copied : c.t.notCopied;
}

/** Downloads the checklist's saved state (set-aside copies included) as a JSON file. */
export function exportFile(c: ChecklistHandle): string {
	const file = `${datedName(c.id)}.json`;
	downloadFile(file, JSON.stringify(Store.over(c.store).exportEntry(c.name), null, 2));
	return fill(c.t.exported, file);
}

/** Restores the checklist from an exported file, and says what it restored. */
export async function importFile(c: ChecklistHandle, file: File): Promise<string> {
	try {
		let bundle: { exportedAt?: unknown };
		try {
			bundle = JSON.parse(await readFileText(file)) as typeof bundle;
		} catch {
			throw new Error(fill(c.t.notAnExport, file.name));
		}
		const { restored, replaced } = Store.over(c.store).importAll(bundle, c.name);
		if (!restored.includes(c.name)) throw new Error(fill(c.t.noTicks, file.name));
		const count = countText(c.reload());
		const when = typeof bundle.exportedAt === 'string' ? bundle.exportedAt.slice(0, 10) : '';
		const message = fill(when ? c.t.importedOlder : c.t.imported, count, file.name, when);
		return replaced.length ? `${message} ${c.t.keptAside}` : message;
	} catch (error) {
		return fill(c.t.notImported, (error as Error).message);
	}
}
