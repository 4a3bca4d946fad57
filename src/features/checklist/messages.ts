/**
 * Everything the checklist island says, by key. `<Checklist>` renders them into its
 * `data-messages` attribute (as Starlight's search does with `data-translations`), so they
 * are reworded here in one place and the script every checklist page loads does not carry
 * them. `{0}`, `{1}`… are filled in by `fill`.
 */
export const checklistMessages = {
	count: '{0} ticked',
	notKept: 'Ticks cannot be kept in this browser ({0}). They will last only while this page is open.',
	unreadable:
		'Your saved ticks for this checklist could not be read ({0}), so it starts empty. ' +
		'They are kept in this browser, untouched, and included when you export.',
	reworded: 'Reworded since you ticked it. You ticked: “{0}”.',
	cleared: 'All ticks cleared.',
	nothingToClear: 'There were no saved ticks to clear.',
	notCleared: 'Your ticks could not be set aside for undoing, so nothing was reset.',
	back: 'Your ticks are back: {0}.',
	notBack: 'Your ticks could not be restored.',
	copied: 'Copied the checklist as Markdown, ticked and unticked items, ready to paste into your notes.',
	notCopied: 'Your browser did not allow copying to the clipboard.',
	exported: 'Downloaded {0}. Import it here, in any browser, to restore these ticks.',
	imported: 'Restored {0} ticks from {1}.',
	importedOlder: 'Restored {0} ticks from {1}, exported {2}.',
	keptAside: 'The ticks you had before are kept aside and included in exports.',
	notAnExport: '{0} is not an export file.',
	noTicks: '{0} has no ticks for this checklist.',
	notImported: 'Nothing was imported: {0}',
};

/** The messages as the island receives them. */
export type ChecklistMessages = Record<keyof typeof checklistMessages, string>;

/** Fills `{0}`, `{1}`… in `message` with `values`. */
export function fill(message: string, ...values: (string | number)[]): string {
	return message.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ''));
}
