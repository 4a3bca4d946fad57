import { describe, expect, it } from 'vitest';
import * as state from './state';

describe('search state in the address', () => {
	it('reads the query and repeated filters', () => {
		expect(state.readSearchState('?q=feedback&kind=review&skill=mentoring&skill=code-review')).toEqual({
			query: 'feedback',
			filters: { kind: ['review'], skill: ['mentoring', 'code-review'] },
		});
	});

	it('ignores empty values, duplicates and names Pagefind reserves', () => {
		expect(state.readSearchState('?kind=&skill=a&skill=a&any=x&not=y').filters).toEqual({ skill: ['a'] });
	});

	it('writes a stable address a reader can link to', () => {
		const href = state.writeSearchState('https://x.test/search/?old=1#top', {
			query: 'growth plan',
			filters: { skill: ['mentoring'], audience: ['mentor', 'both'] },
		});
		expect(href).toBe(
			'https://x.test/search/?q=growth+plan&audience=mentor&audience=both&skill=mentoring#top',
		);
		expect(state.readSearchState(new URL(href).search)).toEqual({
			query: 'growth plan',
			filters: { audience: ['mentor', 'both'], skill: ['mentoring'] },
		});
	});

	it('counts every chosen filter value, across filters, and none when nothing is chosen', () => {
		expect(state.chosenCount(state.readSearchState('?q=x&kind=review&skill=a&skill=b'))).toBe(3);
		expect(state.chosenCount(state.readSearchState('?q=x'))).toBe(0);
		expect(state.chosenCount({ query: '', filters: { kind: [] } })).toBe(0);
	});

	it('is empty with no words and no filters', () => {
		expect(state.isEmpty({ query: '  ', filters: { kind: [] } })).toBe(true);
		expect(state.isEmpty({ query: '', filters: { kind: ['review'] } })).toBe(false);
	});

	it('asks Pagefind for any of the values within a filter', () => {
		expect(state.pagefindFilters({ query: '', filters: { kind: ['review', 'plan'], skill: [] } })).toEqual({
			kind: { any: ['review', 'plan'] },
		});
	});
});

describe('filter groups', () => {
	const labels = {
		names: { level: 'Level', kind: 'Kind', audience: 'For', skill: 'Skill' },
		values: { kind: { review: 'Review', plan: 'Plan' } },
	};

	it('puts known filters in order and adds filters pages declare later', () => {
		const groups = state.filterGroups(
			{ skill: { mentoring: 3 }, kind: { review: 1, plan: 2 }, level: { senior: 4 }, track: { ic: 1 } },
			labels,
		);
		expect(groups.map((g) => g.label)).toEqual(['Level', 'Kind', 'Skill', 'Track']);
		expect(groups[1]!.options).toEqual([
			{ value: 'plan', label: 'Plan', count: 2 },
			{ value: 'review', label: 'Review', count: 1 },
		]);
		expect(groups[0]!.options[0]!.label).toBe('Senior');
	});
});

describe('result message', () => {
	const words = {
		'siteSearch.couldNotLoad': '',
		'siteSearch.prompt': '',
		'siteSearch.noPagesFiltered': 'No pages match these filters.',
		'siteSearch.pagesFilteredOne': '{{count}} page matches these filters.',
		'siteSearch.pagesFilteredOther': '{{count}} pages match these filters.',
		'siteSearch.noResults': 'No results for “{{query}}”.',
		'siteSearch.resultsOne': '{{count}} result for “{{query}}”.',
		'siteSearch.resultsOther': '{{count}} results for “{{query}}”.',
	};

	it('counts results for words and pages for filters', () => {
		expect(state.resultMessage(words, 1, { query: 'x', filters: {} })).toBe('1 result for “x”.');
		expect(state.resultMessage(words, 3, { query: ' x ', filters: {} })).toBe('3 results for “x”.');
		expect(state.resultMessage(words, 0, { query: 'x', filters: {} })).toBe('No results for “x”.');
		expect(state.resultMessage(words, 4, { query: '', filters: { kind: ['review'] } })).toBe(
			'4 pages match these filters.',
		);
		expect(state.resultMessage(words, 1, { query: '', filters: { kind: ['review'] } })).toBe(
			'1 page matches these filters.',
		);
		expect(state.resultMessage(words, 0, { query: '', filters: { kind: ['review'] } })).toBe(
			'No pages match these filters.',
		);
	});
});
