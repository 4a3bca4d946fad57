/**
 * Builder drafts in browser storage, through the one Store: each draft is saved under
 * `builder:<kind>:<draftId>` as `{ name, variant, values, updated }`. A draft that does
 * not validate is set aside by the Store, never deleted.
 */
import type { Codec } from '../../kit/backup';
import { MAX_NAME, readValues, variantOf } from './answers';
import type { BuilderModel, Values } from './model';

/** One named draft of a builder's document. */
export interface Draft {
	name: string;
	variant: string;
	values: Values;
	/** When it was last changed (ISO 8601), to list drafts newest first. */
	updated: string;
}

/** The storage name prefix shared by every draft of `kind`. */
export const draftPrefix = (kind: string): string => `builder:${kind}:`;

/** The validation for drafts of `model`, version 1. */
export function draftCodec(model: BuilderModel): Codec<Draft> {
	return {
		version: 1,
		parse(data) {
			const { name, variant, values, updated } = (data ?? {}) as Partial<Draft>;
			if (
				typeof name != 'string' ||
				name.length > MAX_NAME ||
				typeof variant != 'string' ||
				typeof updated != 'string'
			) {
				throw new Error('not a draft');
			}
			return { name, variant, updated, values: readValues(variantOf(model, variant), values, false) };
		},
	};
}

/** A fresh draft id: the time plus a random tail, so two tabs never pick the same one. */
export const newDraftId = (): string => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
