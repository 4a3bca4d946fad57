/**
 * The keys of every word the self-assessment shows; the words are in `content/i18n/`.
 * `assessmentWords` go to the island's script (`data-words`); `assessmentPageWords` are
 * rendered into the page by the server and never reach the script.
 */
export const assessmentWords = [
	'assessment.notKept',
	'assessment.unreadable',
	'assessment.notSaved',
	'assessment.otherTab',
	'assessment.resultEvidenced',
	'assessment.resultUnsupported',
	'assessment.resultNotYet',
	'assessment.resultNotApplicable',
	'assessment.summaryDone',
	'assessment.summaryGaps',
	'assessment.summaryNotApplicable',
	'assessment.copied',
	'assessment.downloaded',
	'assessment.backedUp',
	'assessment.restored',
	'assessment.keptAside',
	'assessment.cleared',
	'assessment.back',
	'assessment.notBack',
	'assessment.mdTitle',
	'assessment.mdRange',
	'assessment.mdMade',
	'assessment.mdEvidence',
	'assessment.mdNoEvidence',
	'assessment.mdNotApplicable',
	'assessment.mdNoReason',
	'assessment.mdGaps',
	'assessment.mdNoGaps',
	'assessment.mdTrain',
	'assessment.mdNotApplicableHeading',
	'assessment.mdNotApplicableIntro',
] as const;

/** The words of the self-assessment's page markup. */
export const assessmentPageWords = [
	'assessment.levelNow',
	'assessment.levelTarget',
	'assessment.noscript',
	'assessment.evidence',
	'assessment.evidenceFor',
	'assessment.evidencePlaceholder',
	'assessment.notApplicable',
	'assessment.notApplicableFor',
	'assessment.reason',
	'assessment.reasonFor',
	'assessment.reasonPlaceholder',
	'assessment.playbooks',
	'assessment.resultsHeading',
	'assessment.resultsEmpty',
	'assessment.resultsCaption',
	'assessment.columnCompetency',
	'assessment.columnEvidenced',
	'assessment.columnUnsupported',
	'assessment.columnNotYet',
	'assessment.columnNotApplicable',
	'assessment.gapsHeading',
	'assessment.copy',
	'assessment.download',
	'assessment.print',
	'assessment.backup',
	'assessment.restore',
	'assessment.clear',
] as const;

/** The self-assessment script's words, by key. */
export type AssessmentWords = Record<(typeof assessmentWords)[number], string>;
