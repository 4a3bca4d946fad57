/**
 * Builder drafts in browser storage, through the one Store: each draft is saved under
 * `builder:<kind>:<draftId>` as `{ name, variant, values, updated }`. A draft that does
 * not validate is set aside by the Store, never deleted.
 */
import type { Codec } from '../storage';
import { MAX_NAME, readValues, variantOf, type BuilderModel, type Values } from './model';

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
			const d = data as Partial<Draft> | null;
			if (typeof d !== 'object' || d === null) throw new Error('a draft must be an object');
			if (typeof d.name !== 'string' || d.name.length > MAX_NAME)
				throw new Error('the draft has no valid name');
			if (typeof d.variant !== 'string') throw new Error('the draft does not say which document it is');
			if (typeof d.updated !== 'string') throw new Error('the draft has no date');
			const values = readValues(variantOf(model, d.variant), d.values, false);
			return { name: d.name, variant: d.variant, values, updated: d.updated };
		},
	};
}

/** A fresh draft id: the time plus a random tail, so two tabs never pick the same one. */
export function newDraftId(now = Date.now(), random = Math.random()): string {
	return `${now.toString(36)}${Math.floor(random * 36 ** 4)
		.toString(36)
		.padStart(4, '0')}`;
}

/** "Brief 3": the builder's draft name with the next number not in `names`. */
export function nextDraftName(model: BuilderModel, names: string[]): string {
	let n = names.length + 1;
	while (names.includes(`${model.draftName} ${n}`)) n++;
	return `${model.draftName} ${n}`;
}
