/**
 * Server side of the island words (`src/kit/words.ts`): picks the keys an island needs from
 * Starlight's UI strings, in the page's language, for its `data-words` attribute.
 */
import type { Words } from '../kit/words';
import type { WordKey } from '../schemas/words';

/** Starlight's `Astro.locals.t`, the part used here. */
export interface Translate {
	(key: WordKey): string;
	exists(key: string): boolean;
	/** The whole dictionary of the page's language (Starlight's `t.all()`): one object per language and build. */
	all?(): object;
}

// Every page renders the same words (the section links', a playbook's facts, an island's),
// and i18next takes tens of microseconds a word: each is looked up once per dictionary.
const known = new WeakMap<object, Map<string, string>>();

/** One word in the page's language; a key nobody translated stops the build with the fix. */
export function word(t: Translate, key: WordKey): string {
	const dictionary = t.all?.();
	const words = dictionary ? (known.get(dictionary) ?? new Map<string, string>()) : undefined;
	if (dictionary && words) known.set(dictionary, words);
	const seen = words?.get(key);
	if (seen !== undefined) return seen;
	if (!t.exists(key)) {
		throw new Error(
			`The word "${key}" is missing from content/i18n/. Add it to the site language's file ` +
				`(content/i18n/<lang>.json; the English is in content/i18n/en.json).`,
		);
	}
	const found = t(key);
	words?.set(key, found);
	return found;
}

/** The words `keys` in the page's language, placeholders unfilled, for an island's `data-words`. */
export function wordsFor<const K extends WordKey>(t: Translate, keys: readonly K[]): Words<K> {
	return Object.fromEntries(keys.map((key) => [key, word(t, key)])) as Words<K>;
}
