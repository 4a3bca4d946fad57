import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	builtPolicies,
	headerPolicy,
	headersFile,
	headersProblems,
	metaPolicy,
	pagePath,
	parseHeadersFile,
} from './host-headers';

const meta = (policy: string) =>
	`<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
const policy = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-abc='";

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny build output: a home page, a playbook, a 404 page and a file without a policy. */
function fakeDist(): string {
	dir = mkdtempSync(join(tmpdir(), 'headers-'));
	mkdirSync(join(dir, 'playbooks/one'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), meta(policy));
	writeFileSync(join(dir, 'playbooks/one/index.html'), meta("default-src 'none'"));
	writeFileSync(join(dir, '404.html'), meta(policy));
	writeFileSync(join(dir, 'plain.html'), '<p>no policy</p>');
	return dir;
}

describe('the _headers file', () => {
	it('sends each page the policy of its meta, plus frame-ancestors', () => {
		expect(metaPolicy(meta(policy))).toBe(policy);
		expect(headerPolicy(policy)).toBe(
			"default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
		);
	});

	it('names pages by the path readers open, under the base path', () => {
		expect(pagePath('index.html', '/')).toBe('/');
		expect(pagePath('playbooks/one/index.html', '/threshold/')).toBe('/threshold/playbooks/one/');
		expect(pagePath('404.html', '/threshold')).toBe('/threshold/404.html');
	});

	it('has nosniff and no-referrer for everything, a year of caching for hashed assets, a rule per page', () => {
		const rules = parseHeadersFile(headersFile(builtPolicies(fakeDist(), '/base/'), '/base/'));
		expect(rules.get('/base/*')?.get('x-content-type-options')).toBe('nosniff');
		expect(rules.get('/base/*')?.get('referrer-policy')).toBe('no-referrer');
		expect(rules.get('/base/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(rules.get('/base/playbooks/one/')?.get('content-security-policy')).toBe(
			"default-src 'none'; frame-ancestors 'none'",
		);
		expect([...rules.keys()]).not.toContain('/base/plain.html');
	});

	it('is reported when missing, or when a page policy drifts from its meta', () => {
		const out = fakeDist();
		expect(headersProblems(out, '/')).toEqual([
			`${join(out, '_headers')} is missing: the build should write it.`,
		]);
		writeFileSync(join(out, '_headers'), headersFile(builtPolicies(out, '/'), '/'));
		expect(headersProblems(out, '/')).toEqual([]);
		writeFileSync(join(out, 'playbooks/one/index.html'), meta("default-src 'self'"));
		expect(headersProblems(out, '/')).toEqual([
			"/playbooks/one/: the Content-Security-Policy header differs from the page's meta policy.",
		]);
	});
});
