/**
 * Hand-offs: data one island leaves for another to start from, so a reader never types the
 * same thing twice (the self-assessment's gaps becoming a growth plan's goals, say). The
 * sender writes `handoff:<kind>` through the store; the builder of that kind takes it once,
 * checks every answer as strictly as a share link's, and opens it as a new draft.
 */
import type { Codec } from './store';

/** The storage name of the hand-off waiting for builders of `kind`. */
export const handoffName = (kind: string): string => `handoff:${kind}`;

/**
 * Tells the builder of `kind` on this page, if there is one, to open its hand-off now (the
 * sender is on the builder's own page): an event on the document named like the hand-off,
 * which the builder listens for. False when the page has no such builder.
 */
export function announceHandoff(kind: string): boolean {
	if (!document.querySelector(`threshold-builder[data-kind="${kind}"]`)) return false;
	document.dispatchEvent(new Event(handoffName(kind)));
	return true;
}

/** The answers a builder of some kind is to start from, keyed by its permanent field ids. */
export interface Handoff {
	/** The builder variant to open, when not its first. */
	variant?: string;
	values: Record<string, unknown>;
}

/** Validates a hand-off's shape; the builder checks the answers themselves against its fields. */
export const handoffCodec: Codec<Handoff> = {
	version: 1,
	parse(data) {
		const { variant, values } = (data ?? {}) as Partial<Handoff>;
		if (typeof values != 'object' || values === null || Array.isArray(values))
			throw new Error('a hand-off needs its values');
		if (variant !== undefined && typeof variant != 'string') throw new Error('the variant must be text');
		return variant === undefined ? { values } : { variant, values };
	},
};

/** How a page writes a day and joins names ("A, B and C") in the reader's language. */
export interface HandoffFormat {
	day: (date: string) => string;
	list: (names: string[]) => string;
}

/** Text on one line: runs of white space, line breaks included, as one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A builder's list answer: one item a line, as many whole lines as fit its 5000 characters. */
export function listAnswer(items: string[]): string {
	let out = '';
	for (const item of items.map(oneLine).filter(Boolean)) {
		const next = out ? `${out}\n${item}` : item;
		if (next.length > 5000) break;
		out = next;
	}
	return out;
}
