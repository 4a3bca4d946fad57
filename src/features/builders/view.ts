/**
 * What the builder shows, decided without the page: the drafts menu, the state of the
 * checks, and the sentences the element says about drafts, in the page's words (`words.ts`).
 * What it says about share links is in share-text.ts, loaded with them.
 */
import { fill, formatNumber, pageLang, problemText, type KitWords } from '../../kit/words';
import type { StoreProblem } from '../../kit/store';
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

/** "Brief 3": the builder's draft name numbered after the drafts already saved. */
export const nextDraftName = (
	t: Pick<BuilderText, 'builder.draftNumbered'>,
	draftName: string,
	saved: number,
	lang = pageLang(),
): string =>
	fill(t['builder.draftNumbered'], { name: draftName, number: formatNumber(saved + 1, lang) });

/** Why the draft is not being kept, and what to do about it. */
export const notSavedText = (t: BuilderText, problem: StoreProblem): string =>
	fill(t['builder.notSaved'], { reason: problemText(t, problem) });

/** A saved draft that could not be read, and that it was kept. */
export const unreadableText = (t: BuilderText, problem: StoreProblem): string =>
	fill(t['builder.unreadable'], { reason: problemText(t, problem) });
