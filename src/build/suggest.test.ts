import { describe, expect, it } from 'vitest';
import { closest, editDistance, quoteList } from './suggest';

describe('editDistance', () => {
	it('counts the insertions, deletions and substitutions between two words', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});

describe('closest', () => {
	it('suggests the option a typo was meant to be, ignoring case', () => {
		expect(closest('behaviours', ['summary', 'behaviors', 'evidence'])).toBe('behaviors');
		expect(closest('Enginer', ['associate', 'engineer'])).toBe('engineer');
	});

	it('suggests nothing when no option is close', () => {
		expect(closest('speed', ['shipping', 'quality', 'pairing'])).toBeUndefined();
		expect(closest('anything', [])).toBeUndefined();
	});
});

describe('quoteList', () => {
	it('quotes each value and separates them with commas', () => {
		expect(quoteList(['a', 'b'])).toBe('"a", "b"');
		expect(quoteList(new Set(['only']))).toBe('"only"');
	});
});
