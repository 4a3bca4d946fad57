import { describe, expect, it } from 'vitest';
import { log } from '../../../../tests/support/evidence-log';
import { entriesByWeek, mondayOf } from './weeks';

describe('weeks', () => {
	it('files an entry under the Monday of its week', () => {
		expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
		expect(mondayOf('2026-11-16')).toBe('2026-11-16');
		expect(mondayOf('2026-11-18')).toBe('2026-11-16');
		expect(() => mondayOf('last week')).toThrow('"last week" is not a date.');
	});
});

describe('the log', () => {
	it('shows entries by the week they happened in, newest week first, latest day first within it', () => {
		expect(entriesByWeek(log).map((w) => [w.week, w.entries.map((e) => e.id)])).toEqual([
			['2026-11-16', ['c', 'a']],
			['2026-11-09', ['b']],
		]);
	});
});
