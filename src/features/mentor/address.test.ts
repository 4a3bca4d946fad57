import { describe, expect, it } from 'vitest';
import { addressAction } from './address';

describe('what the mentor page does with its address', () => {
	it('opens a snapshot link, at load and when the address changes to one', () => {
		expect(addressAction('#mentor=zabc', true)).toBe('open');
		expect(addressAction('#mentor=zabc', false)).toBe('open');
	});

	it('shows the send form at load without a snapshot link, whatever the fragment', () => {
		for (const hash of ['', '#', '#_top', '#kept-views']) expect(addressAction(hash, true)).toBe('home');
	});

	it('goes back to the send form when the fragment is removed', () => {
		expect(addressAction('', false)).toBe('home');
		expect(addressAction('#', false)).toBe('home');
	});

	it('leaves an open view open when the reader follows the skip link or a link to a section', () => {
		expect(addressAction('#_top', false)).toBe('stay');
		expect(addressAction('#how-it-works', false)).toBe('stay');
		// Only the exact prefix opens a snapshot; a section whose id starts with "mentor" does not.
		expect(addressAction('#mentor-snapshot', false)).toBe('stay');
	});
});
