/** A Map-backed stand-in for `localStorage` in unit tests, which can be made to refuse writes. */
import type { StorageLike } from '../../src/kit/store';

/** Stores strings in `items`; set `failWrites` to make `setItem` throw, as a full storage does. */
export class FakeStorage implements StorageLike {
	items = new Map<string, string>();
	failWrites: Error | null = null;
	get length() {
		return this.items.size;
	}
	key(i: number) {
		return [...this.items.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.items.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		if (this.failWrites) throw this.failWrites;
		this.items.set(k, v);
	}
	removeItem(k: string) {
		this.items.delete(k);
	}
}
