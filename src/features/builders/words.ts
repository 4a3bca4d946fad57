/**
 * The keys of every word the builders show; the words are in `content/i18n/`. The first
 * list is what the element needs in the browser (rendered into `data-words`); the second
 * is what Builder.astro writes into the page itself.
 */
export const builderWords = [
	'builder.draftNumbered',
	'builder.notSaved',
	'builder.unreadable',
	'builder.added',
	'builder.removed',
	'builder.started',
	'builder.deleted',
	'builder.undeleted',
	'builder.notUndeleted',
	'builder.notDeleted',
	'builder.copied',
	'builder.downloaded',
	'builder.linkCopied',
	'builder.linkShown',
	'builder.adopted',
	'builder.handedOver',
	'builder.handoffRefused',
	'builder.sharedHeading',
	'builder.linkLong',
	'builder.linkBig',
	'builder.linkDamaged',
	'builder.linkKind',
	'builder.linkInvalid',
] as const;

/** Words Builder.astro and BuilderField.astro render on the server. */
export const builderPageWords = [
	'builder.sharedIntro',
	'builder.adopt',
	'builder.dismiss',
	'builder.linkError',
	'builder.draft',
	'builder.draftName',
	'builder.newDraft',
	'builder.deleteDraft',
	'builder.deleteConfirm',
	'builder.deleteYes',
	'builder.saved',
	'builder.variantLegend',
	'builder.checks',
	'builder.checksBlank',
	'builder.checksSome',
	'builder.checksNone',
	'builder.preview',
	'builder.copy',
	'builder.download',
	'builder.print',
	'builder.share',
	'builder.link',
	'builder.linkHint',
	'builder.onePerLine',
] as const;

/** The builder element's words, by key. */
export type BuilderWords = Record<(typeof builderWords)[number], string>;
