/** The site's English words (`content/i18n/en.json`), for unit tests of code that says things. */
import en from '../../content/i18n/en.json' with { type: 'json' };

/** The English of `keys`, as the server renders them into an island's `data-words`. */
export function englishWords<const K extends keyof typeof en>(keys: readonly K[]): Record<K, string> {
	return Object.fromEntries(keys.map((key) => [key, en[key]])) as Record<K, string>;
}
