import { describe, expect, it } from 'vitest';
import { compareTopResults, describeComparison, fixedQueries } from './ranking';

describe('fixedQueries', () => {
	it('are ten different queries', () => {
		expect(new Set(fixedQueries).size).toBe(10);
	});
});

describe('compareTopResults', () => {
	it('calls a query the same only with the same addresses in the same order, and counts the shared ones', () => {
		const ours = { feedback: ['/a/', '/b/', '/c/'], mentor: ['/x/', '/y/'], promotion: ['/p/'] };
		const theirs = { feedback: ['/a/', '/b/', '/c/'], mentor: ['/y/', '/x/'] };
		const compared = compareTopResults(ours, theirs);
		expect(compared).toEqual([
			{ query: 'feedback', same: true, shared: 3, of: 3 },
			{ query: 'mentor', same: false, shared: 2, of: 2 },
			{ query: 'promotion', same: false, shared: 0, of: 1 },
		]);
		expect(describeComparison(compared)).toBe('1 of 3 queries the same (5 of 6 top results shared)');
	});

	it('compares only the top five', () => {
		const long = ['/1/', '/2/', '/3/', '/4/', '/5/'];
		expect(compareTopResults({ q: [...long, '/6/'] }, { q: [...long, '/7/'] })[0]?.same).toBe(true);
	});
});
