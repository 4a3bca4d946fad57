/**
 * Builder drafts in browser storage, through the one Store: each draft is saved under
 * `builder:<kind>:<draftId>` as `{ name, variant, values, created, updated }`. A draft that
 * does not validate is set aside by the Store, never deleted. Version 2 added `created`;
 * a version 1 draft is migrated as started when it was last changed. Since drafts have an
 * older key, deleting one goes through `Store.remove`, which removes that key too.
 */
import type { Codec } from '../../kit/backup';
import { MAX_NAME, readValues, variantOf } from './answers';
import type { BuilderModel, Values } from './model';

/** One named draft of a builder's document. */
export interface Draft {
	name: string;
	variant: string;
	values: Values;
	/** When it was started (ISO 8601); '' until it is first saved. */
	created: string;
	/** When it was last changed (ISO 8601), to list drafts newest first. */
	updated: string;
}

/** The storage name prefix shared by every draft of `kind`. */
export const draftPrefix = (kind: string): string => `builder:${kind}:`;

/** The validation for drafts of `model`, version 2. */
export function draftCodec(model: BuilderModel): Codec<Draft> {
	return {
		version: 2,
		// As `draftHeadCodec`'s (draft-head.ts, its own chunk: not imported here, a test keeps them alike).
		migrations: { 1: (data) => fromVersion1(data) },
		parse(data) {
			const { name, variant, values, created, updated } = (data ?? {}) as Partial<Draft>;
			if (
				typeof name != 'string' ||
				name.length > MAX_NAME ||
				typeof variant != 'string' ||
				typeof created != 'string' ||
				typeof updated != 'string'
			) {
				throw new Error('not a draft');
			}
			return {
				name,
				variant,
				created,
				updated,
				values: readValues(variantOf(model, variant), values, false),
			};
		},
	};
}

/** Version 1 to 2: a draft from before `created` was kept is taken as started at its last change. */
function fromVersion1(data: unknown): unknown {
	return typeof data === 'object' && data !== null ? { ...data, created: (data as Draft).updated } : data;
}

/**
 * The time to stamp a save with: now, or a millisecond after the last save when the clock has not
 * moved on. Saves replayed in one go (typing done before the editor came) would otherwise share a
 * time, and the drafts menu, newest first, could then list an older draft first after a reload.
 */
export const saveTime = (now: number, last: number): number => Math.max(now, last + 1);

/** A fresh draft id: the time plus a random tail, so two tabs never pick the same one. */
export const newDraftId = (): string => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
