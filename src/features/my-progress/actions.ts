/**
 * "Export everything" and "Import file" on "My growth", with the status line that says
 * what they did. The page imports this module the first time a reader uses one of them.
 */
import { storageNamespace } from '../../../content/site.json';
import { fill } from '../../kit/words';
import { Store, backupProblemText, restoreBackup } from '../../kit/backup';
import { datedName, downloadFile } from '../../kit/io';
import { StatusLine } from '../../kit/status';
import { importSummary } from './import-summary';
import type { ProgressHandle } from './element';

/** Downloads everything the site keeps in this browser as one backup file. */
export function exportAll(c: ProgressHandle): void {
	const file = `${datedName(`${storageNamespace}-everything`)}.json`;
	downloadFile(file, JSON.stringify(Store.over(c.store).exportAll(), null, 2));
	new StatusLine(c).say(fill(c.t['myProgress.exported'], { file }));
}

/** Restores everything in a backup file, redraws the list, and says what it restored. */
export async function importFile(c: ProgressHandle, file: File): Promise<void> {
	let message: string;
	try {
		message = importSummary(c.t, await restoreBackup(Store.over(c.store), file), file.name);
	} catch (error) {
		message = backupProblemText(c.t, error, file.name);
	}
	c.render();
	new StatusLine(c).say(message);
}
