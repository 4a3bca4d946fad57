/** The keys of every word "My progress" shows; the words are in `content/i18n/`. */

/** Words the script fills in (its `data-words`). */
export const myProgressWords = [
	'myProgress.none',
	'myProgress.startedOne',
	'myProgress.startedOther',
	'myProgress.ticked',
	'myProgress.tickedOnPage',
	'myProgress.archived',
	'myProgress.unreadable',
	'myProgress.exported',
	'myProgress.restored',
	'myProgress.both',
	'myProgress.checklistsOne',
	'myProgress.checklistsOther',
	'myProgress.othersOne',
	'myProgress.othersOther',
	'myProgress.keptAside',
	'checklist.of',
] as const;

/** Words of the markup, rendered on the server. */
export const myProgressMarkupWords = [
	'myProgress.needsScript',
	'myProgress.exportAll',
	'myProgress.import',
] as const;

/** "My progress"'s words, by key. */
export type MyProgressWords = Record<(typeof myProgressWords)[number], string>;
