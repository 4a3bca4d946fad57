/** The keys of every word the 1:1 agenda action shows; the words are in `content/i18n/`. */

/** Words its script says and drafts with (its `data-words`, and the mentor page's). */
export const agendaWords = [
	'agenda.nothing',
	'agenda.notSent',
	'agenda.source',
	'agenda.fromPlan',
	'agenda.fromLog',
	'agenda.fromLast',
	'agenda.fromMentor',
	'agenda.entry',
] as const;

/** Words of its markup, rendered on the server. */
export const agendaMarkupWords = ['agenda.intro', 'agenda.start'] as const;

/** The script's words, by key. */
export type AgendaText = Record<(typeof agendaWords)[number], string>;
