/**
 * The words of the generated ladder pages, from `content/i18n/` through Starlight's `t`:
 * a word with its placeholders filled, a count in the page's language ("1 behavior",
 * "3 behaviors"), and a word split at a placeholder where the page puts a link or code.
 */
import type { Translate } from '../../build/words';
import { word } from '../../build/words';
import { fill, formatDate, formatNumber, type WordValues } from '../../kit/words';
import siteJson from '../../../content/site.json';
import { parseSiteIdentity } from '../../schemas/site';
import type { LadderWord } from './words';

/** A piece of a word: text, or the name of a placeholder the page fills with markup. */
export type Part = string | { slot: string };

/**
 * Splits `template` at its placeholders. Those with a value in `values` become text;
 * the others stay as `{ slot }` for the page to fill with a link or `<code>`.
 */
export function splitWord(template: string, values: WordValues = {}): Part[] {
	const parts: Part[] = [];
	let text = '';
	let last = 0;
	for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
		const name = match[1]!;
		text += template.slice(last, match.index);
		last = match.index + match[0].length;
		if (Object.hasOwn(values, name)) {
			text += String(values[name]);
			continue;
		}
		if (text) parts.push(text);
		parts.push({ slot: name });
		text = '';
	}
	text += template.slice(last);
	if (text) parts.push(text);
	return parts;
}

/** Which of a count's two words a language uses for `n`: "one" (1 behavior) or "other". */
export function pluralForm(n: number, lang: string): 'one' | 'other' {
	return new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
}

/** The kinds of things the ladder pages count, each with a word for one and for more. */
const counts = {
	level: ['ladder.levelCountOne', 'ladder.levelCountOther'],
	competency: ['ladder.competencyCountOne', 'ladder.competencyCountOther'],
	behavior: ['ladder.behaviorCountOne', 'ladder.behaviorCountOther'],
	newBehavior: ['ladder.newBehaviorCountOne', 'ladder.newBehaviorCountOther'],
} as const satisfies Record<string, readonly [LadderWord, LadderWord]>;

/** The words of a ladder page, in the site's language. */
export interface PageText {
	/** A word with its placeholders filled. */
	say(key: LadderWord, values?: WordValues): string;
	/** A word split at the placeholders that `values` does not fill (see `splitWord`). */
	parts(key: LadderWord, values?: WordValues): Part[];
	/** "3 behaviors": the count, as the language writes numbers, with the word for it. */
	count(kind: keyof typeof counts, n: number): string;
	/** A number as the site's language writes it. */
	number(n: number): string;
	/** A day (`YYYY-MM-DD`) as the site's language writes it, e.g. "30 Nov 2026". */
	date(day: string): string;
}

/** The words of a ladder page from Starlight's `t` (`Astro.locals.t`) and the site's language. */
export function pageText(t: Translate, lang: string): PageText {
	const say = (key: LadderWord, values?: WordValues) => fill(word(t, key), values);
	return {
		say,
		parts: (key, values) => splitWord(word(t, key), values),
		count: (kind, n) => {
			const [one, other] = counts[kind];
			return say(pluralForm(n, lang) === 'one' ? one : other, { count: formatNumber(n, lang) });
		},
		number: (n) => formatNumber(n, lang),
		date: (day) => formatDate(day, lang),
	};
}

/** The words of a ladder page in the site's language (`language` in content/site.json). */
export function ladderText(t: Translate): PageText {
	return pageText(t, parseSiteIdentity(siteJson).language.lang);
}
