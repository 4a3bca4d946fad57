import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWord } from './load';

/** A site folder with content/site.json in `lang` and its words file. */
function site(lang: string, words: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'threshold-load-'));
	mkdirSync(join(root, 'content/i18n'), { recursive: true });
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
	writeFileSync(join(root, `content/i18n/${lang}.json`), JSON.stringify(words));
	return root;
}

describe('a word for the build', () => {
	it("is read from the site's language file", () => {
		expect(loadWord('checklist.trainItMarker', site('de', { 'checklist.trainItMarker': 'Üben mit:' }))).toBe(
			'Üben mit:',
		);
	});

	it('when missing, fails naming the file, the key and the fix', () => {
		const root = site('de', {});
		expect(() => loadWord('checklist.trainItMarker', root)).toThrow(
			`${root}/content/i18n/de.json: "checklist.trainItMarker" is missing. Add it`,
		);
	});
});
