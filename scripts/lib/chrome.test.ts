import { describe, expect, it } from 'vitest';
import type { Budgets } from './budgets';
import { checkChrome, pageChrome } from './chrome';
import { sha256Source } from '../../src/build/csp';

const budgets: Budgets = { islands: [], starlightChromeGzip: 200, chromeAllowanceGzip: 50 };

describe('pageChrome and checkChrome', () => {
	const page = (content: string) =>
		`<!doctype html><html><head><title>t</title></head><body><header>site</header><div class="sl-markdown-content">${content}</div></body></html>`;

	it('measures a page without its content, so longer articles weigh the same', () => {
		expect(pageChrome(page('<p>short</p>')).gzip).toBe(
			pageChrome(page(`<p>${'long text '.repeat(500)}</p>`)).gzip,
		);
		expect(pageChrome(page('<p>x</p>')).html).not.toContain('<p>x</p>');
	});

	it('fails a page whose chrome outgrows Starlight plus the allowance', () => {
		expect(checkChrome(page('x'), budgets).problem).toBeNull();
		// Hashes do not compress: 20 of them add far more than the 50 B allowance.
		const noise = Array.from({ length: 20 }, (_, n) => sha256Source(String(n))).join(' ');
		const heavy = page('x').replace('<header>site</header>', `<header>${noise}</header>`);
		expect(checkChrome(heavy, budgets).problem).toMatch(/over Starlight's 200 B \+ 50 B allowance/);
	});
});
