/**
 * Backups of what the site keeps in a reader's browser: export to a file and restore from
 * one. The store itself is `store.ts`; islands load this module when a reader asks, so
 * the script every page loads stays small.
 *
 * Restoring never loses anything: what it replaces is set aside first (and included in
 * the next export), and a file that is not a backup of this site, too large, or damaged
 * is refused with a `BackupProblem` before anything is written.
 */
import { StoreCore, type Codec } from './store';
import { fill, type KitWords } from './words';

export * from './store';

/** Everything the site saved, as one portable object (the "Export everything" file). */
export interface ExportBundle {
	format: 'threshold-export';
	formatVersion: 1;
	namespace: string;
	exportedAt: string;
	/** Raw stored strings by key, kept exactly as they were, unreadable ones included. */
	entries: Record<string, string>;
}

/** A namespaced, validating store over one storage backend, with export and import. */
export class Store extends StoreCore {
	/** A store over the same data (backend, visit memory, clock) as a core store made earlier. */
	static over(core: StoreCore): Store {
		const store = new Store(core.namespace, null);
		store.adopt(core);
		return store;
	}

	/** Every entry of this site, raw, unreadable and set-aside ones included. */
	exportAll(prefix = ''): ExportBundle {
		return this.#bundle((name) => name.startsWith(prefix));
	}

	/** One entry, at every version, with its set-aside copies: the export of a single checklist, say. */
	exportEntry(name: string): ExportBundle {
		return this.#bundle((entry) => entry === name);
	}

	/**
	 * Restores entries from an export (from this site, or the same site under another
	 * namespace), only those named `only` when given. Returns the names of the entries
	 * restored (set-aside copies count under their entry's name) and of those whose earlier
	 * content was replaced. Replaced content is set aside first, so importing never loses
	 * what was there.
	 */
	importAll(bundle: unknown, only?: string): { restored: string[]; replaced: string[]; skipped: string[] } {
		const parsed = parseBundle(bundle);
		const restored = new Set<string>();
		const replaced: string[] = [];
		const skipped: string[] = [];
		for (const [sourceKey, raw] of Object.entries(parsed.entries)) {
			const match = /^.*?:(v\d+|aside):(.+)$/.exec(sourceKey.slice(parsed.namespace.length));
			if (!sourceKey.startsWith(parsed.namespace) || !match) {
				skipped.push(sourceKey);
				continue;
			}
			const [, part, rest] = match as unknown as [string, string, string];
			const aside = part === 'aside';
			if (only !== undefined && (aside ? asideName(rest) : rest) !== only) continue;
			const key = `${this.namespace}:${part}:${rest}`;
			const existing = this.rawGet(key);
			if (existing !== null && existing !== raw && !aside) {
				this.setAside(rest, existing);
				replaced.push(rest);
			}
			try {
				this.rawPut(key, raw);
				restored.add(aside ? asideName(rest) : rest);
			} catch {
				skipped.push(sourceKey);
			}
		}
		return { restored: [...restored], replaced, skipped };
	}

	/**
	 * Removes `name` at `version` after copying it aside, so a reset can be undone with
	 * `restoreAside`, and its older versions too: `read` would migrate them back, undoing the
	 * reset (their data is in the copy set aside). Returns the aside key, or null (and removes
	 * nothing) if the copy failed. Here, not in `StoreCore`: only actions loaded on first use reset.
	 */
	remove(name: string, version: number): string | null {
		const raw = this.rawGet(this.key(name, version));
		const aside = raw === null ? null : this.setAside(name, raw);
		if (aside !== null) for (let v = version; v > 0; v--) this.rawDelete(this.key(name, v));
		return aside;
	}

