import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLadder } from './load';
import { behaviorIndex, changesBetween, competenciesByGroup, levelPairs, pairSlug } from './queries';
import { buildLadder } from './build';
import { LadderError } from './problems';
import type { Ladder } from './types';

const forkFixture = 'tests/fixtures/fork';
const skillIds = [
	'system-design',
	'debugging',
	'code-review',
	'technical-writing',
	'mentoring',
	'cross-team-communication',
	'stakeholder-management',
	'prioritization',
	'technical-decisions',
	'project-leadership',
	'ownership',
	'ambiguity',
];

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the fork fixture with `edits` applied: the way a team would break its own ladder. */
function forkWith(edits: Record<string, (text: string) => string>): string {
	const root = mkdtempSync(join(tmpdir(), 'ladder-'));
	temporary.push(root);
	cpSync(forkFixture, root, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(root, file);
		let before = '';
		try {
			before = readFileSync(path, 'utf8');
		} catch {
			// A new file.
		}
		const after = edit(before);
		if (after === before) throw new Error(`The edit to ${file} changed nothing; the test is wrong.`);
		writeFileSync(path, after);
	}
	return root;
}

/** The message of the error `load` throws, or a failure when it does not throw. */
function problemsOf(load: () => unknown): string {
	try {
		load();
	} catch (error) {
		expect(error).toBeInstanceOf(LadderError);
		return (error as Error).message;
	}
	throw new Error('Expected the ladder to be rejected, but it loaded.');
}

describe('the default ladder', () => {
	const ladder = loadLadder('.');

	it('has junior, mid-level, senior and staff, in that order', () => {
		expect(ladder.levels.map((l) => l.id)).toEqual(['junior', 'mid-level', 'senior', 'staff']);
	});

	it('has exactly one competency for each skill id the playbooks use', () => {
		expect(ladder.competencies.map((c) => c.id).sort()).toEqual([...skillIds].sort());
	});

	it('describes every competency at every level, with evidence and practice', () => {
		for (const competency of ladder.competencies) {
			expect(Object.keys(competency.levels), competency.id).toEqual(ladder.levels.map((l) => l.id));
			for (const level of Object.values(competency.levels)) {
				expect(level.evidence.length).toBeGreaterThan(40);
				expect(level.practice.length).toBeGreaterThan(40);
			}
		}
	});

	it('describes senior in the most depth', () => {
		const count = (levelId: string) =>
			ladder.competencies.reduce((n, c) => n + (c.levels[levelId]?.behaviors.length ?? 0), 0);
		for (const other of ['junior', 'mid-level', 'staff'])
			expect(count('senior')).toBeGreaterThan(count(other));
		for (const c of ladder.competencies)
			expect(c.levels['senior']!.behaviors.length).toBeGreaterThanOrEqual(4);
	});

	it('names a playbook that trains each competency at senior', () => {
		for (const c of ladder.competencies)
			expect(c.levels['senior']!.playbooks.length, c.id).toBeGreaterThan(0);
	});

	it('gives every behavior its own id across the whole ladder', () => {
		const all = ladder.competencies.flatMap((c) => Object.values(c.levels).flatMap((l) => l.behaviors));
		expect(behaviorIndex(ladder).size).toBe(all.length);
	});

	it('offers a "what changes" page for each adjacent pair of levels', () => {
		expect(levelPairs(ladder).map(([from, to]) => pairSlug(from, to))).toEqual([
			'junior-to-mid-level',
			'mid-level-to-senior',
			'senior-to-staff',
		]);
	});
});

