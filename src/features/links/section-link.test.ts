import { describe, expect, it } from 'vitest';
import { escapeMarkdownLabel, fragmentId, markdownLink, sectionUrl, shortLabel } from './section-link';

const here = { origin: 'https://threshold.example.org', pathname: '/playbooks/one-on-ones/' };

describe('section URL', () => {
	it('is the page address with the section anchor', () => {
		expect(sectionUrl(here, 'status-goes-in-writing')).toBe(
			'https://threshold.example.org/playbooks/one-on-ones/#status-goes-in-writing',
		);
	});

	it('keeps a site served under a sub-path', () => {
		expect(sectionUrl({ origin: 'https://acme.github.io', pathname: '/ladder/playbooks/x/' }, 'a')).toBe(
			'https://acme.github.io/ladder/playbooks/x/#a',
		);
	});

	it('encodes characters that would break the link in Markdown or chat', () => {
		expect(sectionUrl(here, 'what (not) to do')).toBe(
			'https://threshold.example.org/playbooks/one-on-ones/#what%20%28not%29%20to%20do',
		);
		expect(sectionUrl(here, 'café')).toBe('https://threshold.example.org/playbooks/one-on-ones/#caf%C3%A9');
	});
});

describe('Markdown link', () => {
	it('reads "Page › Section"', () => {
		expect(markdownLink('1:1s about growth', 'Status goes in writing', 'https://x.test/p/#s')).toBe(
			'[1:1s about growth › Status goes in writing](https://x.test/p/#s)',
		);
	});

	it('escapes brackets and emphasis characters in titles', () => {
		expect(escapeMarkdownLabel('Use [this] *now* _or_ `later`')).toBe(
			'Use \\[this\\] \\*now\\* \\_or\\_ \\`later\\`',
		);
		expect(markdownLink('A [draft]', 'B', 'u')).toBe('[A \\[draft\\] › B](u)');
	});

	it('names only the page when the section is the page title', () => {
		expect(markdownLink('Growth plan', 'Growth plan', 'u')).toBe('[Growth plan](u)');
	});

	it('shortens a long label on a word boundary', () => {
		const label = shortLabel(
			'Which request path calls this code, and how many times per second does it run at peak on a busy day?',
			60,
		);
		expect(label.length).toBeLessThanOrEqual(60);
		expect(label).toBe('Which request path calls this code, and how many times per…');
	});
});

describe('the id a fragment names', () => {
	it('is the decoded fragment', () => {
		expect(fragmentId('#caf%C3%A9')).toBe('café');
		expect(fragmentId('plain')).toBe('plain');
	});

	it('is the fragment as written when a link was cut off mid-escape', () => {
		expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
		expect(fragmentId('#%')).toBe('%');
	});
});
