import { describe, expect, it } from 'vitest';
import { AnchorAliasError, injectAliases } from './anchor-aliases';

const html =
	'<div class="sl-heading-wrapper level-h2"><h2 id="phrasing-the-question">Phrasing the question</h2>' +
	'<a class="sl-anchor-link" href="#phrasing-the-question"></a></div>' +
	'<script>const s = \'<p id="in-a-script">\';</script>' +
	'<ol><li id="perf-hot-path" data-linkable>Which path?</li></ol>';

describe('alias anchors', () => {
	it('puts the old id inside the renamed heading, where the browser scrolls to it', () => {
		const out = injectAliases(html, { 'how-to-phrase-the-question': 'phrasing-the-question' }, 'x.mdx');
		expect(out).toContain(
			'<h2 id="phrasing-the-question"><span id="how-to-phrase-the-question" data-alias-for="phrasing-the-question" class="anchor-alias"></span>Phrasing the question</h2>',
		);
	});

	it('works for linkable items and for several aliases at once', () => {
		const out = injectAliases(html, { 'old-a': 'perf-hot-path', 'old-b': 'phrasing-the-question' }, 'x.mdx');
		expect(out).toContain(
			'<li id="perf-hot-path" data-linkable><span id="old-a" data-alias-for="perf-hot-path"',
		);
		expect(out).toContain('<h2 id="phrasing-the-question"><span id="old-b"');
	});

	it('leaves a page without aliases untouched', () => {
		expect(injectAliases(html, {}, 'x.mdx')).toBe(html);
	});

	it('names the file, the alias and the ids to choose from when the new id is wrong', () => {
		expect(() => injectAliases(html, { old: 'phrasing-the-questions' }, 'content/docs/a.mdx')).toThrow(
			new AnchorAliasError(
				'content/docs/a.mdx: anchorAliases.old points to "phrasing-the-questions", but no heading or item on the page has that id. ' +
					'Use the new id of the renamed heading; the page has: phrasing-the-question, perf-hot-path.',
			),
		);
	});

	it('refuses an alias for an id the page still has', () => {
		expect(() => injectAliases(html, { 'perf-hot-path': 'phrasing-the-question' }, 'a.mdx')).toThrow(
			/anchorAliases\.perf-hot-path is not needed/,
		);
	});
});
