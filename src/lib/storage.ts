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
 */

/** The subset of the Web Storage API the store needs; `localStorage` satisfies it. */
export interface StorageLike {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** How one kind of saved state is checked and upgraded. */
export interface Codec<T> {
	/** Current format version; bump it when the shape changes and add a migration. */
	version: number;
	/** Returns the value if `data` is valid, or throws an Error saying what is wrong. */
	parse(data: unknown): T;
	/** `migrations[n]` turns version-n data into version-(n+1) data. */
	migrations?: Record<number, (data: unknown) => unknown>;
}

/** What a read found. */
export type ReadResult<T> =
	| { status: 'empty' }
	| { status: 'ok'; value: T; migratedFrom?: number }
	| { status: 'unreadable'; reason: string; asideKey: string | null };

/** What a write did. */
export type WriteResult = { persisted: true } | { persisted: false; reason: string };

/** Everything the site saved, as one portable object (the "Export everything" file). */
export interface ExportBundle {
	format: 'threshold-export';
	formatVersion: 1;
	namespace: string;
	exportedAt: string;
	/** Raw stored strings by key, kept exactly as they were, unreadable ones included. */
	entries: Record<string, string>;
}

interface Envelope {
	v: number;
	savedAt: string;
	data: unknown;
}

/** The storage namespace for a site: its configured name plus its base path, when not "/". */
export function siteNamespace(name: string, base = '/'): string {
	const path = base.replace(/\/+$/, '');
	return path ? `${name}@${path}` : name;
}

/** Returns `localStorage` if it can be used at all, otherwise null. */
export function browserStorage(): StorageLike | null {
	try {
		const storage = globalThis.localStorage;
		const probe = '__threshold_probe__';
		storage.setItem(probe, probe);
		storage.removeItem(probe);
		return storage;
	} catch {
		return null;
	}
}

class MemoryStorage implements StorageLike {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.#items.set(key, value);
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A namespaced, validating store over one storage backend. */
export class Store {
	readonly namespace: string;
	#backend: StorageLike;
	#memory = new MemoryStorage();
	#persistent: boolean;
	#now: () => Date;

	constructor(namespace: string, backend: StorageLike | null, now: () => Date = () => new Date()) {
		this.namespace = namespace;
		this.#backend = backend ?? this.#memory;
		this.#persistent = backend !== null;
		this.#now = now;
	}

	/** False when nothing saved now will outlive the visit (storage blocked or full). */
	get persistent(): boolean {
		return this.#persistent;
	}

	/** The storage key for `name` at `version`. */
	key(name: string, version: number): string {
		return `${this.namespace}:v${version}:${name}`;
	}

