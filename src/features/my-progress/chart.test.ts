import { describe, expect, it } from 'vitest';
import { marksChart, monthsChart } from './chart';

const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern, 'g'))?.length ?? 0;
const radii = (svg: string) => [...svg.matchAll(/th-chart__month"[^>]*r="(\d+)"/g)].map((m) => Number(m[1]));

describe('the marks of where I stand', () => {
	it('shows one mark per behavior: filled dots, a ring with a dot, empty rings and a dash, in that order', () => {
		const svg = marksChart({ id: 'x', name: 'X', evidenced: 2, unsupported: 1, notYet: 1, notApplicable: 1 });
		expect(count(svg, /th-chart__evidenced/)).toBe(2);
		expect(count(svg, /th-chart__unsupported/)).toBe(1);
		expect(count(svg, /th-chart__dot/)).toBe(1);
		expect(count(svg, /th-chart__not-yet/)).toBe(1);
		expect(count(svg, /th-chart__na/)).toBe(1);
		expect(svg.indexOf('evidenced')).toBeLessThan(svg.indexOf('not-yet'));
		expect(svg).toContain('width="70"');
	});

	it('is hidden from screen readers, which read the table beside it', () => {
		expect(
			marksChart({ id: 'x', name: 'X', evidenced: 1, unsupported: 0, notYet: 0, notApplicable: 0 }),
		).toMatch(/^<svg[^>]*aria-hidden="true"/);
	});
});

describe('the months of evidence coverage', () => {
	it('a competency with no evidence shows no dots, only a tick for each month', () => {
		const svg = monthsChart(Array<number>(12).fill(0));
		expect(count(svg, /<circle/)).toBe(0);
		expect(count(svg, /th-chart__empty/)).toBe(12);
	});

	it('draws a dot for each month with entries, bigger for more, up to four', () => {
		const svg = monthsChart([1, 0, 2, 4, 9]);
		expect(radii(svg)).toEqual([3, 4, 6, 6]);
		expect(count(svg, /th-chart__empty/)).toBe(1);
	});

	it('never draws a bar that fills up: only dots, ticks and the one axis line', () => {
		const svg = monthsChart([3, 3, 3]);
		expect(svg).not.toMatch(/<rect|<path/);
		expect(count(svg, /th-chart__axis/)).toBe(1);
	});
});
