/** The keys of every word the checklist island shows; the words are in `content/i18n/`. */
export const checklistWords = [
	'checklist.count',
	'checklist.notKept',
	'checklist.unreadable',
	'checklist.reworded',
	'checklist.cleared',
	'checklist.nothingToClear',
	'checklist.notCleared',
	'checklist.back',
	'checklist.notBack',
	'checklist.copied',
	'checklist.notCopied',
	'checklist.exported',
	'checklist.imported',
	'checklist.importedOlder',
	'checklist.keptAside',
] as const;

/** The checklist's words, by key. */
export type ChecklistWords = Record<(typeof checklistWords)[number], string>;
