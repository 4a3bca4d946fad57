import { describe, expect, it } from 'vitest';
import { englishWords } from '../../../tests/support/words';
import { kitWords } from '../../kit/words';
import { builderWords } from './words';
import { linkProblemText } from './share-text';
import type { BuilderText } from './view';

const t: BuilderText = englishWords([...kitWords, ...builderWords]);

describe('what the builder says about a link it cannot make or open', () => {
	it('says a damaged or cut-off share link is damaged, and that nothing was saved', () => {
		const text = linkProblemText(t, 'damaged', '', 8000, 'en');
		expect(text).toMatch(/^This share link is damaged or incomplete/);
		expect(text).toContain('nothing was saved');
	});

	it('says how long a document is for a link, and the limit, as numbers in the page’s language', () => {
		expect(linkProblemText(t, 'long', '12345', 8000, 'en')).toContain(
			'(12,345 characters; the limit is 8,000)',
		);
		expect(linkProblemText(t, 'long', '12345', 8000, 'de')).toContain(
			'(12.345 characters; the limit is 8.000)',
		);
	});

	it('names the answer at fault in an invalid link, and words each other problem its own way', () => {
		expect(linkProblemText(t, 'invalid', 'work', 8000, 'en')).toBe(
			'This link was not opened because part of it is not valid: “work”.',
		);
		const others = (['big', 'kind', 'damaged'] as const).map((p) => linkProblemText(t, p, '', 8000, 'en'));
		expect(new Set(others).size).toBe(3);
		expect(others[0]).toBe('This link holds more than a shared document can, so it was not opened.');
		expect(others[1]).toContain('a different kind of document');
	});
});
