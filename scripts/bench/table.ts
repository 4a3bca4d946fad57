/** Plain-text tables and number formats for the bench's report. */

/** Columns padded to their widest cell; the first column left-aligned, the rest right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const all = [header, ...rows];
	const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
	return all
		.map((row) =>
			widths
				.map((width, column) =>
					column === 0 ? (row[column] ?? '').padEnd(width) : (row[column] ?? '').padStart(width),
				)
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

/** Bytes as kB with one decimal, or "–" when there is no figure. */
export function kb(bytes: number | null | undefined): string {
	return bytes === null || bytes === undefined ? '–' : (bytes / 1024).toFixed(1);
}

/** `value` with `digits` decimals, or "–" when there is no figure. */
export function fixed(value: number | null | undefined, digits = 2): string {
	return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

/** "ours / theirs", each formatted by `format`. */
export function pair<T>(ours: T, theirs: T, format: (value: T) => string): string {
	return `${format(ours)} / ${format(theirs)}`;
}

/** `a / b`, or null when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
	return a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b;
}
