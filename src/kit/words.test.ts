import { describe, expect, it } from 'vitest';
import { fill, formatDate, formatNumber } from './words';

describe('fill', () => {
	it('puts each named value where the translation places it', () => {
		expect(fill('Restored {{count}} ticks from {{file}}.', { count: '4 of 7', file: 'a.json' })).toBe(
			'Restored 4 of 7 ticks from a.json.',
		);
		expect(fill('{{file}}: {{count}} Häkchen', { count: 3, file: 'a.json' })).toBe('a.json: 3 Häkchen');
	});

	it('leaves a placeholder with no value visible rather than dropping words', () => {
		expect(fill('Hello {{ name }}, {{missing}}', { name: 'Ana' })).toBe('Hello Ana, {{missing}}');
	});

	it('does not read values from the prototype', () => {
		expect(fill('{{toString}}', {})).toBe('{{toString}}');
	});
});

describe('formatDate and formatNumber', () => {
	it('write dates and numbers as the page language does', () => {
		expect(formatDate('2026-11-30', 'en-US')).toBe('Nov 30, 2026');
		expect(formatDate('2026-11-30', 'de')).toBe('30.11.2026');
		expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
	});

	it('shows a date it cannot read as it was given', () => {
		expect(formatDate('not a date', 'en')).toBe('not a date');
	});
});
