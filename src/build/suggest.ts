/**
 * Words for build errors that point at the likely fix: a "did you mean" guess for a
 * misspelled name, and a quoted list of the names that would be accepted.
 */

/** Edit distance (Levenshtein) between two strings. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** The closest of `options` to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, options: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const option of options) {
		const score = editDistance(value.toLowerCase(), option.toLowerCase());
		if (score < bestScore) [best, bestScore] = [option, score];
	}
	return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** The values in double quotes, separated by commas: `"a", "b", "c"`. */
export function quoteList(values: Iterable<string>): string {
	return [...values].map((v) => `"${v}"`).join(', ');
}
