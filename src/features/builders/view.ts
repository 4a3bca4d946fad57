/**
 * What the builder's editor shows, decided without the page: the drafts menu and the state of
 * the checks. What it says (draft-text.ts, share-text.ts) loads with the actions.
 */
import type { KitWords } from '../../kit/words';
import type { Draft } from './drafts';
import type { BuilderWords } from './words';

/** The builder's words and the kit's, as the element reads them from `data-words`. */
export type BuilderText = BuilderWords & KitWords;

/** Drafts by id, newest first. */
export const newestFirst = (drafts: [string, Draft][]): [string, Draft][] =>
	[...drafts].sort((a, b) => b[1].updated.localeCompare(a[1].updated));

/**
 * The drafts menu as `[id, name]`: the open draft first (listed even before its first
 * save), then the saved ones, newest first.
 */
export const draftMenu = (saved: [string, Draft][], id: string, draft: Draft): [string, string][] => [
	[id, draft.name],
	...newestFirst(saved.filter(([other]) => other !== id)).map(([other, d]): [string, string] => [
		other,
		d.name,
	]),
];

/** What the checks say: nothing written yet, some warnings, or none. */
export const checksState = (blank: boolean, warnings: readonly string[]): 'blank' | 'some' | 'none' =>
	blank ? 'blank' : warnings.length ? 'some' : 'none';
