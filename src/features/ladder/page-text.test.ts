import { describe, expect, it } from 'vitest';
import type { Translate } from '../../build/words';
import { pageText, pluralForm, splitWord } from './page-text';

/** Starlight's `t` over a fixed set of words, as a page in another language would have. */
function translate(words: Record<string, string>): Translate {
	const t = ((key: string) => words[key] ?? key) as Translate;
	t.exists = (key) => Object.hasOwn(words, key);
	return t;
}

describe('splitting a word where a page puts a link', () => {
	it('keeps the text around an unfilled placeholder and names the slot', () => {
		expect(splitWord('{{link}}: pick your level.')).toEqual([{ slot: 'link' }, ': pick your level.']);
		expect(splitWord('Written in {{file}}. If unclear, {{link}}.')).toEqual([
			'Written in ',
			{ slot: 'file' },
			'. If unclear, ',
			{ slot: 'link' },
			'.',
		]);
	});

	it('fills the placeholders it is given and leaves the others as slots', () => {
		expect(
			splitWord('Moving up from {{from}} to {{to}} asks for {{added}}.', { added: '2 new behaviors' }),
		).toEqual(['Moving up from ', { slot: 'from' }, ' to ', { slot: 'to' }, ' asks for 2 new behaviors.']);
		expect(splitWord('No placeholders.')).toEqual(['No placeholders.']);
	});
});

describe('counts on the ladder pages', () => {
	const text = pageText(
		translate({
			'ladder.behaviorCountOne': '{{count}} behavior',
			'ladder.behaviorCountOther': '{{count}} behaviors',
			'ladder.competencyCountOne': '{{count}} competency',
			'ladder.competencyCountOther': '{{count}} competencies',
			'ladder.levelCountOne': '{{count}} Stufe',
			'ladder.levelCountOther': '{{count}} Stufen',
		}),
		'en',
	);

	it('uses the word for one for a single thing and the other word for none or many', () => {
		expect(text.count('behavior', 1)).toBe('1 behavior');
		expect(text.count('behavior', 0)).toBe('0 behaviors');
		expect(text.count('behavior', 1200)).toBe('1,200 behaviors');
		expect(text.count('competency', 3)).toBe('3 competencies');
		expect(text.count('level', 4)).toBe('4 Stufen');
	});

	it('follows the language: French counts zero as one, German writes numbers its own way', () => {
		expect(pluralForm(0, 'fr')).toBe('one');
		expect(pluralForm(0, 'en')).toBe('other');
		const german = pageText(translate({ 'ladder.behaviorCountOther': '{{count}} Verhaltensweisen' }), 'de');
		expect(german.count('behavior', 1200)).toBe('1.200 Verhaltensweisen');
	});

	it('stops the build with the fix when the language file lacks a word', () => {
		expect(() => text.say('ladder.levelsHeading')).toThrow(
			'The word "ladder.levelsHeading" is missing from content/i18n/.',
		);
	});
});

describe('a word of a ladder page', () => {
	it('fills its placeholders, or splits it where the page puts markup', () => {
		const text = pageText(translate({ 'ladder.fromTo': 'Von {{from}} zu {{to}}' }), 'de');
		expect(text.say('ladder.fromTo', { from: 'A', to: 'B' })).toBe('Von A zu B');
		expect(text.parts('ladder.fromTo', { to: 'B' })).toEqual(['Von ', { slot: 'from' }, ' zu B']);
	});
});

describe('a date on a ladder page', () => {
	it('is written the way the site language writes days', () => {
		expect(pageText(translate({}), 'en').date('2026-11-30')).toBe('Nov 30, 2026');
		expect(pageText(translate({}), 'de').date('2026-11-30')).toBe('30.11.2026');
	});
});
