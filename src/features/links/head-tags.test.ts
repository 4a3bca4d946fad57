import { describe, expect, it } from 'vitest';
import { filterTags, pageFilters, previewTags, type HeadTag } from './head-tags';

const image = { url: 'https://x.test/_astro/social.abc.png', width: 1200, height: 630, alt: 'The site name' };
const starlightHead: HeadTag[] = [
	{ tag: 'meta', attrs: { property: 'og:title', content: 'Growth plan' } },
	{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
];

describe('link previews', () => {
	it('add the image, its size and description, and the Twitter title and description', () => {
		const tags = previewTags(starlightHead, {
			title: 'Growth plan',
			description: 'Goals as behaviours.',
			image,
		});
		const byKey = Object.fromEntries(
			tags.map((t) => [t.attrs!['property'] ?? t.attrs!['name'], t.attrs!['content']]),
		);
		expect(byKey).toEqual({
			'og:image': image.url,
			'og:image:type': 'image/png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'og:image:alt': 'The site name',
			'twitter:title': 'Growth plan',
			'twitter:description': 'Goals as behaviours.',
			'twitter:image': image.url,
			'twitter:image:alt': 'The site name',
		});
	});

	it('keep a tag a page already sets and leave out empty ones', () => {
		const head: HeadTag[] = [
			...starlightHead,
			{ tag: 'meta', attrs: { property: 'og:image', content: 'own.png' } },
		];
		const tags = previewTags(head, { title: 'T', description: undefined, image: { ...image, alt: '' } });
		const keys = tags.map((t) => t.attrs!['property'] ?? t.attrs!['name']);
		expect(keys).not.toContain('og:image');
		expect(keys).not.toContain('twitter:description');
		expect(keys).not.toContain('og:image:alt');
		expect(keys).toContain('twitter:image');
	});

	it('name a JPEG as one', () => {
		const tags = previewTags([], {
			title: 'T',
			description: 'D',
			image: { ...image, url: 'https://x.test/a.JPG' },
		});
		expect(tags.find((t) => t.attrs!['property'] === 'og:image:type')?.attrs!['content']).toBe('image/jpeg');
	});
});

describe('search filters from the frontmatter', () => {
	it('give a playbook its kind, audience and each skill', () => {
		const filters = pageFilters({ kind: 'review', audience: 'mentor', skills: ['code-review', 'mentoring'] });
		expect(filters).toEqual({ kind: ['review'], audience: ['mentor'], skill: ['code-review', 'mentoring'] });
		expect(filterTags(filters)).toContainEqual({
			tag: 'meta',
			attrs: { name: 'threshold:skill', content: 'mentoring', 'data-pagefind-filter': 'skill[content]' },
		});
	});

	it('give a page without frontmatter filters none', () => {
		expect(filterTags(pageFilters({}))).toEqual([]);
	});
});
