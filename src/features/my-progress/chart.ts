/**
 * The small charts of "My growth", as SVG markup made only of numbers and fixed shapes
 * (never a reader's text, so the markup is safe to insert). Each chart sits beside a table
 * cell row with the same figures: the SVG is `aria-hidden` and the table is what screen
 * readers and print read. Colors come from classes in `MyProgress.astro`.
 */
import type { StandRow } from './growth';

/** Space per mark or month, in SVG units (pixels at the default size). */
const step = 14;
const height = 16;
const mid = height / 2;

const svg = (width: number, body: string) =>
	`<svg class="th-chart" aria-hidden="true" focusable="false" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;

const x = (i: number) => i * step + step / 2;

/**
 * One mark per behavior in scope, in a row: a filled dot when seen with evidence, a ring
 * with a dot when seen without evidence yet, an empty ring when not yet, a dash when it does
 * not apply. Shapes, not only colors, tell them apart.
 */
export function marksChart(row: StandRow): string {
	const kinds = [
		...Array<string>(row.evidenced).fill('evidenced'),
		...Array<string>(row.unsupported).fill('unsupported'),
		...Array<string>(row.notYet).fill('not-yet'),
		...Array<string>(row.notApplicable).fill('not-applicable'),
	];
	const marks = kinds.map((kind, i) => {
		if (kind === 'not-applicable')
			return `<line class="th-chart__na" x1="${x(i) - 4}" y1="${mid}" x2="${x(i) + 4}" y2="${mid}"/>`;
		const ring = `<circle class="th-chart__${kind}" cx="${x(i)}" cy="${mid}" r="5"/>`;
		return kind === 'unsupported'
			? `${ring}<circle class="th-chart__dot" cx="${x(i)}" cy="${mid}" r="2"/>`
			: ring;
	});
	return svg(kinds.length * step, marks.join(''));
}

/**
 * Entries month by month, oldest on the left: a dot for each month with entries, bigger
 * for more (up to four), and a short tick on the line for a month without. Nothing fills
 * up: the chart shows when evidence came, not how much of the ladder is "done".
 */
export function monthsChart(perMonth: number[]): string {
	const marks = perMonth.map((n, i) =>
		n > 0
			? `<circle class="th-chart__month" cx="${x(i)}" cy="${mid}" r="${2 + Math.min(n, 4)}"/>`
			: `<line class="th-chart__empty" x1="${x(i)}" y1="${mid - 2}" x2="${x(i)}" y2="${mid + 2}"/>`,
	);
	const axis = `<line class="th-chart__axis" x1="0" y1="${mid}" x2="${perMonth.length * step}" y2="${mid}"/>`;
	return svg(perMonth.length * step, axis + marks.join(''));
}
