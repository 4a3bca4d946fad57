import { describe, expect, it } from 'vitest';
import { word, wordsFor, type Translate } from './words';
import type { WordKey } from '../schemas/words';

/** A stand-in for Starlight's `Astro.locals.t` over one dictionary. */
function translate(dictionary: Record<string, string>): Translate {
	const t = ((key: string) => dictionary[key] ?? key) as Translate;
	t.exists = (key) => key in dictionary;
	t.all = () => dictionary;
	return t;
}

const keys = ['sectionLink.menu', 'sectionLink.copyLink'] as const satisfies readonly WordKey[];

describe('words for the page', () => {
	it('gives each page the words of its own language, page after page', () => {
		const en = translate({ 'sectionLink.menu': 'Section link', 'sectionLink.copyLink': 'Copy link' });
		const fr = translate({ 'sectionLink.menu': 'Lien de section', 'sectionLink.copyLink': 'Copier le lien' });
		for (let page = 0; page < 3; page++) {
			expect(wordsFor(en, keys)).toEqual({
				'sectionLink.menu': 'Section link',
				'sectionLink.copyLink': 'Copy link',
			});
			expect(wordsFor(fr, keys)).toEqual({
				'sectionLink.menu': 'Lien de section',
				'sectionLink.copyLink': 'Copier le lien',
			});
		}
	});

	it('stops the build with the fix when a word is missing, however often it is asked for', () => {
		const t = translate({ 'sectionLink.menu': 'Section link' });
		expect(word(t, 'sectionLink.menu')).toBe('Section link');
		for (let page = 0; page < 2; page++)
			expect(() => word(t, 'sectionLink.copyLink')).toThrow(
				/"sectionLink\.copyLink" is missing from content\/i18n\//,
			);
	});

	it('works with a translator that cannot hand over its dictionary', () => {
		const t = translate({ 'sectionLink.menu': 'Section link', 'sectionLink.copyLink': 'Copy link' });
		delete t.all;
		expect(wordsFor(t, keys)['sectionLink.copyLink']).toBe('Copy link');
	});
});
