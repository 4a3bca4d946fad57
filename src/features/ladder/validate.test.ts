import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkWith, problemsOf } from '../../../tests/support/ladder-fork';
import { loadLadder } from './load';

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

	// Each case: one edit to one file of the fork fixture (first match), and a problem the build must report.
	it.each([
		{
			case: 'suggests the level a misspelled level id was meant to be',
			file: 'content/ladder/competencies/quality.yaml',
			from: '  engineer:',
			to: '  enginer:',
			problem:
				'levels.enginer: There is no level "enginer" in content/ladder/ladder.yaml. Did you mean "engineer"?',
		},
		{
			case: 'does not let a behavior take the id of a level or competency, so anchors never collide',
			file: 'content/ladder/competencies/quality.yaml',
			from: 'quality-suite-health',
			to: 'shipping',
			problem: 'The id "shipping" is already used by the competency "Shipping"',
		},
		{
			case: 'says what to write when a required field is missing',
			file: 'content/ladder/competencies/quality.yaml',
			from: '    evidence: Flaky test count in the area down to zero.\n',
			to: '',
			problem:
				'levels.engineer.evidence: "evidence" is missing or empty. Add evidence: one example of what someone could show.',
		},
		{
			case: 'names a playbook that does not exist and the page it probably meant',
			file: 'content/ladder/competencies/pairing.yaml',
			from: 'playbooks: [guides/pairing]',
			to: 'playbooks: [guides/paring]',
			problem:
				'levels.associate.playbooks[0]: There is no page "guides/paring" (content/docs/guides/paring.mdx). Did you mean "guides/pairing"?',
		},
		{
			case: 'names the playbook file and its skills field when a skill is not in the ladder',
			file: 'content/docs/guides/pairing.mdx',
			from: 'skills: [pairing, shipping]',
			to: 'skills: [pairing, shiping]',
			problem:
				'content/docs/guides/pairing.mdx\n  - line 6, skills[1]: "shiping" is not a competency of the ladder. Did you mean "shipping"? Use one of "shipping", "quality", "pairing", "hiring", or add content/ladder/competencies/shiping.yaml.',
		},
		{
			case: 'rejects a behavior that grows out of one at the same or a later level',
			file: 'content/ladder/competencies/shipping.yaml',
			from: 'grows: ship-small-changes',
			to: 'grows: ship-release-platform',
			problem:
				'levels.engineer.behaviors[0].grows: "ship-release-platform" is at the level "principal", which is not earlier than "engineer". Name a behavior of "Shipping" at an earlier level ("ship-small-changes"), or remove grows.',
		},
		{
			case: 'rejects two levels with the same order',
			file: 'content/ladder/ladder.yaml',
			from: 'order: 20',
			to: 'order: 10',
			problem:
				'levels[2].order: The order 10 is also the order of the level "associate". Give each level a different order.',
		},
	])('$case', ({ file, from, to, problem }) => {
		const root = forkWith({ [file]: (t) => t.replace(from, to) });
		expect(problemsOf(() => loadLadder(root))).toContain(problem);
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
