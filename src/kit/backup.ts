/**
 * The one place the site keeps anything in a reader's browser.
 *
 * - Keys are namespaced by site and versioned: `<namespace>:v<version>:<name>`, so two
 *   forks on one origin never collide and a format change gets a new key.
 * - Every read is validated. Data that does not validate, or was saved in a format this
 *   build does not know, is never deleted: it is copied aside under
 *   `<namespace>:aside:<name>:<time>`, reported to the caller, and included in exports.
 * - Older versions are migrated forward on read; the old key is left as it was.
 * - If storage is blocked (private mode) or full, the store keeps state in memory for
 *   the visit and says so (`persistent: false`), and never throws into the page.
 *
 * Reading, writing and the rest live in `storage-core.ts`; this module adds export and
 * import, so an island can load the core alone and fetch these when a reader asks.
 */
import { StoreCore } from './store';

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

function parseBundle(bundle: unknown): ExportBundle {
	const b = bundle as Partial<ExportBundle> | null;
	if (typeof b !== 'object' || b === null || b.format !== 'threshold-export') {
		throw new Error('This file is not a Threshold export.');
	}
	if (b.formatVersion !== 1)
		throw new Error(`This export's format (${String(b.formatVersion)}) is newer than this site understands.`);
	if (typeof b.namespace !== 'string' || typeof b.entries !== 'object' || b.entries === null) {
		throw new Error('This export is missing its entries.');
	}
	for (const [key, value] of Object.entries(b.entries)) {
		if (typeof value !== 'string') throw new Error(`The entry "${key}" in this export is not text.`);
	}
	return b as ExportBundle;
}
