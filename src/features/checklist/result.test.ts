import { describe, expect, it } from 'vitest';
import { assess, describeResult } from './result';
import type { ChecklistResultWords } from './words';

const words = {
	'checklist.of': '{{done}} of {{total}}',
	'checklist.resultNone': 'Tick what you have evidence for, and your result shows here as you go.',
	'checklist.resultAll': 'All {{total}} ticked.',
	'checklist.resultUnderHalf': '{{count}} ticked: fewer than half, so you have clear targets.',
	'checklist.resultHalfOrMore': '{{count}} ticked: half or more.',
	'checklist.resultWeakestOne': 'Your weakest group is:',
	'checklist.resultWeakestOther': 'Your weakest groups are:',
	'checklist.resultGroup': '({{count}}).',
} as ChecklistResultWords;

describe('assess', () => {
	const groups = (...counts: [number, number][]) => ({
		done: counts.reduce((n, [d]) => n + d, 0),
		total: counts.reduce((n, [, t]) => n + t, 0),
		groups: counts.map(([done, total], i) => ({ label: `g${i}`, done, total })),
	});

	it('says fewer than half and names the weakest groups by share ticked', () => {
		const result = assess(groups([3, 4], [2, 3], [0, 3], [1, 3], [0, 3]));
		expect(result.band).toBe('under-half');
		expect(result.weakest.map((g) => g.label)).toEqual(['g2', 'g4']);
	});

	it('counts exactly half as half or more', () => {
		expect(assess(groups([2, 2], [0, 2])).band).toBe('half-or-more');
		expect(assess(groups([1, 2], [0, 2])).band).toBe('under-half');
	});

	it('names no weakest group before the first tick or when all groups are level', () => {
		expect(assess(groups([0, 4], [0, 3]))).toEqual({ band: 'none', weakest: [] });
		expect(assess(groups([1, 2], [2, 4]))).toEqual({ band: 'half-or-more', weakest: [] });
		expect(assess(groups([4, 4], [3, 3]))).toEqual({ band: 'all', weakest: [] });
	});
});

describe('describeResult', () => {
	const p = (done: number[], totals: number[]) => ({
		done: done.reduce((a, b) => a + b, 0),
		total: totals.reduce((a, b) => a + b, 0),
		groups: done.map((d, i) => ({ label: `Group ${i + 1}`, done: d, total: totals[i]! })),
	});

	it('says fewer than half means clear targets, and names the weakest group with its count', () => {
		expect(describeResult(words, p([3, 0, 1], [4, 3, 3]))).toEqual({
			summary: '4 of 10 ticked: fewer than half, so you have clear targets. Your weakest group is:',
			weakest: [{ label: 'Group 2', count: '(0 of 3).' }],
		});
	});

	it('names every group tied for weakest', () => {
		expect(describeResult(words, p([3, 1, 1], [3, 3, 3])).summary).toBe(
			'5 of 9 ticked: half or more. Your weakest groups are:',
		);
	});

	it('invites the first tick, and says when everything is ticked', () => {
		expect(describeResult(words, p([0, 0], [2, 2]))).toEqual({
			summary: 'Tick what you have evidence for, and your result shows here as you go.',
			weakest: [],
		});
		expect(describeResult(words, p([2, 2], [2, 2])).summary).toBe('All 4 ticked.');
	});
});
