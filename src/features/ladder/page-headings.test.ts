import { describe, expect, it } from 'vitest';
import { loadLadder } from './load';
import { nestToc, withLadderHeadings } from './page-headings';
import { findLadderRefs } from './spine';

const ladder = loadLadder('tests/fixtures/fork');

const text = `## Intro

<LadderGroup id="delivery" anchor="delivery-skills" />

<LadderSkill id="shipping" anchor="shipping-well">
</LadderSkill>

<LadderSkill id="nope">
</LadderSkill>

## After
`;
const markdown = [
	{ depth: 2, slug: 'intro', text: 'Intro' },
	{ depth: 2, slug: 'after', text: 'After' },
];

describe('ladder headings in the table of contents', () => {
	it('come after the Markdown heading they follow, named as the ladder names them', () => {
		const headings = withLadderHeadings(markdown, findLadderRefs('f.mdx', 'x', text), ladder);
		expect(headings).toEqual([
			{ depth: 2, slug: 'intro', text: 'Intro' },
			{ depth: 2, slug: 'delivery-skills', text: 'Delivery' },
			{ depth: 3, slug: 'shipping-well', text: 'Shipping' },
			{ depth: 2, slug: 'after', text: 'After' },
		]);
	});

	it('nest under their group, after the page title, within the levels shown', () => {
		const headings = withLadderHeadings(markdown, findLadderRefs('f.mdx', 'x', text), ladder);
		const top = { depth: 2, slug: '_top', text: 'Overview', children: [] };
		const toc = nestToc(headings, { minHeadingLevel: 2, maxHeadingLevel: 3 }, top);
		expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
			['_top', []],
			['intro', []],
			['delivery-skills', ['shipping-well']],
			['after', []],
		]);
		expect(nestToc(headings, { minHeadingLevel: 2, maxHeadingLevel: 2 }, top)[2]!.children).toEqual([]);
	});

	it('come first when no Markdown heading precedes them', () => {
		const headings = withLadderHeadings(
			markdown,
			findLadderRefs('f.mdx', 'x', '<LadderSkill id="quality" />'),
			ladder,
		);
		expect(headings[0]).toEqual({ depth: 3, slug: 'quality', text: 'Quality' });
	});
});
