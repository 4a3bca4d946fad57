import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	anchorsInHtml,
	checkLock,
	parseLock,
	readBuiltSite,
	serializeLock,
	updateLock,
	type AnchorLock,
} from './anchor-lock';
import { injectAliases } from './anchor-aliases';
import { formatProblems, type SourceOf } from './lock-messages';

// A built site in miniature (tests/fixtures/anchor-lock): each test copies it, then breaks or repairs it.
const fixture = 'tests/fixtures/anchor-lock';
const lock: AnchorLock = parseLock(JSON.parse(readFileSync(`${fixture}/lock.json`, 'utf8')), 'lock.json');
let site: string;

const page = (path: string) => join(site, path, 'index.html');
const read = (path: string) => readFileSync(page(path), 'utf8');
const write = (path: string, html: string) => writeFileSync(page(path), html);
const check = (redirects: Record<string, string> = {}) => checkLock(lock, readBuiltSite(site), redirects);
const sourceOf: SourceOf = (path) => ({
	kind: 'markdown',
	file: `content/docs${path.replace(/\/$/, '')}.mdx`,
});

beforeEach(() => {
	site = mkdtempSync(join(tmpdir(), 'anchor-lock-'));
	cpSync(`${fixture}/site`, site, { recursive: true });
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('reading anchors from a built page', () => {
	it('finds headings and linkable items in the main content, not Starlight chrome or other ids', () => {
		expect(anchorsInHtml(read('/playbooks/growth-plan/'))).toEqual({
			anchors: ['a-worked-example', 'the-template', 'write-it-down'],
			aliases: {},
		});
	});

	it('leaves redirect pages out of the built site', () => {
		expect([...readBuiltSite(site).keys()]).toEqual(['/', '/playbooks/growth-plan/', '/playbooks/habits/']);
	});
});

describe('the anchor lock', () => {
	it('passes on the site as it was locked', () => {
		expect(check()).toEqual([]);
	});

	it('fails when a heading is removed, and says how to keep its links working', () => {
		write(
			'/playbooks/growth-plan/',
			read('/playbooks/growth-plan/').replace(/<div[^\n]*a-worked-example[^\n]*\n/, ''),
		);
		const problems = check();
		expect(problems).toEqual([
			{ kind: 'anchor-gone', page: '/playbooks/growth-plan/', anchor: 'a-worked-example' },
		]);
		const report = formatProblems(problems, sourceOf, 'content/anchors.lock.json');
		expect(report).toContain('/playbooks/growth-plan/#a-worked-example no longer exists');
		expect(report).toContain('anchorAliases:\n        a-worked-example: <its new id>');
		expect(report).toContain('content/docs/playbooks/growth-plan.mdx');
	});

	it('passes when the renamed heading keeps its old id as an alias', () => {
		const renamed = read('/playbooks/growth-plan/').replaceAll('a-worked-example', 'worked-example-dana');
		write(
			'/playbooks/growth-plan/',
			injectAliases(renamed, { 'a-worked-example': 'worked-example-dana' }, 'x.mdx'),
		);
		expect(check()).toEqual([]);
	});

	it('fails when a linkable item loses its id', () => {
		write('/playbooks/habits/', read('/playbooks/habits/').replace('q-what-slipped', 'q-slipped'));
		expect(check()).toEqual([{ kind: 'anchor-gone', page: '/playbooks/habits/', anchor: 'q-what-slipped' }]);
	});

	it('fails when a page is removed', () => {
		rmSync(join(site, 'playbooks/habits'), { recursive: true });
		const problems = check();
		expect(problems).toEqual([{ kind: 'page-gone', page: '/playbooks/habits/' }]);
		expect(formatProblems(problems, sourceOf, 'lock')).toContain(
			'add "/playbooks/habits/": "/its/new/path/"',
		);
	});

	it('passes when a removed page redirects to one with the same anchors', () => {
		cpSync(join(site, 'playbooks/habits'), join(site, 'playbooks/weekly-habits'), { recursive: true });
		rmSync(join(site, 'playbooks/habits'), { recursive: true });
		expect(check({ '/playbooks/habits/': '/playbooks/weekly-habits/' })).toEqual([]);
	});

	it('fails when the redirect target lacks an anchor of the old page', () => {
		rmSync(join(site, 'playbooks/habits'), { recursive: true });
		expect(check({ '/playbooks/habits/': '/playbooks/growth-plan/' })).toEqual([
			{
				kind: 'anchor-gone',
				page: '/playbooks/habits/',
				anchor: 'q-what-slipped',
				target: '/playbooks/growth-plan/',
			},
			{
				kind: 'anchor-gone',
				page: '/playbooks/habits/',
				anchor: 'weekly-review',
				target: '/playbooks/growth-plan/',
			},
		]);
	});

	it('fails on a redirect to a page that does not exist, or in a loop', () => {
		rmSync(join(site, 'playbooks/habits'), { recursive: true });
		expect(check({ '/playbooks/habits/': '/playbooks/gone/' })).toEqual([
			{ kind: 'redirect-target-missing', from: '/playbooks/habits/', to: '/playbooks/gone/' },
		]);
		expect(check({ '/playbooks/habits/': '/a/', '/a/': '/playbooks/habits/' }).map((p) => p.kind)).toEqual([
			'redirect-loop',
			'redirect-loop',
		]);
	});

	it('checks the anchor a redirect points at', () => {
		expect(check({ '/old/': '/playbooks/growth-plan/#the-template' })).toEqual([]);
		expect(check({ '/old/': '/playbooks/growth-plan/#nowhere' })).toEqual([
			{ kind: 'anchor-gone', page: '/old/', anchor: 'nowhere', target: '/playbooks/growth-plan/#nowhere' },
		]);
	});

	it('fails on an alias whose target is not on the page', () => {
		const html = read('/playbooks/habits/').replace(
			'<h2 id="weekly-review">',
			'<h2 id="weekly-review"><span id="old" data-alias-for="missing"></span>',
		);
		write('/playbooks/habits/', html);
		expect(check()).toEqual([
			{ kind: 'alias-target-missing', page: '/playbooks/habits/', alias: 'old', target: 'missing' },
		]);
	});
});

describe('updating the lock', () => {
	it('adds new pages and anchors and keeps every locked one', () => {
		write(
			'/playbooks/habits/',
			read('/playbooks/habits/').replace('</ol>', '<li id="q-new" data-linkable>New?</li></ol>'),
		);
		cpSync(join(site, 'index.html'), join(site, 'about.html'));
		cpSync(join(site, 'playbooks/habits'), join(site, 'playbooks/extra'), { recursive: true });
		rmSync(join(site, 'playbooks/growth-plan'), { recursive: true });
		const next = updateLock(lock, readBuiltSite(site));
		expect(next.addedPages).toBe(1);
		expect(next.addedAnchors).toBe(4);
		expect(next.lock.pages['/playbooks/habits/']).toEqual(['q-new', 'q-what-slipped', 'weekly-review']);
		// A page that vanished stays locked: the check, not the update, decides whether that is allowed.
		expect(next.lock.pages['/playbooks/growth-plan/']).toEqual(lock.pages['/playbooks/growth-plan/']);
	});

	it('writes one anchor per line so concurrent changes merge cleanly', () => {
		const text = serializeLock({ pages: { '/a/': ['x', 'y'] } }, 'About this file.');
		expect(text).toBe(
			'{\n  "$comment": "About this file.",\n  "pages": {\n    "/a/": [\n      "x",\n      "y"\n    ]\n  }\n}\n',
		);
	});

	it('refuses a damaged lock file and says how to restore it', () => {
		expect(() => parseLock({ pages: { 'no-slash': [] } }, 'content/anchors.lock.json')).toThrow(
			/content\/anchors\.lock\.json is damaged.*git checkout -- content\/anchors\.lock\.json/,
		);
	});
});
