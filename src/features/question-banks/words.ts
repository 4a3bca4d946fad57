/** The keys of every word a question bank shows; the words are in `content/i18n/`. */

/** Words the filter's script fills in (its `data-words`). */
export const questionBankWords = [
	'questionBank.showingAll',
	'questionBank.showing',
	'questionBank.noneMatch',
] as const;

/** Words of the markup, rendered on the server. */
export const questionBankMarkupWords = [
	'questionBank.filterLabel',
	'questionBank.topic',
	'questionBank.allTopics',
	'questionBank.containing',
	'questionBank.showingAll',
	'questionBank.empty',
	'questionBank.clear',
	'questionBank.competencies',
] as const;

/** The filter's words, by key. */
export type QuestionBankWords = Record<(typeof questionBankWords)[number], string>;
