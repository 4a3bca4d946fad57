import { describe, expect, it } from 'vitest';
import { fixed, formatTable, kb, pair, ratio } from './table';

describe('formatTable', () => {
	it('pads each column to its widest cell, the first to the left and the rest to the right', () => {
		expect(
			formatTable(
				['site', 'CPU s'],
				[
					['threshold', '40.4'],
					['plain', '9.1'],
				],
			),
		).toBe(['site       CPU s', 'threshold   40.4', 'plain        9.1'].join('\n'));
	});
});

describe('number cells', () => {
	it('shows kB with one decimal and a dash where there is no figure', () => {
		expect(kb(2150)).toBe('2.1');
		expect(kb(null)).toBe('–');
		expect(fixed(0.834)).toBe('0.83');
		expect(fixed(Number.NaN)).toBe('–');
		expect(pair(1024, undefined, kb)).toBe('1.0 / –');
	});

	it('gives no ratio when either side is missing or the base is zero', () => {
		expect(ratio(3, 2)).toBe(1.5);
		expect(ratio(3, 0)).toBeNull();
		expect(ratio(undefined, 2)).toBeNull();
	});
});
