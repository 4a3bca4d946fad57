import { describe, expect, it } from 'vitest';
import { markdownText } from './markdown';

describe('text in the Markdown exports', () => {
	it('stays on one line and reads as text, not as Markdown syntax', () => {
		expect(markdownText('  Shipped *two*\nflags [fast] <b>#1</b> | `x` _y_ \\ ')).toBe(
			'Shipped \\*two\\* flags \\[fast\\] \\<b\\>\\#1\\</b\\> \\| \\`x\\` \\_y\\_ \\\\',
		);
	});
});
