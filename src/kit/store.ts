/**
 * The one place the site keeps anything in a reader's browser: the core, which every island
 * loads. Export and import are in `backup.ts`, loaded when a reader asks for them.
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

import { storageNamespace } from '../../content/site.json';
import { ProblemError, parseEnvelope, type Envelope } from './envelope';

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

/**
 * Why something could not be kept or read. Islands show the word `kit.problem.<code>`
 * (`content/i18n/`), so the reason reads in the site's language.
 * - `unavailable`: the browser keeps no data for this site (blocked, private mode).
 * - `refused`: the browser refused a write (usually: storage is full).
 * - `stuck`: the saved copy could not be read nor set aside, so it was left untouched.
 * - `damaged`: the saved text is not what this site writes (not JSON, or no envelope).
 * - `newer`: saved by a newer version of the site, which this one cannot read.
 * - `invalid`: the saved value does not pass its codec's checks.
 */
export type StoreProblem = 'unavailable' | 'refused' | 'stuck' | 'damaged' | 'newer' | 'invalid';

/** What a read found. `detail` says what was wrong, for developers (English, not shown). */
export type ReadResult<T> =
	| { status: 'empty' }
	| { status: 'ok'; value: T; migratedFrom?: number }
	| { status: 'unreadable'; reason: StoreProblem; detail: string; asideKey: string | null };

/** What a write did. */
export type WriteResult = { persisted: true } | { persisted: false; reason: StoreProblem };

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

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A namespaced, validating store over one storage backend: everything but export and
 * import, which `Store` (storage.ts) adds. Use `Store`; this lean half is for islands that
 * must load little and fetch export and import on demand (`Store.over`).
 */
export class StoreCore {
	readonly namespace: string;
	#backend: StorageLike | null;
	// What is kept for the visit when the backend cannot be used; it wins over the backend.
	// `null` marks a key removed during such a visit: the backend's copy stays untouched.
	#memory = new Map<string, string | null>();
	#persistent: boolean;
	#now: () => Date;

	constructor(namespace: string, backend: StorageLike | null, now: () => Date = () => new Date()) {
		this.namespace = namespace;
		this.#backend = backend;
		this.#persistent = backend !== null;
		this.#now = now;
	}

	/** Makes this store work over the same backend, visit memory and clock as `other`. */
	protected adopt(other: StoreCore): void {
		this.#backend = other.#backend;
		this.#memory = other.#memory;
		this.#persistent = other.#persistent;
		this.#now = other.#now;
	}

	/** The time now, from the clock the store was given. */
	protected now(): Date {
		return this.#now();
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
			const raw = this.rawGet(key);
			if (raw === null) continue;
			try {
				const envelope = parseEnvelope(raw, version);
				let data = envelope.data;
				for (let from = version; from < codec.version; from++) {
					const step = codec.migrations?.[from];
					if (!step) throw new ProblemError('newer', `no migration from version ${from}`);
					data = step(data);
				}
				const value = codec.parse(data);
				if (version === codec.version) return { status: 'ok', value };
				// Save the migrated copy under the new key; the old key stays as it was.
				this.write(name, codec, value);
				return { status: 'ok', value, migratedFrom: version };
			} catch (error) {
				const reason = error instanceof ProblemError ? error.problem : 'invalid';
				return { status: 'unreadable', reason, detail: message(error), asideKey: this.setAside(name, raw) };
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
		const existing = this.rawGet(key);
		if (existing !== null && !this.#isReadable(existing, codec) && this.setAside(name, existing) === null) {
			return this.#fallBack(key, raw, 'stuck');
		}
		if (!this.#persistent) {
			this.#memory.set(key, raw);
			return { persisted: false, reason: 'unavailable' };
		}
		try {
			this.#backend!.setItem(key, raw);
			return { persisted: true };
		} catch {
			return this.#fallBack(key, raw, 'refused');
		}
	}

	/** Names (without namespace and version) of saved entries that start with `prefix`. */
	names(prefix = ''): string[] {
		const head = `${this.namespace}:v`;
		const out = new Set<string>();
		for (const key of this.rawKeys()) {
			if (!key.startsWith(head)) continue;
			const name = key.slice(key.indexOf(':', head.length) + 1);
			if (name.startsWith(prefix)) out.add(name);
		}
		return [...out].sort();
	}

	/** Keys of data set aside because it could not be read. */
	asideKeys(name?: string): string[] {
		const head = `${this.namespace}:aside:${name === undefined ? '' : `${name}:`}`;
		return this.rawKeys().filter((key) => key.startsWith(head));
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
	protected setAside(name: string, raw: string): string | null {
		for (const key of this.asideKeys(name)) if (this.rawGet(key) === raw) return key;
		let asideKey = `${this.namespace}:aside:${name}:${this.#now().toISOString()}`;
		for (let n = 2; this.rawGet(asideKey) !== null; n++) asideKey = asideKey.replace(/(#\d+)?$/, `#${n}`);
		try {
			this.rawPut(asideKey, raw);
			return asideKey;
		} catch {
			return null;
		}
	}

	#fallBack(key: string, raw: string, reason: StoreProblem): WriteResult {
		this.#persistent = false;
		this.#memory.set(key, raw);
		return { persisted: false, reason };
	}

	protected rawKeys(): string[] {
		const keys = new Set<string>();
		try {
			for (let i = 0; i < (this.#backend?.length ?? 0); i++) {
				const key = this.#backend!.key(i);
				if (key !== null) keys.add(key);
			}
		} catch {
			// An unreadable backend lists nothing; memory still does.
		}
		for (const [key, raw] of this.#memory) {
			if (raw === null) keys.delete(key);
			else keys.add(key);
		}
		return [...keys];
	}

	protected rawGet(key: string): string | null {
		if (this.#memory.has(key)) return this.#memory.get(key) ?? null;
		try {
			return this.#backend?.getItem(key) ?? null;
		} catch {
			return null;
		}
	}

	protected rawPut(key: string, raw: string): void {
		if (this.#persistent) this.#backend!.setItem(key, raw);
		else this.#memory.set(key, raw);
	}

	/**
	 * Removes `key`. While storage is failing, only for the visit: the set-aside copy a reset
	 * makes lives in memory then, so deleting the backend's copy would lose it for good.
	 */
	protected rawDelete(key: string): void {
		if (!this.#persistent) {
			this.#memory.set(key, null);
			return;
		}
		this.#memory.delete(key);
		try {
			this.#backend?.removeItem(key);
		} catch {
			// Nothing more can be done; the aside copy already exists.
		}
	}
}

/** A store over this browser's storage, under this site's namespace (`content/site.json` plus the base path). */
export const siteStore = (): StoreCore =>
	new StoreCore(siteNamespace(storageNamespace, import.meta.env.BASE_URL), browserStorage());
