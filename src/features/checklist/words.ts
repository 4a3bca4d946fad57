/** The keys of every word the checklist shows; the words are in `content/i18n/`. */

/** Words the checklist's script fills in as the reader ticks and acts (its `data-words`). */
export const checklistWords = [
	'checklist.of',
	'checklist.count',
	'checklist.announce',
	'checklist.announceGroup',
	'checklist.notKept',
	'checklist.unreadable',
	'checklist.reworded',
	'checklist.cleared',
	'checklist.nothingToClear',
	'checklist.notCleared',
	'checklist.back',
	'checklist.notBack',
	'checklist.copied',
	'checklist.exported',
	'checklist.imported',
	'checklist.importedOlder',
	'checklist.keptAside',
	'checklist.markdownSummary',
	'checklist.markdownReworded',
	'checklist.markdownArchived',
] as const;

/** Words of the checklist's markup, rendered on the server (they read without JavaScript). */
export const checklistMarkupWords = [
	'checklist.itemsOne',
	'checklist.itemsOther',
	'checklist.archivedIntro',
	'checklist.copy',
	'checklist.export',
	'checklist.import',
	'checklist.reset',
	'checklist.keepTick',
	'checklist.confirmReset',
	'checklist.keepTicks',
	// Not shown: what an author starts a group's line of training links with ("Train it:").
	'checklist.trainItMarker',
] as const;

/** Words of `<ChecklistResult>`: the first two in its markup, the rest filled in by its script. */
export const checklistResultWords = [
	'checklist.resultHeading',
	'checklist.of',
	'checklist.resultNone',
	'checklist.resultAll',
	'checklist.resultUnderHalf',
	'checklist.resultHalfOrMore',
	'checklist.resultWeakestOne',
	'checklist.resultWeakestOther',
	'checklist.resultGroup',
] as const;

/** The checklist's words, by key. */
export type ChecklistWords = Record<(typeof checklistWords)[number], string>;

/** The words `<ChecklistResult>` fills in, by key. */
export type ChecklistResultWords = Record<(typeof checklistResultWords)[number], string>;
