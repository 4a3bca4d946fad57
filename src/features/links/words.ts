/** The keys of every word the section-link control shows; the words are in `content/i18n/`. */

/** Words the control's script fills in: its label and what it says after copying (its `data-words`). */
export const sectionLinkWords = [
	'sectionLink.control',
	'sectionLink.linkCopied',
	'sectionLink.markdownCopied',
	'sectionLink.textCopied',
	'sectionLink.notCopied',
] as const;

/** Words of the menu's markup, rendered on the server. */
export const sectionLinkMarkupWords = [
	'sectionLink.menu',
	'sectionLink.copyLink',
	'sectionLink.copyMarkdown',
	'sectionLink.copyText',
] as const;

/** The control's words, by key. */
export type SectionLinkWords = Record<(typeof sectionLinkWords)[number], string>;
