import { describe, expect, it } from 'vitest';
import * as csp from './csp';

describe('inlineScriptBodies', () => {
	it('returns the exact text of is:inline scripts and skips bundled or external ones', () => {
		const source = [
			'<script is:inline>\n\tfoo();\n</script>',
			'<script>import "./x";</script>',
			'<script is:inline src="/a.js"></script>',
			'<script is:inline aria-hidden="true">bar()</script>',
			'<script is:inline define:vars={{ a }}>baz(a)</script>',
		].join('\n');
		expect(csp.inlineScriptBodies(source)).toEqual(['\n\tfoo();\n', 'bar()']);
	});
});

describe('sha256Source', () => {
	it('matches the digest a browser computes for a script body', () => {
		// The well-known SHA-256 of the empty string, base64-encoded.
		expect(csp.sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
	});
});

describe('pagePolicy and unhashedInlineScripts', () => {
	const body = 'console.log(1)';
	const page = (sources: string) =>
		`<head><script>${body}</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src ${sources};"></head>` +
		'<body><script type="application/ld+json">{}</script><script src="/x.js"></script></body>';

	it('reads each directive of the meta policy', () => {
		const policy = csp.pagePolicy(page("'self'"));
		expect(policy?.directives.get('script-src')).toEqual(["'self'"]);
		expect(policy?.directives.get('default-src')).toEqual(["'self'"]);
	});

	it('finds inline scripts but not external scripts or JSON data blocks', () => {
		expect(csp.pageInlineScripts(page("'self'")).map((s) => s.body)).toEqual([body]);
	});

	it('names an inline script whose hash the policy lacks, even one placed before the meta', () => {
		expect(csp.unhashedInlineScripts(page("'self'"))).toHaveLength(1);
		expect(csp.unhashedInlineScripts(page(`'self' '${csp.sha256Source(body)}'`))).toEqual([]);
	});

	it('reports a page with no policy at all', () => {
		expect(csp.unhashedInlineScripts('<html></html>')).toEqual([
			'the page has no <meta http-equiv="content-security-policy">',
		]);
	});
});
