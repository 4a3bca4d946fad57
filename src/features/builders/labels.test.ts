import { describe, expect, it } from 'vitest';
import { fieldHint, legendOf, numbered } from './labels';

describe('labels of repeated items', () => {
	it('leave the answers out of an item’s legend, keeping its number', () => {
		expect(legendOf('Gap {n}: {name}')).toBe('Gap {n}');
		expect(legendOf('Goal {n} – {behavior}')).toBe('Goal {n}');
		expect(legendOf('{name}, gap {n}')).toBe('gap {n}');
	});

	it('number an item’s legend and its Remove button', () => {
		expect(numbered('Gap {n}', 2)).toBe('Gap 2');
		expect(numbered('Remove goal {n}', 3)).toBe('Remove goal 3');
	});
});

describe('the hint under a field', () => {
	it('tells the reader to write a list one item per line', () => {
		expect(fieldHint('list', 'Who decides what.', 'One per line.')).toBe('Who decides what. One per line.');
		expect(fieldHint('list', undefined, 'One per line.')).toBe('One per line.');
	});

	it('does not say it twice when the author’s hint already does', () => {
		const hint = 'One per line: the competency, what you decided.';
		expect(fieldHint('list', hint, 'One per line.')).toBe(hint);
		expect(fieldHint('list', 'Dates first. one per line.', 'One per line.')).toBe(
			'Dates first. one per line.',
		);
	});

	it('leaves the hints of other fields as the author wrote them, or absent', () => {
		expect(fieldHint('text', 'Why now.', 'One per line.')).toBe('Why now.');
		expect(fieldHint('line', undefined, 'One per line.')).toBeUndefined();
	});
});
