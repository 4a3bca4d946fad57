import { describe, expect, it } from 'vitest';
import { forkFixture, forkWith, problemsOf } from '../../../tests/support/ladder-fork';
import { buildLadder } from './build';
import { loadLadder } from './load';
import type { Ladder } from './types';

describe('a fork with a different ladder', () => {
	const ladder: Ladder = loadLadder(forkFixture);

	it('sorts its three levels by order, whatever order the file lists them in', () => {
		expect(ladder.levels.map((l) => l.id)).toEqual(['associate', 'engineer', 'principal']);
	});

	it('starts the self-assessment at the levels it names', () => {
		expect(ladder.assessment).toEqual({ current: 'associate', target: 'engineer' });
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

	it('nudges stale evidence after six weeks unless the ladder names another number', () => {
		const build = (extra: string) =>
			buildLadder({
				ladder: { file: 'ladder.yaml', text: `${ladderText}${extra}` },
				competencies: [{ file: 'c.yaml', text: competency() }],
				pages: [],
			}).evidence;
		expect(build('')).toEqual({ staleAfterWeeks: 6 });
		expect(build('\nevidence: { staleAfterWeeks: 10 }')).toEqual({ staleAfterWeeks: 10 });
	});

	it('rejects a number of weeks that is not a whole number of at least one', () => {
		const problems = (weeks: string) =>
			problemsOf(() =>
				buildLadder({
					ladder: { file: 'ladder.yaml', text: `${ladderText}\nevidence: { staleAfterWeeks: ${weeks} }` },
					competencies: [{ file: 'c.yaml', text: competency() }],
					pages: [],
				}),
			);
		expect(problems('2.5')).toContain(
			'evidence.staleAfterWeeks: Use a whole number of weeks for staleAfterWeeks, e.g. 6.',
		);
		expect(problems('0')).toContain(
			'evidence.staleAfterWeeks: Use at least 1 week for staleAfterWeeks, e.g. 6.',
		);
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
