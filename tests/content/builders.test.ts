/**
 * Rules any builder in `content/builders/` must meet, whoever wrote it: every file is a
 * valid builder, every variant turns a blank draft into a document, and every
 * `<Builder kind="…" variant="…">` on a page names a builder and variant that exist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilder } from '../support/builders';
import { blankValues, renderMarkdown } from '../../src/features/builders/model';

const dir = 'content/builders';
const kinds = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => name.replace(/\.yaml$/, ''));

/** Every Markdown file under `path`. */
function markdownFiles(path: string): string[] {
	return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
		const full = join(path, entry.name);
		if (entry.isDirectory()) return markdownFiles(full);
		return /\.mdx?$/.test(entry.name) ? [full] : [];
	});
}

describe('the builders in content/builders', () => {
	it('are each a valid builder whose variants all render a document from a blank draft', () => {
		for (const kind of kinds) {
			const model = loadBuilder(kind, dir);
			expect(model.variants.length, kind).toBeGreaterThan(0);
			for (const variant of model.variants) {
				const markdown = renderMarkdown(variant, blankValues(variant));
				expect(markdown.trim(), `${kind}/${variant.id}`).not.toBe('');
			}
		}
	});

	it('include every builder and variant a page asks for', () => {
		const used = markdownFiles('content/docs').flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/<Builder\s+kind="([^"]+)"(?:\s+variant="([^"]+)")?/g)].map(
				(m) => ({ file, kind: m[1]!, variant: m[2] }),
			),
		);
		for (const { file, kind, variant } of used) {
			expect(kinds, `${file}: ${kind}`).toContain(kind);
			if (variant) expect(loadBuilder(kind, dir).variants.map((v) => v.id), `${file}: ${variant}`).toContain(variant);
		}
	});
});
