import { describe, expect, it } from 'vitest';
import { forkFixture, forkWith, problemsOf } from '../../../tests/support/ladder-fork';
import { loadLadder } from './load';
import { currentLadder } from './migrate';

const ladderFile = 'content/ladder/ladder.yaml';
/** The fork's ladder.yaml with `yaml` appended at the end. */
const appended = (yaml: string) => ({ [ladderFile]: (t: string) => `${t.trimEnd()}\n${yaml}\n` });
const history = (...entries: string[]) => `history:\n${entries.map((e) => `  - ${e}`).join('\n')}`;

describe('a ladder without versions still builds', () => {
	it('is version 1 with no notes when ladder.yaml does not say', () => {
		const ladder = loadLadder(forkFixture);
		expect(ladder.version).toBe(1);
		expect(ladder.history).toEqual([]);
	});
});

describe('version and history: mistakes name the file, the line and the fix', () => {
	it('reads a version and its notes, newest first', () => {
		const root = forkWith(
			appended(
				`version: 2\n${history(
					'{ version: 2, date: 2026-11-30, notes: Merged two behaviors. }',
					'{ version: 1, date: 2026-01-15, notes: First published version. }',
				)}`,
			),
		);
		const ladder = loadLadder(root);
		expect(ladder.version).toBe(2);
		expect(ladder.history.map((h) => [h.version, h.date])).toEqual([
			[2, '2026-11-30'],
			[1, '2026-01-15'],
		]);
	});

	// Each case: what is appended to ladder.yaml, and a problem the build must report.
	it.each([
		{
			case: 'asks for a note on the current version',
			yaml: `version: 2\n${history('{ version: 1, date: 2026-01-15, notes: First. }')}`,
			problem:
				'line 29, history: There is no note for version 2, the current version. Add one at the top of history: - { version: 2, date: YYYY-MM-DD, notes: "What changed." }',
		},
		{
			case: 'asks for history when only a version is written',
			yaml: 'version: 1',
			problem:
				'line 27, version: There is no note for version 1, the current version. Add one at the top of history: history: - { version: 1, date: YYYY-MM-DD, notes: "What changed." }',
		},
		{
			case: 'asks for a version when only notes are written',
			yaml: history('{ version: 3, date: 2026-01-15, notes: Third. }'),
			problem:
				'line 28, history: There are notes in history but no version. Add version: 3 (the newest version in history) to content/ladder/ladder.yaml.',
		},
		{
			case: 'rejects a version written as a dotted number or a date',
			yaml: `version: "2026.11"\n${history('{ version: 1, date: 2026-01-15, notes: A. }')}`,
			problem:
				'line 27, version: Expected a number here, but found string. Write the version as a whole number, e.g. version: 2 (not "2026.11"): raise it by one each time you publish a change.',
		},
		{
			case: 'rejects a version below 1',
			yaml: `version: 0\n${history('{ version: 0, date: 2026-01-15, notes: A. }')}`,
			problem: 'line 27, version: Versions start at 1: write a whole number above 0, e.g. 1.',
		},
		{
			case: 'rejects a version with a fraction',
			yaml: `version: 1.5\n${history('{ version: 1, date: 2026-01-15, notes: A. }')}`,
			problem: 'line 27, version: Write the version as a whole number, e.g. 2.',
		},
		{
			case: 'rejects a note without notes, naming the field to add',
			yaml: `version: 1\n${history('{ version: 1, date: 2026-01-15 }')}`,
			problem:
				'history[0].notes: "notes" is missing or empty. Add notes: what changed in this version, in a sentence or two.',
		},
		{
			case: 'rejects two notes for one version',
			yaml: `version: 1\n${history('{ version: 1, date: 2026-01-15, notes: A. }', '{ version: 1, date: 2026-01-16, notes: B. }')}`,
			problem:
				'line 30, history[1].version: Version 1 has a note already (history[0]). Write one note per version: merge the two, or correct the version number.',
		},
		{
			case: 'rejects notes that are not newest first',
			yaml: `version: 2\n${history('{ version: 1, date: 2026-01-15, notes: A. }', '{ version: 2, date: 2026-03-01, notes: B. }')}`,
			problem:
				'line 30, history[1].version: The notes go newest first, but version 2 comes after version 1. Move this note above it.',
		},
		{
			case: 'rejects a later version dated before an earlier one',
			yaml: `version: 2\n${history('{ version: 2, date: 2026-01-01, notes: B. }', '{ version: 1, date: 2026-03-01, notes: A. }')}`,
			problem:
				'line 29, history[0].date: Version 2 is dated 2026-01-01, before version 1 (2026-03-01). Correct one of the dates: a later version cannot be published earlier.',
		},
		{
			case: 'rejects a note for a version after the current one',
			yaml: `version: 1\n${history('{ version: 2, date: 2026-03-01, notes: B. }', '{ version: 1, date: 2026-01-01, notes: A. }')}`,
			problem:
				"line 29, history[0].version: This note is for version 2, but the ladder's version is 1. Raise version to 2 if it is published, or correct the note's version.",
		},
	])('$case', ({ yaml, problem }) => {
		expect(problemsOf(() => loadLadder(forkWith(appended(yaml))))).toContain(problem);
	});

	it('rejects a day that does not exist, or is not written YYYY-MM-DD', () => {
		const root = forkWith(
			appended(
				`version: 2\n${history(
					'{ version: 2, date: 2026-02-30, notes: B. }',
					'{ version: 1, date: 15/01/2026, notes: A. }',
				)}`,
			),
		);
		const message = problemsOf(() => loadLadder(root));
		expect(message).toContain(
			'line 29, history[0].date: Write the date as a real day, YYYY-MM-DD, e.g. 2026-11-30.',
		);
		expect(message).toContain('line 30, history[1].date: Write the date as a real day, YYYY-MM-DD');
	});
});

