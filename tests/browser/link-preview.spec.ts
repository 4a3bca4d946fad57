import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site';

// Link previews are read by chat apps and social sites from the HTML alone, so these read it
// the same way: fetched, not rendered.
const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

test('every page has the title, description, address and picture a pasted link shows', async ({
	request,
}) => {
	for (const path of sitemapPaths()) {
		const html = await (await request.get(path)).text();
		const missing = [
			'og:title',
			'og:description',
			'og:url',
			'og:image',
			'og:image:alt',
			'twitter:card',
			'twitter:title',
			'twitter:description',
			'twitter:image',
			'description',
		].filter((key) => !meta(html, key));
		expect(missing, `${path} lacks ${missing.join(', ')}`).toEqual([]);
		expect(html, path).toMatch(/<title>[^<]+<\/title>/);
		expect(html, path).toContain(`<link rel="canonical" href="https://threshold.example.org${path}"/>`);
		expect(meta(html, 'og:image'), path).toMatch(
			/^https:\/\/threshold\.example\.org\/_astro\/social\.[\w-]+\.png$/,
		);
	}
});

test('the social picture is served by the site itself, at the size the tags promise', async ({ request }) => {
	const html = await (await request.get('/playbooks/growth-plan/')).text();
	const image = new URL(meta(html, 'og:image')!);
	const response = await request.get(image.pathname);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	// A PNG's width and height are the two big-endian numbers at bytes 16 and 20.
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
		Number(meta(html, 'og:image:width')),
		Number(meta(html, 'og:image:height')),
	]);
});