describe('a fork with a different ladder', () => {
	const ladder: Ladder = loadLadder(forkFixture);

	it('sorts its three levels by order, whatever order the file lists them in', () => {
		expect(ladder.levels.map((l) => l.id)).toEqual(['associate', 'engineer', 'principal']);
	});

	it('keeps its own groups, in its own order, each with its competencies', () => {
		expect(competenciesByGroup(ladder).map((g) => [g.group.id, g.competencies.map((c) => c.id)])).toEqual([
			['delivery', ['shipping', 'quality']],
			['collaboration', ['pairing']],
			['community', ['hiring']],
		]);
	});

	it('starts the self-assessment at the levels it names', () => {
		expect(ladder.assessment).toEqual({ current: 'associate', target: 'engineer' });
	});

	it('lists what is new, what grows and what stays from one level to the next', () => {
		const changes = changesBetween(ladder, 'associate', 'engineer');
		const shipping = changes.find((c) => c.competency.id === 'shipping')!;
		expect(shipping.added.map((b) => b.id)).toEqual(['ship-rollback-plan']);
		expect(shipping.grown.map((g) => [g.from.id, g.behavior.id])).toEqual([
			['ship-small-changes', 'ship-behind-flags'],
		]);
		expect(shipping.kept).toEqual([]);
		const quality = changes.find((c) => c.competency.id === 'quality')!;
		expect(quality.kept.map((b) => b.id)).toEqual(['quality-tests-changes']);
		const hiring = changes.find((c) => c.competency.id === 'hiring')!;
		expect(hiring.isNew).toBe(true);
	});

	it('carries a competency the higher level does not describe as staying', () => {
		const quality = changesBetween(ladder, 'engineer', 'principal').find(
			(c) => c.competency.id === 'quality',
		)!;
		expect(quality.added).toEqual([]);
		expect(quality.kept.map((b) => b.id)).toEqual(['quality-suite-health']);
	});

	it('needs no code change to add a group and a competency in it', () => {
		const root = forkWith({
			'content/ladder/ladder.yaml': (t) =>
				t.replace('groups:\n', 'groups:\n  - id: craft\n    name: Craft\n'),
			'content/ladder/competencies/testing.yaml': () =>
				'id: testing\nname: Testing\ngroup: craft\nsummary: Tests.\nlevels:\n  engineer:\n    summary: Tests well.\n    behaviors:\n      - { id: test-first, text: Writes the test first. }\n    evidence: A test.\n    practice: Practice.\n',
		});
		expect(loadLadder(root).groups.map((g) => g.id)).toEqual([
			'craft',
			'delivery',
			'collaboration',
			'community',
		]);
	});

	it('needs no code change to delete a level, once no competency describes it', () => {
		const root = forkWith({
			'content/ladder/ladder.yaml': (t) => t.replace(/ {2}- id: principal\n( {4}.*\n){3}/, ''),
			'content/ladder/competencies/shipping.yaml': (t) => t.replace(/ {2}principal:[\s\S]*$/, ''),
			'content/ladder/competencies/hiring.yaml': (t) => t.replace(/ {2}principal:[\s\S]*$/, ''),
		});
		expect(loadLadder(root).levels.map((l) => l.id)).toEqual(['associate', 'engineer']);
	});
});

