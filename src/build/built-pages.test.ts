import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, readBuiltPages, rewritePage } from './built-pages';

const page = (main: string, policy = "default-src 'self'") =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head>` +
	`<body><header id="starlight__search"></header><main><h2 id="one">One</h2>${main}</main>` +
	`<script>const s = '<p id="in-code">';</script></body></html>`;

/** A build output with two pages, a redirect stub and assets. */
function dist(): string {
	const dir = mkdtempSync(join(tmpdir(), 'threshold-built-'));
	mkdirSync(join(dir, 'guide'), { recursive: true });
	mkdirSync(join(dir, '_astro'));
	mkdirSync(join(dir, 'pagefind'));
	writeFileSync(join(dir, 'index.html'), page('<p id="two" data-linkable>Two</p>'));
	writeFileSync(join(dir, 'guide/index.html'), page(''));
	writeFileSync(join(dir, 'old.html'), '<meta http-equiv="refresh" content="0;url=/guide/">');
	writeFileSync(join(dir, '_astro/x.html'), page(''));
	writeFileSync(join(dir, 'pagefind/y.html'), page(''));
	return dir;
}

describe('the one read of the build output', () => {
	it('reads every page, and nothing under _astro/ or pagefind/', () => {
		expect([...readBuiltPages(dist()).keys()].sort()).toEqual(['guide/index.html', 'index.html', 'old.html']);
	});

	it("keeps a page's ids outside code, the tags of its <main> and its policy", () => {
		const home = readBuiltPages(dist()).get('index.html')!;
		expect([...home.ids].sort()).toEqual(['one', 'starlight__search', 'two']);
		expect(home.main?.map(({ tag, attrs }) => `${tag}#${attrs.get('id')}`)).toEqual(['h2#one', 'p#two']);
		expect(home.policy).toBe("default-src 'self'");
		const stub = readBuiltPages(dist()).get('old.html')!;
		expect(stub.main).toBeNull();
		expect(stub.policy).toBeNull();
	});

	it('sees a page rewritten after the read as it was written', () => {
		const dir = dist();
		expect(builtPages(dir).get('guide/index.html')?.ids.has('three')).toBe(false);
		rewritePage(dir, 'guide/index.html', page('<h3 id="three">Three</h3>'));
		expect(builtPages(`${dir}/`).get('guide/index.html')?.ids.has('three')).toBe(true);
		expect(readBuiltPages(dir).get('guide/index.html')?.ids.has('three')).toBe(true);
	});
});
