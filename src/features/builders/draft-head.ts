/**
 * The parts every builder draft has, whatever its builder: name, variant and last edit. A
 * list of drafts ("My growth") reads them with `draftHeadCodec` and loads no builder model
 * and no code of the builder's page. Its version is the draft codec's in `drafts.ts` (a unit
 * test keeps the two in step).
 */
import type { Codec } from '../../kit/backup';

/** What a list of drafts shows of one, without its answers. */
export interface DraftHead {
	name: string;
	variant: string;
	/** When it was last changed (ISO 8601), to list drafts newest first. */
	updated: string;
}

/** Where a builder keeps the drafts of `kind` (as `draftPrefix` in drafts.ts). */
export const draftHeadPrefix = (kind: string): string => `builder:${kind}:`;

/** Reads any builder's draft for a list, without its answers; never used to write. */
export const draftHeadCodec: Codec<DraftHead> = {
	version: 1,
	parse(data) {
		const head = (data ?? {}) as Partial<DraftHead>;
		if ([head.name, head.variant, head.updated].some((part) => typeof part != 'string'))
			throw new Error('not a draft');
		return { name: head.name!, variant: head.variant!, updated: head.updated! };
	},
};