describe('mistakes in a ladder stop the build with the file, the place and the fix', () => {
	it('names every competency file that still describes a deleted level', () => {
		const root = forkWith({
			'content/ladder/ladder.yaml': (t) => t.replace(/ {2}- id: principal\n( {4}.*\n){3}/, ''),
		});
		const message = problemsOf(() => loadLadder(root));
		expect(message).toMatch(/^The ladder has 2 problems\. Fix them and build again\./);
		expect(message).toContain(
			'content/ladder/competencies/hiring.yaml\n  - line 14, levels.principal: There is no level "principal" in content/ladder/ladder.yaml. The levels are "associate", "engineer": use one of them, or add the level to content/ladder/ladder.yaml.',
		);
		expect(message).toContain('content/ladder/competencies/shipping.yaml\n  - line 26, levels.principal:');
	});

	it('suggests the level a misspelled level id was meant to be', () => {
		const root = forkWith({
			'content/ladder/competencies/quality.yaml': (t) => t.replace('  engineer:', '  enginer:'),
		});
		expect(problemsOf(() => loadLadder(root))).toContain(
			'levels.enginer: There is no level "enginer" in content/ladder/ladder.yaml. Did you mean "engineer"?',
		);
	});

	it('names both places when a behavior id is used twice', () => {
		const root = forkWith({
			'content/ladder/competencies/quality.yaml': (t) =>
				t.replace('quality-suite-health', 'ship-small-changes'),
		});
		// Files are read in name order, so the copy in shipping.yaml is the second one.
		const message = problemsOf(() => loadLadder(root));
		expect(message).toContain(
			'content/ladder/competencies/shipping.yaml\n  - line 10, levels.associate.behaviors[0].id: The id "ship-small-changes" is already used by a behavior of "Quality" (content/ladder/competencies/quality.yaml, levels.engineer.behaviors[0].id). Give this behavior an id of its own.',
		);
	});

	it('does not let a behavior take the id of a level or competency, so anchors never collide', () => {
		const root = forkWith({
			'content/ladder/competencies/quality.yaml': (t) => t.replace('quality-suite-health', 'shipping'),
		});
		expect(problemsOf(() => loadLadder(root))).toContain(
			'The id "shipping" is already used by the competency "Shipping"',
		);
	});

	it('does not let a ladder id take the id of a heading the pages use', () => {
		const root = forkWith({
			'content/ladder/ladder.yaml': (t) => t.replace('  - id: community\n', '  - id: levels\n'),
			'content/ladder/competencies/hiring.yaml': (t) => t.replace('group: community', 'group: levels'),
		});
		expect(problemsOf(() => loadLadder(root))).toContain(
			'groups[2].id: The id "levels" is taken by a heading on the ladder\'s pages. Give this group another id.',
		);
	});

	it('suggests the right field name for a British spelling', () => {
		const root = forkWith({
			'content/ladder/competencies/pairing.yaml': (t) =>
				t.replace(
					'  associate:\n    summary: Pairs when invited.\n    behaviors:',
					'  associate:\n    summary: Pairs when invited.\n    behaviours:',
				),
		});
		const message = problemsOf(() => loadLadder(root));
		expect(message).toContain(
			'levels.associate.behaviours: "behaviours" is not a field here. Did you mean "behaviors"? The fields are "summary", "behaviors", "evidence", "practice", "playbooks".',
		);
		expect(message).toContain(
			'levels.associate.behaviors: "behaviors" is missing or empty. Add behaviors: a list of { id, text }.',
		);
	});

	it('says what to write when a required field is missing', () => {
		const root = forkWith({
			'content/ladder/competencies/quality.yaml': (t) =>
				t.replace('    evidence: Flaky test count in the area down to zero.\n', ''),
		});
		expect(problemsOf(() => loadLadder(root))).toContain(
			'levels.engineer.evidence: "evidence" is missing or empty. Add evidence: one example of what someone could show.',
		);
	});

	it('names a playbook that does not exist and the page it probably meant', () => {
		const root = forkWith({
			'content/ladder/competencies/pairing.yaml': (t) =>
				t.replace('playbooks: [guides/pairing]', 'playbooks: [guides/paring]'),
		});
		expect(problemsOf(() => loadLadder(root))).toContain(
			'levels.associate.playbooks[0]: There is no page "guides/paring" (content/docs/guides/paring.mdx). Did you mean "guides/pairing"?',
		);
	});

	it('names the playbook file and its skills field when a skill is not in the ladder', () => {
		const root = forkWith({
			'content/docs/guides/pairing.mdx': (t) =>
				t.replace('skills: [pairing, shipping]', 'skills: [pairing, shiping]'),
		});
		expect(problemsOf(() => loadLadder(root))).toContain(
			'content/docs/guides/pairing.mdx\n  - line 6, skills[1]: "shiping" is not a competency of the ladder. Did you mean "shipping"? Use one of "shipping", "quality", "pairing", "hiring", or add content/ladder/competencies/shiping.yaml.',
		);
	});

	it('rejects a competency in a group that does not exist, listing the groups', () => {
		const root = forkWith({
			'content/ladder/competencies/hiring.yaml': (t) => t.replace('group: community', 'group: people'),
		});
		const message = problemsOf(() => loadLadder(root));
		expect(message).toContain(
			'group: There is no group "people" in content/ladder/ladder.yaml. The groups are "delivery", "collaboration", "community": use one of them, or add the group to content/ladder/ladder.yaml.',
		);
		// The group it left is now empty, and that is reported too.
		expect(message).toContain('groups[2]: No competency is in the group "community".');
	});

	it('rejects a behavior that grows out of one at the same or a later level', () => {
		const root = forkWith({
			'content/ladder/competencies/shipping.yaml': (t) =>
				t.replace('grows: ship-small-changes', 'grows: ship-release-platform'),
		});
		expect(problemsOf(() => loadLadder(root))).toContain(
			'levels.engineer.behaviors[0].grows: "ship-release-platform" is at the level "principal", which is not earlier than "engineer". Name a behavior of "Shipping" at an earlier level ("ship-small-changes"), or remove grows.',
		);
	});

	it('rejects two levels with the same order', () => {
		const root = forkWith({ 'content/ladder/ladder.yaml': (t) => t.replace('order: 20', 'order: 10') });
		expect(problemsOf(() => loadLadder(root))).toContain(
			'levels[2].order: The order 10 is also the order of the level "associate". Give each level a different order.',
		);
	});

	it('reports the line of a YAML syntax error', () => {
		const root = forkWith({
			'content/ladder/competencies/quality.yaml': (t) =>
				t.replace('summary: Tests their own changes.', 'summary: Tests: their own changes.'),
		});
		expect(problemsOf(() => loadLadder(root))).toMatch(
			/content\/ladder\/competencies\/quality\.yaml\n {2}- line 8: This is not valid YAML \(.+\)\. Check the indentation and that text containing ": " is in quotes\./,
		);
	});

	it('reports every problem at once, not only the first', () => {
		const root = forkWith({
			'content/ladder/competencies/quality.yaml': (t) => t.replace('group: delivery', 'group: deliver'),
			'content/ladder/competencies/hiring.yaml': (t) => t.replace('summary: Finding', 'sumary: Finding'),
			'content/docs/guides/pairing.mdx': (t) =>
				t.replace('[pairing, shipping]', '[pairing, shipping, speed]'),
		});
		const message = problemsOf(() => loadLadder(root));
		expect(message).toMatch(/^The ladder has 4 problems/);
		expect(message).toContain('Did you mean "delivery"?');
		expect(message).toContain('"sumary" is not a field here. Did you mean "summary"?');
		expect(message).toContain('"speed" is not a competency of the ladder.');
	});

	it('explains a missing ladder.yaml', () => {
		const root = forkWith({});
		rmSync(join(root, 'content/ladder/ladder.yaml'));
		expect(problemsOf(() => loadLadder(root))).toContain(
			'content/ladder/ladder.yaml\n  - This file is missing.',
		);
	});
});