	/** Puts a set-aside copy back as the current value of `name` at `version`. */
	restoreAside(asideKey: string, name: string, version: number): boolean {
		const raw = this.rawGet(asideKey);
		if (raw === null) return false;
		try {
			this.rawPut(this.key(name, version), raw);
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Reads `name` and removes it, for a value meant to be used once (a hand-off from one
	 * island to another). Null when there is none; an unreadable one is set aside, as reads do.
	 */
	take<T>(name: string, codec: Codec<T>): T | null {
		const result = this.read(name, codec);
		for (let version = codec.version; version >= 1; version--) this.rawDelete(this.key(name, version));
		return result.status === 'ok' ? result.value : null;
	}

	#bundle(select: (name: string) => boolean): ExportBundle {
		const entries: Record<string, string> = {};
		const versioned = `${this.namespace}:v`;
		const aside = `${this.namespace}:aside:`;
		for (const key of this.rawKeys()) {
			let name: string;
			if (key.startsWith(aside)) name = asideName(key.slice(aside.length));
			else if (key.startsWith(versioned)) name = key.slice(key.indexOf(':', versioned.length) + 1);
			else continue;
			if (!select(name)) continue;
			const raw = this.rawGet(key);
			if (raw !== null) entries[key] = raw;
		}
		return {
			format: 'threshold-export',
			formatVersion: 1,
			namespace: this.namespace,
			exportedAt: this.now().toISOString(),
			entries,
		};
	}
}

/** The entry name of a set-aside copy: its key's tail without the time it was set aside. */
function asideName(tail: string): string {
	return tail.replace(/:\d{4}-\d\d-\d\dT[\d:.]+Z(#\d+)?$/, '');
}

/**
 * Why a file could not be restored. Islands show the word `kit.backup.<code>` with the
 * file's name, so every island says the same thing about the same file.
 * - `tooLarge`: larger than any backup this site writes.
 * - `notBackup`: not JSON, or JSON that is not a backup of this site.
 * - `newer`: a backup from a newer version of the site.
 * - `damaged`: a backup whose entries are missing or not text.
 * - `nothingHere`: a valid backup with nothing for this island in it.
 */
export type BackupProblem = 'tooLarge' | 'notBackup' | 'newer' | 'damaged' | 'nothingHere';

/** An error that says which `BackupProblem` it is. */
export class BackupError extends Error {
	constructor(readonly problem: BackupProblem) {
		super(problem);
	}
}

/** What to tell a reader whose file `name` could not be restored, in the page's words. */
export function backupProblemText(words: KitWords, error: unknown, name: string): string {
	const problem = error instanceof BackupError ? error.problem : 'damaged';
	return fill(words[`kit.backup.${problem}`], { file: name });
}

/** The largest backup file read, in bytes: far above what a reader's notes fill. */
export const maxBackupBytes = 5_000_000;

/** What a restore did: the entries restored, those whose earlier content was set aside, and when the file was made. */
export interface Restored {
	restored: string[];
	replaced: string[];
	exportedAt: string;
}

/**
 * Restores `file` (a backup a reader picked) into `store`, only the entry `only` when given.
 * Throws a `BackupError` and writes nothing when the file is not a usable backup.
 */
export async function restoreBackup(store: Store, file: Blob, only?: string): Promise<Restored> {
	const bundle = parseBackupText(file.size > maxBackupBytes ? null : await file.text());
	const { restored, replaced } = store.importAll(bundle, only);
	if (only !== undefined ? !restored.includes(only) : !restored.length) throw new BackupError('nothingHere');
	return { restored, replaced, exportedAt: bundle.exportedAt };
}

/** Parses a backup file's text; `null` stands for a file too large to read. */
export function parseBackupText(text: string | null): ExportBundle {
	if (text === null) throw new BackupError('tooLarge');
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new BackupError('notBackup');
	}
	return parseBundle(parsed);
}

function parseBundle(bundle: unknown): ExportBundle {
	const b = bundle as Partial<ExportBundle> | null;
	if (typeof b !== 'object' || b === null || b.format !== 'threshold-export')
		throw new BackupError('notBackup');
	if (typeof b.formatVersion !== 'number' || b.formatVersion > 1) throw new BackupError('newer');
	if (b.formatVersion !== 1 || typeof b.namespace !== 'string') throw new BackupError('damaged');
	if (typeof b.entries !== 'object' || b.entries === null || Array.isArray(b.entries))
		throw new BackupError('damaged');
	for (const value of Object.values(b.entries))
		if (typeof value !== 'string') throw new BackupError('damaged');
	return {
		format: 'threshold-export',
		formatVersion: 1,
		namespace: b.namespace,
		exportedAt: typeof b.exportedAt === 'string' ? b.exportedAt : '',
		entries: b.entries,
	};
}
