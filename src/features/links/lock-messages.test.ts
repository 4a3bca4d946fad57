import { describe, expect, it } from 'vitest';
import type { LockProblem } from './anchor-lock';
import {
	describeProblem,
	formatProblems,
	resetCommand,
	type PageSource,
	type SourceOf,
} from './lock-messages';

const markdown: PageSource = { kind: 'markdown', file: 'content/docs/playbooks/habits.mdx' };
const generated: PageSource = {
	kind: 'generated',
	files: ['content/ladder/ladder.yaml', 'content/ladder/competencies/*.yaml'],
	subject: 'the level "senior"',
	subjectFile: 'content/ladder/ladder.yaml',
};
const sources: Record<string, PageSource> = {
	'/playbooks/habits/': markdown,
	'/ladder/levels/senior/': generated,
};
const sourceOf: SourceOf = (page) => sources[page];

describe('what the anchor lock tells a team about a Markdown page', () => {
	it("says to keep a renamed anchor with anchorAliases in the page's frontmatter", () => {
		const line = describeProblem(
			{ kind: 'anchor-gone', page: '/playbooks/habits/', anchor: 'weekly-review' },
			sourceOf,
		);
		expect(line).toContain('/playbooks/habits/#weekly-review no longer exists.');
		expect(line).toContain('anchorAliases:\n        weekly-review: <its new id>');
		expect(line).toContain('to the frontmatter of content/docs/playbooks/habits.mdx');
	});

	it('says to add a redirect for a page that moved', () => {
		expect(describeProblem({ kind: 'page-gone', page: '/playbooks/habits/' }, sourceOf)).toBe(
			'/playbooks/habits/ is gone. If it moved, add "/playbooks/habits/": "/its/new/path/" to content/redirects.json; if it was merged into another page, point it there.',
		);
	});
});

describe('what the anchor lock tells a team about a generated ladder page', () => {
	it('says the ids come from the ladder data and to put the id back, not to add anchorAliases', () => {
		const line = describeProblem(
			{ kind: 'anchor-gone', page: '/ladder/levels/senior/', anchor: 'debug-root-cause' },
			sourceOf,
		);
		expect(line).toBe(
			'/ladder/levels/senior/#debug-root-cause no longer exists. The page is generated from content/ladder/ladder.yaml and content/ladder/competencies/*.yaml, and its ids come from there: the id "debug-root-cause" was renamed or removed. Generated pages have no frontmatter, so anchorAliases cannot keep it: put the id "debug-root-cause" back in the data.',
		);
		expect(line).not.toContain('to the frontmatter of');
	});

	it('names the file that defines a removed page and offers a redirect', () => {
		expect(describeProblem({ kind: 'page-gone', page: '/ladder/levels/senior/' }, sourceOf)).toBe(
			'/ladder/levels/senior/ is gone. The page is generated from content/ladder/ladder.yaml, where the level "senior" was renamed or removed. Keep its id, or add "/ladder/levels/senior/": "/its/new/path/" to content/redirects.json.',
		);
	});

	it('for a redirect onto a generated page, says to give an item the id or point the redirect elsewhere', () => {
		const line = describeProblem(
			{ kind: 'anchor-gone', page: '/old/', anchor: 'gone', target: '/ladder/levels/senior/#gone' },
			sourceOf,
		);
		expect(line).toContain('/old/#gone redirects to /ladder/levels/senior/#gone, which has no "gone".');
		expect(line).toContain(
			'give an item there the id "gone", or point the redirect in content/redirects.json',
		);
		expect(line).not.toContain('anchorAliases');
	});
});

describe('the report', () => {
	const problems: LockProblem[] = [
		{ kind: 'page-gone', page: '/playbooks/habits/' },
		{ kind: 'anchor-gone', page: '/ladder/levels/senior/', anchor: 'debug-root-cause' },
	];

	it('counts the broken links and lists each with its fix', () => {
		const report = formatProblems(problems, sourceOf, 'content/anchors.lock.json');
		expect(report).toMatch(
			/^Links readers may have saved would break \(2\):\n {2}- \/playbooks\/habits\/ is gone\./,
		);
		expect(report).toContain('\n  - /ladder/levels/senior/#debug-root-cause no longer exists.');
	});

	it('gives a site that has not been published yet the one command that resets the lock', () => {
		const report = formatProblems(problems, sourceOf, 'content/anchors.lock.json');
		expect(resetCommand).toBe('npm run anchors:reset');
		expect(report).toContain(
			'If this site has not been published yet (a new fork, say), no reader has saved these links: run "npm run anchors:reset" to write content/anchors.lock.json afresh from this build, and commit it.',
		);
	});
});
