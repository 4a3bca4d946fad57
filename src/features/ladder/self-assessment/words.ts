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
	'assessment.summaryDone',
	'assessment.summaryGaps',
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
	'assessment.mdGaps',
	'assessment.mdNoGaps',
	'assessment.mdTrain',
	'assessment.planSource',
	'assessment.planBehavior',
	'assessment.planMilestone',
	'assessment.planNone',
	'assessment.planNotSent',
] as const;

/** The words of the self-assessment's page markup. */
export const assessmentPageWords = [
	'assessment.levelNow',
	'assessment.levelTarget',
	'assessment.noscript',
	'assessment.evidence',
	'assessment.evidenceFor',
	'assessment.evidencePlaceholder',
	'assessment.playbooks',
	'assessment.resultsHeading',
	'assessment.resultsEmpty',
	'assessment.resultsCaption',
	'assessment.columnCompetency',
	'assessment.columnEvidenced',
	'assessment.columnUnsupported',
	'assessment.columnNotYet',
	'assessment.gapsHeading',
	'assessment.planHeading',
	'assessment.planPick',
	'assessment.planStart',
	'assessment.copy',
	'assessment.download',
	'assessment.print',
	'assessment.backup',
	'assessment.restore',
	'assessment.clear',
] as const;

/** The self-assessment script's words, by key. */
export type AssessmentWords = Record<(typeof assessmentWords)[number], string>;
