/**
 * The build's gates, each tried through a real `astro build` of a small fork
 * (tests/fixtures/fork): a team's mistake in `content/` stops the build with a message
 * naming the file, the field and the fix, and a renamed heading breaks no saved link.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { anchorsUpdate, buildFork, prepareFork, removeFork } from '../support/fork';

const fixture = 'tests/fixtures/fork';
const page = 'content/docs/guides/pairing.mdx';

test('a fork without an anchor lock is stopped before any page renders and told the command that creates one', async () => {
	test.setTimeout(180_000);
	const dir = prepareFork(fixture);
	rmSync(join(dir, 'content/anchors.lock.json'));
	try {
		const first = await buildFork(dir);
		expect(first.status, first.output).not.toBe(0);
		expect(first.output).toContain('content/anchors.lock.json does not exist');
		expect(first.output).toContain('Run "npm run anchors:update" to create it');
		expect(first.output).not.toContain('page(s) built');

		const update = await buildFork(dir, [], anchorsUpdate);
		expect(update.status, update.output).toBe(0);
		const lock = JSON.parse(readFileSync(join(dir, 'content/anchors.lock.json'), 'utf8')) as {
			pages: Record<string, string[]>;
		};
		expect(lock.pages['/guides/pairing/']).toContain('how-we-pair');
	} finally {
		removeFork(dir);
	}
});

test('a reworded published heading fails the build naming page and anchor, and passes with an alias', async () => {
	test.setTimeout(180_000);
	const dir = prepareFork(fixture, {
		[page]: (text) => text.replace('## How we pair', '## How we work in pairs'),
	});
	try {
		const renamed = await buildFork(dir);
		expect(renamed.status, renamed.output).not.toBe(0);
		expect(renamed.output).toContain('/guides/pairing/#how-we-pair no longer exists.');
		expect(renamed.output).toContain(`how-we-pair: <its new id>\n    to the frontmatter of ${page}`);

		const file = join(dir, page);
		const aliased = readFileSync(file, 'utf8').replace(
			'---\n',
			'---\nanchorAliases:\n  how-we-pair: how-we-work-in-pairs\n',
		);
		writeFileSync(file, aliased);
		const fixed = await buildFork(dir);
		expect(fixed.status, fixed.output).toBe(0);
		expect(readFileSync(join(dir, 'dist/guides/pairing/index.html'), 'utf8')).toContain(
			'<span id="how-we-pair" data-alias-for="how-we-work-in-pairs"',
		);
	} finally {
		removeFork(dir);
	}
});

/** A mistake in one content file, and what the failed build must say: the file, the field and the fix. */
interface Mistake {
	edits: Record<string, (text: string) => string>;
	says: string[];
}

const mistakes: Record<string, Mistake> = {
	'a page frontmatter with an unknown audience': {
		edits: { [page]: (text) => text.replace('audience: both', 'audience: everyone') },
		says: [page, 'audience: Set audience to one of "mentor", "mentee", "both".'],
	},
	'a builder with an unknown field type': {
		edits: {
			'content/builders/brief.yaml': () =>
				'title: Brief\nintro: Fill it in.\ndraftName: Brief\nvariants:\n  - id: brief\n    label: Brief\n' +
				"    heading: 'Brief: {work}'\n    sections:\n      - fields:\n          - id: work\n" +
				'            label: The work\n            type: paragraph\n',
		},
		says: [
			'content/builders/brief.yaml',
			'variants.0.sections.0.fields.0.type: Set type to "line", "text" or "list".',
		],
	},
	'a question bank with a misspelt key': {
		edits: {
			'content/banks/talk.yaml': () =>
				'title: Talk\ngroups:\n  - id: growth\n    label: Growth\n    questions:\n      - id: first\n        txt: "What?"\n',
		},
		says: ['content/banks/talk.yaml', 'groups.0.questions.0.text', 'Write the question under text:'],
	},
	'a playbook naming a skill its ladder lacks': {
		edits: { [page]: (text) => text.replace('skills: [pairing, shipping]', 'skills: [pairing, deploying]') },
		says: [
			'The ladder has a problem. Fix it and build again.',
			`${page}\n  - line 6, skills[1]: "deploying" is not a competency of the ladder. Use one of "shipping", "quality", "pairing", "hiring", or add content/ladder/competencies/deploying.yaml.`,
		],
	},
	'a ladder with a level order in words': {
		edits: { 'content/ladder/ladder.yaml': (text) => text.replace('order: 20', 'order: twenty') },
		says: [
			'content/ladder/ladder.yaml',
			'line 14, levels[2].order: Expected a number here, but found string.',
		],
	},
	'a sidebar group label written as a number': {
		edits: { 'content/sidebar.json': (text) => text.replace('"label": "Start"', '"label": 3') },
		says: [
			'content/sidebar.json has a problem',
			'groups[0].label: Write the group label as text in quotes, e.g. "Plan growth".',
		],
	},
	'a site address without https://': {
		edits: {
			'content/site.json': (text) => text.replace('"https://acme.example.com"', '"acme.example.com"'),
		},
		says: ['content/site.json has a problem', 'url: Use a full URL such as "https://ladder.example.com".'],
	},
};

test('each kind of content mistake fails the real build, naming the file, the field and the fix', async () => {
	test.setTimeout(300_000);
	// Each build stops at validation, before any page renders: side by side they take one build's time.
	const results = await Promise.all(
		Object.entries(mistakes).map(async ([name, { edits, says }]) => {
			const dir = prepareFork(fixture, edits);
			try {
				const { status, output } = await buildFork(dir);
				return { name, says, status, output };
			} finally {
				removeFork(dir);
			}
		}),
	);
	for (const { name, says, status, output } of results) {
		expect.soft(status, `${name}: the build fails`).not.toBe(0);
		for (const words of says) expect.soft(output, `${name}: says ${words}`).toContain(words);
	}
});
