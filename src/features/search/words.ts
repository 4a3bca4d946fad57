/** The keys of every word the search page shows; the words are in `content/i18n/`. */
import { audiences, playbookKinds } from '../../schemas/playbook';

/** Words the search page's script fills in (its `data-words`). */
export const siteSearchWords = [
	'siteSearch.couldNotLoad',
	'siteSearch.prompt',
	'siteSearch.noPagesFiltered',
	'siteSearch.pagesFilteredOne',
	'siteSearch.pagesFilteredOther',
	'siteSearch.noResults',
	'siteSearch.resultsOne',
	'siteSearch.resultsOther',
] as const;

/** Words of the search page's markup, title and filter names, rendered on the server. */
export const siteSearchMarkupWords = [
	'siteSearch.title',
	'siteSearch.description',
	'siteSearch.label',
	'siteSearch.submit',
	'siteSearch.filters',
	'siteSearch.more',
	'siteSearch.needsScript',
	'siteSearch.filter.level',
	'siteSearch.filter.kind',
	'siteSearch.filter.audience',
	'siteSearch.filter.skill',
] as const;

/** The search page's words, by key. */
export type SiteSearchWords = Record<(typeof siteSearchWords)[number], string>;

/** What readers see for each kind of playbook and each audience: under a playbook's title and as search filters. */
export const playbookWords = [
	'playbook.factFor',
	'playbook.factKind',
	'playbook.factTime',
	'playbook.factTrains',
	...playbookKinds.map((kind) => `playbook.kind.${kind}` as const),
	...audiences.map((audience) => `playbook.audience.${audience}` as const),
] as const;
