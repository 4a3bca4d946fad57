/**
 * The parts every builder draft has, whatever its builder: name, variant and last edit. A
 * list of drafts ("My growth") reads them with `draftHeadCodec` and loads no builder model;
 * `drafts.ts` checks the answers on top. Kept apart so a list loads only this.
 */
import type { Codec } from '../../kit/backup';

/** What a list of drafts shows of one, without its answers. */
export interface DraftHead {
	name: string;
	variant: string;
	/** When it was last changed (ISO 8601), to list drafts newest first. */
	updated: string;
}

/** The draft format's version: a builder's codec and `draftHeadCodec` read the same key. */
export const draftVersion = 1;

/** The storage name prefix shared by every draft of `kind`. */
export const draftPrefix = (kind: string): string => `builder:${kind}:`;

/** The name, variant and last edit of a saved draft; throws when `data` is not a draft. */
export function parseDraftHead(data: unknown): DraftHead {
	const { name, variant, updated } = (data ?? {}) as Partial<DraftHead>;
	if (typeof name != 'string' || typeof variant != 'string' || typeof updated != 'string')
		throw new Error('not a draft');
	return { name, variant, updated };
}

/** Reads any builder's draft for a list, without its answers; never used to write. */
export const draftHeadCodec: Codec<DraftHead> = { version: draftVersion, parse: parseDraftHead };
