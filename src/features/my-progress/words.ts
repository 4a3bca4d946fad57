/** The keys of every word "My growth" shows; the words are in `content/i18n/`. */
import { coverageColumnWords } from '../ladder/evidence-log/words';

/** The columns of "Where I stand", the self-assessment's own results columns, after the competency. */
export const standColumnWords = [
	'assessment.columnEvidenced',
	'assessment.columnUnsupported',
	'assessment.columnNotYet',
	'assessment.columnNotApplicable',
] as const;

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
	'myProgress.empty',
	'myProgress.kept',
	'myProgress.standIntro',
	'myProgress.standCaption',
	'myProgress.coverageIntro',
	'myProgress.edited',
	'myProgress.standNone',
	'myProgress.standUnreadable',
	'myProgress.coverageNone',
	'myProgress.coverageUnreadable',
	'checklist.of',
	'evidence.coverageCaption',
	'evidence.coverageNever',
	'evidence.coverageNone',
	'evidence.coverageStale',
] as const;

/** Words of the markup, rendered on the server. */
export const myProgressMarkupWords = [
	'myProgress.needsScript',
	'myProgress.exportAll',
	'myProgress.import',
	'myProgress.standHeading',
	'myProgress.standOpen',
	...standColumnWords,
	'myProgress.coverageOpen',
	'myProgress.workHeading',
	'myProgress.workNone',
	'myProgress.workOpen',
	'myProgress.checklistsHeading',
	'myProgress.firstHeading',
	'myProgress.menteeHeading',
	'myProgress.menteeText',
	'myProgress.menteeLink',
	'myProgress.mentorHeading',
	'myProgress.mentorText',
	'myProgress.mentorLink',
	'evidence.coverageHeading',
	...coverageColumnWords,
] as const;

/** "My growth"'s words, by key. */
export type MyProgressWords = Record<(typeof myProgressWords)[number], string>;
