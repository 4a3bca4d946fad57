/**
 * The sentences the builder says about drafts, in the page's words (`words.ts`): a new draft's
 * name and the notices about storage. Loaded with actions.ts; what it says about share links is
 * in share-text.ts.
 */
import { fill, formatNumber, pageLang, problemText } from '../../kit/words';
import type { StoreProblem } from '../../kit/store';
import type { BuilderText } from './view';

/** "Brief 3": the builder's draft name numbered after the drafts already saved. */
export const nextDraftName = (
	t: Pick<BuilderText, 'builder.draftNumbered'>,
	draftName: string,
	saved: number,
	lang = pageLang(),
): string => fill(t['builder.draftNumbered'], { name: draftName, number: formatNumber(saved + 1, lang) });

/** Why the draft is not being kept, and what to do about it. */
export const notSavedText = (t: BuilderText, problem: StoreProblem): string =>
	fill(t['builder.notSaved'], { reason: problemText(t, problem) });

/** A saved draft that could not be read, and that it was kept. */
export const unreadableText = (t: BuilderText, problem: StoreProblem): string =>
	fill(t['builder.unreadable'], { reason: problemText(t, problem) });
