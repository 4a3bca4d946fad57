/**
 * Reads what a team edits under `content/` (site identity, sidebar, redirects) for
 * `astro.config.mjs`. Any mistake stops the build with the file, the field and the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseSiteIdentity, type SiteIdentity } from '../schemas/site';
import { parseSidebar, type SidebarGroup } from '../schemas/sidebar';
import { parseRedirects } from '../schemas/redirects';
import { configWords, type ConfigWord } from './words';

function readJson(file: string): unknown {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new Error(`${file} is missing. Restore it from the Threshold repository and edit the values.`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(
			`${file} is not valid JSON (${(error as Error).message}). Check for a missing comma or quote.`,
			{ cause: error },
		);
	}
}

/** The validated site identity and sidebar. */
export function loadSiteContent(root = '.'): { site: SiteIdentity; sidebar: SidebarGroup[] } {
	const site = parseSiteIdentity(readJson(`${root}/content/site.json`));
	const sidebar = parseSidebar(readJson(`${root}/content/sidebar.json`));
	return { site, sidebar };
}

/** The validated redirects (old path → new path), or none when the file does not exist. */
export function loadRedirects(root = '.'): Record<string, string> {
	const file = `${root}/content/redirects.json`;
	if (!existsSync(file)) return {};
	return parseRedirects(readJson(file));
}

/** `key` from the words file `file`; a missing one stops the build naming the file, the key and the fix. */
function wordFrom(words: Record<string, unknown>, key: string, file: string): string {
	const word = words[key];
	if (typeof word !== 'string' || !word.trim()) {
		throw new Error(
			`${file}: add "${key}": the site shows it. Copy the English from content/i18n/en.json and translate it.`,
		);
	}
	return word;
}

/** One word of the site's language (`content/i18n/<lang>.json`), for the build. */
export function loadWord(key: string, root = '.'): string {
	const site = parseSiteIdentity(readJson(`${root}/content/site.json`));
	const file = `${root}/content/i18n/${site.language.lang}.json`;
	return wordFrom(readJson(file) as Record<string, unknown>, key, file);
}

/** The words the config shows (see `./words.ts`) in the site's language `lang`. */
export function loadConfigWords(lang: string, root = '.'): Record<ConfigWord, string> {
	const file = `${root}/content/i18n/${lang}.json`;
	const words = readJson(file) as Record<string, unknown>;
	return Object.fromEntries(configWords.map((key) => [key, wordFrom(words, key, file)])) as Record<
		ConfigWord,
		string
	>;
}
