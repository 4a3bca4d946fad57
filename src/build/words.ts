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
}

/** One word in the page's language; a key nobody translated stops the build with the fix. */
export function word(t: Translate, key: WordKey): string {
	if (!t.exists(key)) {
		throw new Error(
			`The word "${key}" is missing from content/i18n/. Add it to the site language's file ` +
				`(content/i18n/<lang>.json; the English is in content/i18n/en.json).`,
		);
	}
	return t(key);
}

/** The words `keys` in the page's language, placeholders unfilled, for an island's `data-words`. */
export function wordsFor<const K extends WordKey>(t: Translate, keys: readonly K[]): Words<K> {
	return Object.fromEntries(keys.map((key) => [key, word(t, key)])) as Words<K>;
}