describe('validating a ladder from text', () => {
	const ladderText = [
		'title: T',
		'summary: S',
		'levels:',
		'  - { id: one, title: One, order: 1, summary: First }',
		'  - { id: two, title: Two, order: 2, summary: Second }',
		'groups:',
		'  - { id: g, name: G }',
	].join('\n');
	const competency = (extra = '') =>
		`id: c\nname: C\ngroup: g\nsummary: S\nlevels:\n  one:\n    summary: S\n    behaviors: [{ id: b1, text: Does it. }]\n    evidence: E\n    practice: P\n${extra}`;

	it('starts the self-assessment at the first two levels when the ladder does not say', () => {
		const ladder = buildLadder({
			ladder: { file: 'ladder.yaml', text: ladderText },
			competencies: [{ file: 'c.yaml', text: competency() }],
			pages: [],
		});
		expect(ladder.assessment).toEqual({ current: 'one', target: 'two' });
	});

	it('says when a list was written as plain text', () => {
		const message = problemsOf(() =>
			buildLadder({
				ladder: { file: 'ladder.yaml', text: ladderText.replace(/groups:[\s\S]*/, 'groups: technical') },
				competencies: [{ file: 'c.yaml', text: competency() }],
				pages: [],
			}),
		);
		expect(message).toContain('groups: Expected a list (lines starting with "- ") here, but found string.');
	});

	it('rejects a self-assessment target below its starting level', () => {
		const message = problemsOf(() =>
			buildLadder({
				ladder: { file: 'ladder.yaml', text: `${ladderText}\nassessment: { current: two, target: one }` },
				competencies: [{ file: 'c.yaml', text: competency() }],
				pages: [],
			}),
		);
		expect(message).toContain(
			'assessment.target: The target level "one" comes before the current level "two". Swap them.',
		);
	});
});
