import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigWords, loadWord } from './load';
import { configWords } from './words';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project root whose `content/i18n/<lang>.json` holds `words`. */
function rootWith(lang: string, words: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'config-words-'));
	made.push(root);
	mkdirSync(join(root, 'content/i18n'), { recursive: true });
	writeFileSync(join(root, `content/i18n/${lang}.json`), JSON.stringify(words));
	return root;
}

describe('the words the config shows', () => {
	it('come from the words file of the site language', () => {
		const root = rootWith('de', { 'site.sourceRepository': 'Quellcode-Repository' });
		expect(loadConfigWords('de', root)).toEqual({ 'site.sourceRepository': 'Quellcode-Repository' });
	});

	it('are all in the shipped English words', () => {
		expect(Object.keys(loadConfigWords('en'))).toEqual([...configWords]);
	});

	it('stop the build naming the file and the key when one is missing', () => {
		const root = rootWith('de', { other: 'x' });
		expect(() => loadConfigWords('de', root)).toThrow(
			`${root}/content/i18n/de.json: add "site.sourceRepository": the site shows it.`,
		);
	});
});

/** A site root in `lang` (content/site.json) with its words file. */
function siteWith(lang: string, words: Record<string, string>): string {
	const root = rootWith(lang, words);
	writeFileSync(
		join(root, 'content/site.json'),
		JSON.stringify({
			name: 'S',
			tagline: 'T',
			url: 'https://example.org',
			repository: { url: 'https://example.org/r', branch: 'main' },
			language: { lang, label: lang },
			storageNamespace: 's',
		}),
	);
	return root;
}

describe('a word for the build', () => {
	it("is read from the site's language file", () => {
		expect(
			loadWord('checklist.trainItMarker', siteWith('de', { 'checklist.trainItMarker': 'Üben mit:' })),
		).toBe('Üben mit:');
	});

	it('when missing, stops the build naming the file, the key and the fix', () => {
		const root = siteWith('de', {});
		expect(() => loadWord('checklist.trainItMarker', root)).toThrow(
			`${root}/content/i18n/de.json: add "checklist.trainItMarker": the site shows it. Copy the English`,
		);
	});
});
