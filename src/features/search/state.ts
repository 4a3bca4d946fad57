/**
 * The search page's state, kept in its address so a search can be linked and reloaded:
 * `/search/?q=delegation&kind=delegation&skill=mentoring&skill=ownership`. Every parameter
 * other than `q` is a filter; a filter may repeat, and values within one filter widen the
 * search (any of them) while different filters narrow it (all of them).
 */
import { fill } from '../../kit/words';
import type { SiteSearchWords } from './words';

/** A query and the chosen filter values, by filter name. */
export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
}

/** Filter names Pagefind reserves; they cannot be page filters. */
const reserved = new Set(['q', 'any', 'all', 'none', 'not']);

/** Reads the state from a query string such as `?q=x&kind=review`. */
export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const [name, value] of params) {
		if (reserved.has(name) || !value) continue;
		const values = (filters[name] ??= []);
		if (!values.includes(value)) values.push(value);
	}
	return { query: (params.get('q') ?? '').slice(0, 200), filters };
}

/** `href` with the state as its query: `q` first, then filters in name order. */
export function writeSearchState(href: string, state: SearchState): string {
	const url = new URL(href);
	const params = new URLSearchParams();
	if (state.query.trim()) params.set('q', state.query);
	for (const name of Object.keys(state.filters).sort()) {
		for (const value of state.filters[name]!) params.append(name, value);
	}
	url.search = params.toString();
	return url.href;
}

/** How many filter values are chosen, for the "Filters (2)" a phone shows on the closed filter box. */
export function chosenCount(state: SearchState): number {
	return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}

/** True when there is nothing to search for: no words and no filter. */
export function isEmpty(state: SearchState): boolean {
	return !state.query.trim() && chosenCount(state) === 0;
}

/** The filters in the shape Pagefind's `search()` takes. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	const out: Record<string, { any: string[] }> = {};
	for (const [name, values] of Object.entries(state.filters)) if (values.length) out[name] = { any: values };
	return out;
}

/** One group of filter checkboxes as the page shows it. */
export interface FilterGroup {
	name: string;
	label: string;
	options: { value: string; label: string; count: number }[];
}

/** Labels for filter names and values; anything missing is made readable from its id. */
export interface FilterLabels {
	names: Record<string, string>;
	values: Record<string, Record<string, string>>;
}

/** "system-design" → "System design". */
export function readable(id: string): string {
	const words = id.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The filter groups to show, from Pagefind's `filters()` (name → value → page count):
 * named groups first in the order `labels.names` lists them, then any other filter a page
 * declares (so ladder pages can add "level" without a code change); values by label.
 */
export function filterGroups(
	available: Record<string, Record<string, number>>,
	labels: FilterLabels,
): FilterGroup[] {
	const order = Object.keys(labels.names);
	const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
	return Object.keys(available)
		.filter((name) => !reserved.has(name) && Object.keys(available[name]!).length > 0)
		.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
		.map((name) => ({
			name,
			label: labels.names[name] ?? readable(name),
			options: Object.entries(available[name]!)
				.map(([value, count]) => ({ value, count, label: labels.values[name]?.[value] ?? readable(value) }))
				.sort((a, b) => a.label.localeCompare(b.label)),
		}));
}

/** The status line, in the page's words: "3 results for “delegation”", "5 pages match these filters". */
export function resultMessage(words: SiteSearchWords, count: number, state: SearchState): string {
	const query = state.query.trim();
	if (!query) {
		if (count === 0) return words['siteSearch.noPagesFiltered'];
		return fill(words[count === 1 ? 'siteSearch.pagesFilteredOne' : 'siteSearch.pagesFilteredOther'], {
			count,
		});
	}
	if (count === 0) return fill(words['siteSearch.noResults'], { query });
	return fill(words[count === 1 ? 'siteSearch.resultsOne' : 'siteSearch.resultsOther'], { count, query });
}