const shipping = 'content/ladder/competencies/shipping.yaml';
const quality = 'content/ladder/competencies/quality.yaml';

describe('replaces: renames and merges that saved marks can follow', () => {
	it('maps retired behavior and competency ids to what replaces them', () => {
		const root = forkWith({
			[shipping]: (t) =>
				t
					.replace('summary: Getting', 'replaces: [delivery-speed]\nsummary: Getting')
					.replace(
						'        grows: ship-small-changes',
						'        grows: ship-small-changes\n        replaces: [ship-with-flags, flag-releases]',
					),
		});
		const ladder = loadLadder(root);
		const behavior = ladder.competencies.find((c) => c.id === 'shipping')!.levels['engineer']!.behaviors[0]!;
		expect(behavior.replaces).toEqual(['ship-with-flags', 'flag-releases']);
		expect(currentLadder(ladder).replaces).toEqual({
			behaviors: { 'ship-with-flags': 'ship-behind-flags', 'flag-releases': 'ship-behind-flags' },
			competencies: { 'delivery-speed': 'shipping' },
		});
	});

	it('gives every behavior a fingerprint of its text, served with the ladder', () => {
		const ladder = loadLadder(forkFixture);
		const prints = currentLadder(ladder).behaviors;
		expect(prints['ship-small-changes']).toMatch(/^[0-9a-f]{8}$/);
		expect(prints['ship-small-changes']).not.toBe(prints['ship-rollback-plan']);
	});

	// Each case: edits to the fork's competency files, and a problem the build must report.
	it.each<{ case: string; edits: Parameters<typeof forkWith>[0]; problem: string }>([
		{
			case: 'rejects replacing an id that is still live, naming who holds it',
			edits: {
				[shipping]: (t: string) =>
					t.replace(
						'        grows: ship-small-changes',
						'        grows: ship-small-changes\n        replaces: [quality-tests-changes]',
					),
			},
			problem:
				'content/ladder/competencies/shipping.yaml\n  - line 20, levels.engineer.behaviors[0].replaces[0]: "quality-tests-changes" is in the replaces of "ship-behind-flags", but it is still the id of a behavior of "Quality" (content/ladder/competencies/quality.yaml, levels.associate.behaviors[0].id). A replaced id is retired for good, so saved marks can follow it: give that one another id, or remove "quality-tests-changes" from replaces.',
		},
		{
			case: 'rejects reusing a retired id for a new level, group or competency',
			edits: {
				[shipping]: (t: string) => t.replace('summary: Getting', 'replaces: [delivery]\nsummary: Getting'),
			},
			problem:
				'line 5, replaces[0]: "delivery" is in the replaces of "shipping", but it is still the id of the group "Delivery"',
		},
		{
			case: 'rejects an id that replaces itself, as a cycle',
			edits: {
				[quality]: (t: string) => t.replace('summary: Building', 'replaces: [quality]\nsummary: Building'),
			},
			problem:
				'line 5, replaces[0]: The competency "quality" replaces itself, a cycle. Remove "quality" from its replaces: a kept id needs no replaces.',
		},
		{
			case: 'rejects one retired id replaced by two live ids, naming both',
			edits: {
				[shipping]: (t: string) =>
					t.replace('        text: Writes how', '        replaces: [old-checks]\n        text: Writes how'),
				[quality]: (t: string) =>
					t.replace('        text: Adds a test', '        replaces: [old-checks]\n        text: Adds a test'),
			},
			// Files are read in name order: quality.yaml declares it first.
			problem:
				'content/ladder/competencies/shipping.yaml\n  - line 21, levels.engineer.behaviors[1].replaces[0]: "old-checks" is replaced by both "quality-tests-changes" (content/ladder/competencies/quality.yaml, levels.associate.behaviors[0].replaces[0]) and "ship-rollback-plan". Saved marks can follow only one: keep "old-checks" in the replaces of one of them.',
		},
		{
			case: 'rejects an old id listed twice by one behavior',
			edits: {
				[quality]: (t: string) =>
					t.replace(
						'        text: Adds a test',
						'        replaces: [old-checks, old-checks]\n        text: Adds a test',
					),
			},
			problem:
				'levels.associate.behaviors[0].replaces[1]: "old-checks" is listed twice in the replaces of "quality-tests-changes". Remove one.',
		},
		{
			case: 'rejects an old id that is not written as an id',
			edits: {
				[quality]: (t: string) =>
					t.replace('summary: Building', 'replaces: [Old Quality]\nsummary: Building'),
			},
			problem:
				'line 5, replaces[0]: Use lower-case letters, digits and single dashes only, e.g. "system-design".',
		},
	])('$case', ({ edits, problem }) => {
		expect(problemsOf(() => loadLadder(forkWith(edits)))).toContain(problem);
	});
});
