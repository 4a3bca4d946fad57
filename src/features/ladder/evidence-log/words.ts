/**
 * The keys of every word the evidence log shows; the words are in `content/i18n/`.
 * `evidenceWords` go to the island's script (`data-words`); `evidencePageWords` are
 * rendered into the page by the server and never reach the script.
 */
export const evidenceWords = [
	'evidence.notKept',
	'evidence.unreadable',
	'evidence.notSaved',
	'evidence.noText',
	'evidence.noDate',
	'evidence.noTag',
	'evidence.badLink',
	'evidence.vague',
	'evidence.vaguePhrases',
	'evidence.added',
	'evidence.deleted',
	'evidence.back',
	'evidence.weekOf',
	'evidence.shows',
	'evidence.part.situation',
	'evidence.part.did',
	'evidence.part.result',
	'evidence.part.witnesses',
	'evidence.part.link',
	'evidence.coverageIntro',
	'evidence.coverageCaption',
	'evidence.coverageNever',
	'evidence.coverageNone',
	'evidence.coverageStale',
	'evidence.delete',
	'evidence.deleteLabel',
	'evidence.copied',
	'evidence.downloaded',
	'evidence.backedUp',
	'evidence.restored',
	'evidence.keptAside',
	'evidence.mdTitle',
	'evidence.mdMade',
	'evidence.mdEmpty',
	'evidence.mdShows',
	'evidence.mdUntagged',
	'evidence.mdArchived',
	'evidence.mdArchivedIntro',
	'evidence.mdArchivedTags',
] as const;

/** The coverage table's column headings, in order; "My growth" shows the same table. */
export const coverageColumnWords = [
	'evidence.columnCompetency',
	'evidence.columnEntries',
	'evidence.columnLatest',
	'evidence.columnMonths',
	'evidence.columnNudge',
] as const;

/** The words of the evidence log's page markup. */
export const evidencePageWords = [
	'evidence.addHeading',
	'evidence.howTo',
	'evidence.date',
	'evidence.situation',
	'evidence.situationHint',
	'evidence.text',
	'evidence.textHint',
	'evidence.result',
	'evidence.resultHint',
	'evidence.witnesses',
	'evidence.witnessesHint',
	'evidence.link',
	'evidence.linkHint',
	'evidence.competencies',
	'evidence.behavior',
	'evidence.noBehavior',
	'evidence.behaviorOption',
	'evidence.add',
	'evidence.logHeading',
	'evidence.empty',
	'evidence.noscript',
	'evidence.templateDate',
	'evidence.templateEntry',
	'evidence.coverageHeading',
	...coverageColumnWords,
	'evidence.copy',
	'evidence.download',
	'evidence.print',
	'evidence.backup',
	'evidence.restore',
] as const;

/** The evidence log script's words, by key. */
export type EvidenceWords = Record<(typeof evidenceWords)[number], string>;
