/**
 * Builder drafts in browser storage, through the one Store: each draft is saved under
 * `builder:<kind>:<draftId>` as `{ name, variant, values, updated }`. A draft that does
 * not validate is set aside by the Store, never deleted.
 */
import type { Codec } from '../../kit/backup';
import { MAX_NAME, readValues, variantOf, type BuilderModel, type Values } from './model';
import { draftVersion, parseDraftHead, type DraftHead } from './draft-head';

// Where drafts are kept is shared with lists of drafts, which load only draft-head.ts.
export { draftPrefix } from './draft-head';

/** One named draft of a builder's document. */
export interface Draft extends DraftHead {
	values: Values;
}

/** The validation for drafts of `model`, version 1. */
export function draftCodec(model: BuilderModel): Codec<Draft> {
	return {
		version: draftVersion,
		parse(data) {
			const head = parseDraftHead(data);
			if (head.name.length > MAX_NAME) throw new Error('not a draft');
			return { ...head, values: readValues(variantOf(model, head.variant), (data as Draft).values, false) };
		},
	};
}

/** A fresh draft id: the time plus a random tail, so two tabs never pick the same one. */
export const newDraftId = (): string => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
