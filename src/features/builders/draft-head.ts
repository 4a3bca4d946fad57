/**
 * The parts every builder draft has, whatever its builder: name, variant, start and last
 * edit. A list of drafts ("My growth") reads them with `draftHeadCodec` and loads no builder
 * model and no code of the builder's page. Its version and migration are the draft codec's
 * in `drafts.ts` (a unit test keeps the two in step).
 */
import type { Codec } from '../../kit/backup';

/** What a list of drafts shows of one, without its answers. */
export interface DraftHead {
	name: string;
	variant: string;
	/** When it was started (ISO 8601). */
	created: string;
	/** When it was last changed (ISO 8601), to list drafts newest first. */
	updated: string;
}

/** Where a builder keeps the drafts of `kind` (as `draftPrefix` in drafts.ts). */
export const draftHeadPrefix = (kind: string): string => `builder:${kind}:`;

const isObject = (data: unknown): data is object => typeof data === 'object' && data !== null;

/**
 * Reads any builder's draft for a list, without looking at its answers. The rest of the
 * draft is passed through untouched: reading a version 1 draft saves it migrated, answers
 * and all, where its builder will read it.
 */
export const draftHeadCodec: Codec<DraftHead> = {
	version: 2,
	// As the draft codec's in drafts.ts: a version 1 draft was started when it was last changed.
	migrations: { 1: (data) => (isObject(data) ? { ...data, created: (data as DraftHead).updated } : data) },
	parse(data) {
		const head = (data ?? {}) as Partial<DraftHead>;
		if ([head.name, head.variant, head.created, head.updated].some((part) => typeof part != 'string'))
			throw new Error('not a draft');
		return { ...head } as DraftHead;
	},
};
