/**
 * The keys of the words of the notice the ladder islands show after the ladder changed
 * (`Notice.astro`, `notice.ts`); the words are in `content/i18n/`. `ladderChangeWords` go to
 * the islands' scripts (`data-words`); `ladderChangePageWords` are rendered by the server.
 */
import type { Words } from '../../../kit/words';

export const ladderChangeWords = [
	'ladderChange.version',
	'ladderChange.versionUnknown',
	'ladderChange.added',
	'ladderChange.reworded',
	'ladderChange.replaced',
	'ladderChange.replacedBy',
	'ladderChange.removed',
	'ladderChange.competency',
	'ladderChange.archived',
	'ladderChange.dismissed',
] as const;

export const ladderChangePageWords = [
	'ladderChange.heading',
	'ladderChange.versionsLink',
	'ladderChange.dismiss',
] as const;

/** The words the notice's script needs. */
export type LadderChangeWords = Words<(typeof ladderChangeWords)[number]>;
