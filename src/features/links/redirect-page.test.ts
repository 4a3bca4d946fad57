import { describe, expect, it } from 'vitest';
import { carryAnchor } from './redirect-page';

const astroRedirect = `<!doctype html>
<title>Redirecting to: /playbooks/new/</title>
<meta http-equiv="refresh" content="0;url=/playbooks/new/">
<meta name="robots" content="noindex">
<body>	<a href="/playbooks/new/">Redirecting</a></body>`;

describe('redirect pages', () => {
	it('carry the anchor of the opened link over to the new page', () => {
		const out = carryAnchor(astroRedirect);
		expect(out).toContain(
			'<script data-carry-anchor>if(location.hash)location.replace("/playbooks/new/"+location.hash)</script>\n<meta http-equiv="refresh"',
		);
	});

	it('keep the refresh for browsers without JavaScript, and are changed only once', () => {
		const once = carryAnchor(astroRedirect);
		expect(once).toContain('<meta http-equiv="refresh" content="0;url=/playbooks/new/">');
		expect(carryAnchor(once)).toBe(once);
	});

	it('drop the target anchor when the opened link has its own, and leave other pages alone', () => {
		const withHash = astroRedirect.replace(
			'content="0;url=/playbooks/new/"',
			'content="0;url=/playbooks/new/#sec"',
		);
		expect(carryAnchor(withHash)).toContain('location.replace("/playbooks/new/"+location.hash)');
		expect(carryAnchor('<html><main>page</main></html>')).toBe('<html><main>page</main></html>');
	});

	it('send no referrer on to the new page', () => {
		expect(carryAnchor(astroRedirect)).toContain('<meta name="referrer" content="no-referrer">');
	});
});
