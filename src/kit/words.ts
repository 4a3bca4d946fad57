/**
 * The words an island shows. Every one lives in `content/i18n/<lang>.json` (Starlight's UI
 * strings). The server renders the keys an island needs into its `data-words` attribute
 * (`wordsFor` in `src/build/words.ts`); the island reads them once and fills the
 * placeholders. Placeholders are `{{name}}`, as in Starlight's own strings.
 */

/** An island's words, by key. */
export type Words<K extends string> = Record<K, string>;

/** Values for the placeholders of a word. */
export type WordValues = Record<string, string | number>;

/** Fills `{{name}}` in `template` with `values[name]`; a placeholder with no value stays as it is. */
export function fill(template: string, values: WordValues = {}): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : match,
	);
}

/** The words the server rendered into `el`'s `data-words` attribute. */
export function readWords<K extends string>(el: HTMLElement): Words<K> {
	return JSON.parse(el.dataset['words'] ?? '{}') as Words<K>;
}

/** The page's language, for formatting numbers and dates the way its readers write them. */
export function pageLang(): string {
	return document.documentElement.lang || 'en';
}

/** A date (an ISO string or a Date) as the page's language writes it, e.g. "30 Nov 2026". */
export function formatDate(date: string | Date, lang = pageLang()): string {
	const d = typeof date === 'string' ? new Date(date.length === 10 ? `${date}T00:00:00` : date) : date;
	if (Number.isNaN(d.getTime())) return String(date);
	return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(d);
}

/** A number as the page's language writes it. */
export function formatNumber(n: number, lang = pageLang()): string {
	return new Intl.NumberFormat(lang).format(n);
}

/** The words of the kit itself (status line, storage problems, backups), shared by every island. */
export const kitWords = [
	'kit.undo',
	'kit.notCopied',
	'kit.problem.unavailable',
	'kit.problem.refused',
	'kit.problem.stuck',
	'kit.problem.damaged',
	'kit.problem.newer',
	'kit.problem.invalid',
	'kit.backup.tooLarge',
	'kit.backup.notBackup',
	'kit.backup.newer',
	'kit.backup.damaged',
	'kit.backup.nothingHere',
] as const;

/** The kit's words, by key; an island that uses the kit includes them in its own. */
export type KitWords = Words<(typeof kitWords)[number]>;

/** Why the store could not keep or read something, in the page's words. */
export function problemText(words: KitWords, problem: string): string {
	const key = `kit.problem.${problem}` as keyof KitWords;
	return words[key] ?? words['kit.problem.invalid'];
}
