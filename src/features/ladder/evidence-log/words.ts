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
	'evidence.noWeek',
	'evidence.noTag',
	'evidence.vague',
	'evidence.vaguePhrases',
	'evidence.added',
	'evidence.deleted',
	'evidence.back',
	'evidence.weekOf',
	'evidence.shows',
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
] as const;

/** The words of the evidence log's page markup. */
export const evidencePageWords = [
	'evidence.addHeading',
	'evidence.week',
	'evidence.text',
	'evidence.textHint',
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
	'evidence.copy',
	'evidence.download',
	'evidence.print',
	'evidence.backup',
	'evidence.restore',
] as const;

/** The evidence log script's words, by key. */
export type EvidenceWords = Record<(typeof evidenceWords)[number], string>;
