/**
 * The checklist island's actions other than ticking: "Copy as Markdown", "Export file",
 * "Import file", "Reset" (after the reader confirms) and its undo. The island imports this
 * module the first time a reader uses one of them, so the script every checklist page
 * loads stays small; the status line that says what they did comes with it.
 */
import { toMarkdown } from './markdown';
import { fill, formatDate, problemText, type KitWords } from '../../kit/words';
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
import { Store, backupProblemText, restoreBackup, type StoreCore, type StoreProblem } from '../../kit/backup';
import { copyText, datedName, downloadFile } from '../../kit/io';
import { StatusLine } from '../../kit/status';

/** What the actions need from a checklist island: the `<threshold-checklist>` element. */
export interface ChecklistHandle extends HTMLElement {
	/** The island's store; the actions take it over with `Store.over` for export and import. */
	readonly store: StoreCore;
	/** Its storage name, `checklist:<id>`. */
	readonly key: string;
	readonly meta: ChecklistMeta;
	readonly items: PageItem[];
	/** The saved state as the reader left it, or null before the first tick. */
	readonly state: ChecklistState | null;
	readonly t: ChecklistWords & KitWords;
	/** What went wrong keeping the ticks, or reading them back, for `notices`. */
	readonly problems: Problems;
	/** Reads the saved state again and redraws the checklist; returns its progress. */
	load(): Progress;
}

/** What went wrong, by the notice that says so: ticks not kept (`storage`), or not read back (`unreadable`). */
export type Problems = { storage?: StoreProblem | undefined; unreadable?: StoreProblem | undefined };

// One status line per checklist on the page, made when the reader first acts.
const lines = new WeakMap<HTMLElement, StatusLine>();

/** The status line of checklist `c`. */
function line(c: HTMLElement): StatusLine {
	let status = lines.get(c);
	if (!status) lines.set(c, (status = new StatusLine(c)));
	return status;
}

/** Copies the checklist, ticked and unticked items, as Markdown with the page title and date. */
export async function copy(c: ChecklistHandle): Promise<void> {
	const href = new URL(c.meta.url, location.href).href;
	const markdown = toMarkdown(c.t, mergeTicks(c.items, c.state), { ...c.meta, href }, new Date());
	line(c).say((await copyText(markdown)) ? c.t['checklist.copied'] : c.t['kit.notCopied']);
}

/** Downloads the checklist's saved state (set-aside copies included) as a JSON file. */
export function exportFile(c: ChecklistHandle): void {
	const file = `${datedName(c.dataset['checklistId']!)}.json`;
	downloadFile(file, JSON.stringify(Store.over(c.store).exportEntry(c.key), null, 2));
	line(c).say(fill(c.t['checklist.exported'], { file }));
}

/** Asks the reader to confirm, then unticks everything after setting the saved copy aside. */
export function reset(c: ChecklistHandle): void {
	const dialog = c.querySelector('dialog')!;
	dialog.returnValue = '';
	// One handler, replaced each time: the close event of a dialog dismissed a moment ago can
	// arrive after it is opened again, and must not use up the handler of the new one.
	dialog.onclose = () => dialog.returnValue === 'reset' && clear(c);
	dialog.showModal();
}

/** Unticks everything after setting the saved copy aside, and offers to undo. */
function clear(c: ChecklistHandle): void {
	const aside = Store.over(c.store).remove(c.key, checklistCodec.version);
	if (aside === null && c.state) return line(c).say(c.t['checklist.notCleared']);
	c.load();
	if (!aside) return line(c).say(c.t['checklist.nothingToClear']);
	line(c).say(c.t['checklist.cleared'], () => putBack(c, aside));
}

/** Puts back what a reset set aside. */
function putBack(c: ChecklistHandle, aside: string): void {
	const ok = Store.over(c.store).restoreAside(aside, c.key, checklistCodec.version);
	line(c).say(
		ok ? fill(c.t['checklist.back'], { count: countText(c.t, c.load()) }) : c.t['checklist.notBack'],
	);
	// The undo button has gone; keep focus in the checklist.
	c.querySelector<HTMLElement>('[data-action="reset"]')!.focus();
}

/** Runs the undo the status line offers, if any. */
export function undo(c: ChecklistHandle): void {
	line(c).undo();
}

/**
 * Notes the ticks made before the checklist changed: on an item reworded since (with a "Keep
 * my tick" button), and in a list of ticked items no longer on the page. Clears them when none is left.
 */
export function changes(c: ChecklistHandle): void {
	const view = mergeTicks(c.items, c.state);
	for (const item of view.items) {
		const li = document.getElementById(item.id)!;
		li.querySelector('.th-checklist__was')?.remove();
		if (item.was === undefined) continue;
		const was = c.querySelector<HTMLTemplateElement>('[data-was]')!.content.cloneNode(true) as Element;
		was.querySelector('span')!.textContent = fill(c.t['checklist.reworded'], { text: item.was });
		li.append(was);
	}
	const archived = c.querySelector<HTMLElement>('[data-archived]')!;
	archived.hidden = !view.archived.length;
	archived
		.querySelector('ul')!
		.replaceChildren(
			...view.archived.map((a) => Object.assign(document.createElement('li'), { textContent: a.text })),
		);
}

/** Shows (or hides) the notices that say the ticks cannot be kept, or could not be read. */
export function notices(c: ChecklistHandle): void {
	for (const [notice, word] of [
		['storage', 'checklist.notKept'],
		['unreadable', 'checklist.unreadable'],
	] as const) {
		const p = c.querySelector<HTMLElement>(`[data-notice=${notice}]`)!;
		const reason = c.problems[notice];
		p.textContent = reason ? fill(c.t[word], { reason: problemText(c.t, reason) }) : '';
		p.hidden = !reason;
	}
}

/** Empties the status line: a tick makes what the last action said out of date. */
export function quiet(c: ChecklistHandle): void {
	line(c).say('');
}

/** Restores the checklist from an exported file, and says what it restored. */
export async function importFile(c: ChecklistHandle, file: File): Promise<void> {
	line(c).say(await restore(c, file));
}

async function restore(c: ChecklistHandle, file: File): Promise<string> {
	try {
		const { replaced, exportedAt } = await restoreBackup(Store.over(c.store), file, c.key);
		const count = countText(c.t, c.load());
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

/** An action the island runs by name: the name of the function here that does it. */
export type Action = 'copy' | 'exportFile' | 'importFile' | 'reset' | 'undo' | 'changes' | 'notices';