	/** Reads and validates `name`, migrating older versions forward. Never throws. */
	read<T>(name: string, codec: Codec<T>): ReadResult<T> {
		for (let version = codec.version; version >= 1; version--) {
			const key = this.key(name, version);
			const raw = this.#get(key);
			if (raw === null) continue;
			try {
				const envelope = parseEnvelope(raw, version);
				let data = envelope.data;
				for (let from = version; from < codec.version; from++) {
					const step = codec.migrations?.[from];
					if (!step) throw new Error(`no migration from version ${from}`);
					data = step(data);
				}
				const value = codec.parse(data);
				if (version === codec.version) return { status: 'ok', value };
				// Save the migrated copy under the new key; the old key stays as it was.
				this.write(name, codec, value);
				return { status: 'ok', value, migratedFrom: version };
			} catch (error) {
				return { status: 'unreadable', reason: message(error), asideKey: this.#setAside(name, raw) };
			}
		}
		return { status: 'empty' };
	}

	/** Validates and saves `value` under `name`. Falls back to memory if storage fails. */
	write<T>(name: string, codec: Codec<T>, value: T): WriteResult {
		const data = codec.parse(value);
		const key = this.key(name, codec.version);
		const envelope: Envelope = { v: codec.version, savedAt: this.#now().toISOString(), data };
		const raw = JSON.stringify(envelope);
		const existing = this.#get(key);
		if (existing !== null && !this.#isReadable(existing, codec) && this.#setAside(name, existing) === null) {
			return this.#fallBack(
				key,
				raw,
				'the saved copy could not be read or set aside, so it was left untouched',
			);
		}
		if (!this.#persistent) {
			this.#memory.setItem(key, raw);
			return { persisted: false, reason: 'browser storage is not available' };
		}
		try {
			this.#backend.setItem(key, raw);
			return { persisted: true };
		} catch (error) {
			return this.#fallBack(key, raw, `browser storage refused the write (${message(error)})`);
		}
	}

	/** Names (without namespace and version) of saved entries that start with `prefix`. */
	names(prefix = ''): string[] {
		const head = `${this.namespace}:v`;
		const out = new Set<string>();
		for (const key of this.#keys()) {
			if (!key.startsWith(head)) continue;
			const name = key.slice(key.indexOf(':', head.length) + 1);
			if (name.startsWith(prefix)) out.add(name);
		}
		return [...out].sort();
	}

	/** Keys of data set aside because it could not be read. */
	asideKeys(name?: string): string[] {
		const head = `${this.namespace}:aside:${name === undefined ? '' : `${name}:`}`;
		return this.#keys().filter((key) => key.startsWith(head));
	}

	/** Every entry of this site, raw, unreadable and set-aside ones included. */
	exportAll(prefix = ''): ExportBundle {
		const entries: Record<string, string> = {};
		const heads = [`${this.namespace}:v`, `${this.namespace}:aside:`];
		for (const key of this.#keys()) {
			if (!heads.some((h) => key.startsWith(h))) continue;
			const name = key.startsWith(heads[1]!)
				? key.slice(heads[1]!.length)
				: key.slice(key.indexOf(':', heads[0]!.length) + 1);
			if (!name.startsWith(prefix)) continue;
			const raw = this.#get(key);
			if (raw !== null) entries[key] = raw;
		}
		return {
			format: 'threshold-export',
			formatVersion: 1,
			namespace: this.namespace,
			exportedAt: this.#now().toISOString(),
			entries,
		};
	}

	/**
	 * Restores entries from an export (from this site, or the same site under another
	 * namespace). Returns the names restored. An entry that is already saved with other
	 * content is set aside first, so importing never loses what was there.
	 */
	importAll(bundle: unknown): { restored: string[]; skipped: string[] } {
		const parsed = parseBundle(bundle);
		const restored: string[] = [];
		const skipped: string[] = [];
		for (const [sourceKey, raw] of Object.entries(parsed.entries)) {
			const match = /^.*?:(v\d+|aside):(.+)$/.exec(sourceKey.slice(parsed.namespace.length));
			if (!sourceKey.startsWith(parsed.namespace) || !match) {
				skipped.push(sourceKey);
				continue;
			}
			const [, part, rest] = match as unknown as [string, string, string];
			const key = `${this.namespace}:${part}:${rest}`;
			const existing = this.#get(key);
			if (existing !== null && existing !== raw && part !== 'aside') this.#setAside(rest, existing);
			try {
				this.#put(key, raw);
				restored.push(rest);
			} catch {
				skipped.push(sourceKey);
			}
		}
		return { restored, skipped };
	}

	/**
	 * Removes `name` at `version` after copying it aside, so a reset can be undone with
	 * `restoreAside`. Returns the aside key, or null (and removes nothing) if the copy failed.
	 */
	remove(name: string, version: number): string | null {
		const key = this.key(name, version);
		const raw = this.#get(key);
		if (raw === null) return null;
		const aside = this.#setAside(name, raw);
		if (aside === null) return null;
		this.#del(key);
		return aside;
	}

	/** Puts a set-aside copy back as the current value of `name` at `version`. */
	restoreAside(asideKey: string, name: string, version: number): boolean {
		const raw = this.#get(asideKey);
		if (raw === null) return false;
		try {
			this.#put(this.key(name, version), raw);
			return true;
		} catch {
			return false;
		}
	}

	/** Calls `listener` when another tab changes `name`. Returns an unsubscribe function. */
	subscribe(name: string, listener: () => void, target: EventTarget | undefined = globalThis): () => void {
		if (!target?.addEventListener) return () => {};
		const suffix = `:${name}`;
		const handler = (event: Event) => {
			const key = (event as StorageEvent).key;
			if (key === null || (key.startsWith(`${this.namespace}:v`) && key.endsWith(suffix))) listener();
		};
		target.addEventListener('storage', handler);
		return () => target.removeEventListener('storage', handler);
	}

	#isReadable<T>(raw: string, codec: Codec<T>): boolean {
		try {
			codec.parse(parseEnvelope(raw, codec.version).data);
			return true;
		} catch {
			return false;
		}
	}

	/** Copies `raw` to an aside key (once per distinct content). Returns the key, or null on failure. */
	#setAside(name: string, raw: string): string | null {
		for (const key of this.asideKeys(name)) if (this.#get(key) === raw) return key;
		let asideKey = `${this.namespace}:aside:${name}:${this.#now().toISOString()}`;
		for (let n = 2; this.#get(asideKey) !== null; n++) asideKey = asideKey.replace(/(#\d+)?$/, `#${n}`);
		try {
			this.#put(asideKey, raw);
			return asideKey;
		} catch {
			return null;
		}
	}

	#fallBack(key: string, raw: string, reason: string): WriteResult {
		this.#persistent = false;
		this.#memory.setItem(key, raw);
		return { persisted: false, reason };
	}

	#keys(): string[] {
		const keys = new Set<string>();
		for (const storage of [this.#backend, this.#memory]) {
			try {
				for (let i = 0; i < storage.length; i++) {
					const key = storage.key(i);
					if (key !== null) keys.add(key);
				}
			} catch {
				// An unreadable backend lists nothing; memory still does.
			}
		}
		return [...keys];
	}

	#get(key: string): string | null {
		const inMemory = this.#memory.getItem(key);
		if (inMemory !== null) return inMemory;
		try {
			return this.#backend.getItem(key);
		} catch {
			return null;
		}
	}

	#put(key: string, raw: string): void {
		if (this.#persistent) this.#backend.setItem(key, raw);
		else this.#memory.setItem(key, raw);
	}

	#del(key: string): void {
		this.#memory.removeItem(key);
		try {
			this.#backend.removeItem(key);
		} catch {
			// Nothing more can be done; the aside copy already exists.
		}
	}
}

function parseEnvelope(raw: string, version: number): Envelope {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		throw new Error('the saved text is not valid JSON');
	}
	if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
		throw new Error('the saved value is not in the expected format');
	}
	const envelope = parsed as Envelope;
	if (envelope.v !== version)
		throw new Error(`the saved value says version ${String(envelope.v)}, expected ${version}`);
	return envelope;
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
