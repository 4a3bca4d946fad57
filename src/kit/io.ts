/**
 * Browser helpers the islands share for getting a reader's data out and back in:
 * the clipboard, file downloads and file uploads. Nothing here sends anything anywhere.
 */

/** Copies `text` to the clipboard. Resolves false (never throws) when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// No clipboard access (permission denied, or not a secure context): the caller says so.
		return false;
	}
}

/** Saves `content` as a file called `name` on the reader's device. */
export function downloadFile(name: string, content: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a file the reader picked as text; rejects with a readable message. */
export function readFileText(file: File, maxBytes = 5_000_000): Promise<string> {
	if (file.size > maxBytes) {
		return Promise.reject(new Error(`${file.name} is larger than ${Math.round(maxBytes / 1e6)} MB.`));
	}
	return file.text();
}

/** A file-name-safe slug with today's date, e.g. "readiness-2026-11-22". */
export function datedName(base: string, date = new Date()): string {
	return `${base.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}-${date.toISOString().slice(0, 10)}`;
}
