/** Comparing search results: the top results of the bench's fixed queries on two sites, or two runs. */

/** The bench's ten fixed queries: words a reader of this site would search for. */
export const fixedQueries = [
	'feedback',
	'delegation',
	'promotion',
	'one-on-one',
	'code review',
	'system design',
	'growth plan',
	'mentor',
	'incident',
	'stakeholder',
] as const;

/** How many results from the top are compared. */
export const topCount = 5;

/** One query's comparison. */
export interface QueryComparison {
	query: string;
	/** The same addresses in the same order. */
	same: boolean;
	/** How many of `a`'s top addresses are among `b`'s. */
	shared: number;
	/** How many `a` has (at most topCount). */
	of: number;
}

/** Per query, whether `a`'s top results are `b`'s; queries `b` lacks compare as sharing nothing. */
export function compareTopResults(
	a: Readonly<Record<string, readonly string[]>>,
	b: Readonly<Record<string, readonly string[]>>,
): QueryComparison[] {
	return Object.entries(a).map(([query, ours]) => {
		const theirs = b[query] ?? [];
		const top = ours.slice(0, topCount);
		const other = theirs.slice(0, topCount);
		return {
			query,
			same: top.length === other.length && top.every((url, i) => url === other[i]),
			shared: top.filter((url) => other.includes(url)).length,
			of: top.length,
		};
	});
}

/** "8 of 10 the same (41 of 50 results shared)" for a list of comparisons. */
export function describeComparison(comparisons: readonly QueryComparison[]): string {
	const same = comparisons.filter((c) => c.same).length;
	const shared = comparisons.reduce((total, c) => total + c.shared, 0);
	const of = comparisons.reduce((total, c) => total + c.of, 0);
	return `${same} of ${comparisons.length} queries the same (${shared} of ${of} top results shared)`;
}
