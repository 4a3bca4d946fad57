import { describe, expect, it } from 'vitest';
import { loadLadder, readLadderRefs } from './load';
import { LadderError } from './problems';
import { checkLadderRefs, competencyFor, findLadderRefs, frameworkRows } from './spine';

// Another team's ladder (competencies shipping, quality, pairing, hiring), so these tests
// check the rules, not this site's ids.
const ladder = loadLadder('tests/fixtures/fork');
const file = 'content/docs/guides/x.mdx';
const refs = (text: string) => findLadderRefs(file, 'guides/x', text);
const messages = (text: string) => checkLadderRefs(refs(text), ladder).map((p) => `${p.line}: ${p.message}`);

const page = `# Title

## Check yourself

- Shipping well [ladder: shipping, quality]
  - [ ] You ship behind flags. [ladder: ship-behind-flags] [#flags]
  - [ ] You test. [#test] [ladder: quality]
- [ ] A task outside any group. [ladder: pairing]

\`\`\`md
- [ ] An example in a code block. [ladder: not-checked]
\`\`\`

<LadderGroup id="delivery" anchor="delivery-skills" />

<LadderSkill id="shipping" anchor="shipping-well">
Prose.
</LadderSkill>

## Pairing

<CompetencyLinks ids="pairing, shipping" />
`;

describe('findLadderRefs', () => {
	it('finds checklist markers, ladder headings and competency links, with their lines and sections', () => {
		expect(
			refs(page).map(({ line, kind, ids, label, anchor, listGroup, inGroup }) => ({
				line,
				kind,
				ids,
				label,
				anchor,
				listGroup,
				inGroup,
			})),
		).toEqual([
			{
				line: 5,
				kind: 'checklist-group',
				ids: ['shipping', 'quality'],
				label: 'Shipping well',
				anchor: 'check-yourself',
				listGroup: undefined,
				inGroup: undefined,
			},
			{
				line: 6,
				kind: 'checklist-item',
				ids: ['ship-behind-flags'],
				label: 'You ship behind flags.',
				anchor: 'check-yourself',
				listGroup: 'Shipping well',
				inGroup: undefined,
			},
			{
				line: 7,
				kind: 'checklist-item',
				ids: ['quality'],
				label: 'You test.',
				anchor: 'check-yourself',
				listGroup: 'Shipping well',
				inGroup: undefined,
			},
			{
				line: 8,
				kind: 'checklist-item',
				ids: ['pairing'],
				label: 'A task outside any group.',
				anchor: 'check-yourself',
				listGroup: undefined,
				inGroup: undefined,
			},
			{
				line: 14,
				kind: 'group',
				ids: ['delivery'],
				label: '',
				anchor: 'delivery-skills',
				listGroup: undefined,
				inGroup: undefined,
			},
			{
				line: 16,
				kind: 'section',
				ids: ['shipping'],
				label: '',
				anchor: 'shipping-well',
				listGroup: undefined,
				inGroup: 'delivery',
			},
			{
				line: 22,
				kind: 'links',
				ids: ['pairing', 'shipping'],
				label: 'Pairing',
				anchor: 'pairing',
				listGroup: undefined,
				inGroup: undefined,
			},
		]);
	});

	it('remembers the Markdown heading before each ladder heading, and its level', () => {
		const [group, skill] = refs(
			'## Before\n\n<LadderGroup id="delivery" level="3" />\n<LadderSkill id="quality" />',
		).filter((r) => r.kind === 'group' || r.kind === 'section');
		expect(group).toMatchObject({ after: 'before', depth: 3, anchor: 'delivery' });
		expect(skill).toMatchObject({ after: 'before', depth: 3, anchor: 'quality', inGroup: 'delivery' });
	});

	it('ignores a marker or a component shown in inline code, as a guide explaining them does', () => {
		const text =
			'A line can end with `[ladder: ownership]`; a section is a `<LadderSkill id="…">` under `<LadderGroup id="…">`, with `<CompetencyLinks ids="…">`.\n\n<CompetencyLinks ids="pairing" />';
		expect(refs(text).map((r) => [r.kind, r.ids])).toEqual([['links', ['pairing']]]);
	});
});

describe('checkLadderRefs', () => {
	it('accepts competencies everywhere and behaviors on checklist items', () => {
		expect(messages(page)).toEqual([]);
	});

	it('names the item, the unknown id, the nearest real id and the fix', () => {
		const [message] = messages('- Group [ladder: shipping]\n  - [ ] You ship. [ladder: shiping] [#ship]');
		expect(message).toMatch(
			/^2: The checklist item "You ship\." names "shiping", which is not a competency or a behavior/,
		);
		expect(message).toContain('Did you mean "shipping"?');
		expect(message).toContain('End the item with [ladder: id]');
	});

	it('lists the ladder ids when no id is close', () => {
		const [message] = messages('- Reviews [ladder: code-review]\n  - [ ] x');
		expect(message).toContain('The checklist group "Reviews" names "code-review"');
		expect(message).not.toContain('Did you mean');
		for (const id of ['shipping', 'quality', 'pairing', 'hiring']) expect(message).toContain(`"${id}"`);
	});

	it('does not accept a behavior where a competency is needed', () => {
		expect(messages('- Group [ladder: ship-behind-flags]\n  - [ ] x')).toHaveLength(1);
		expect(messages('<LadderSkill id="ship-behind-flags">')).toHaveLength(1);
		expect(messages('<CompetencyLinks ids="ship-behind-flags" />')).toHaveLength(1);
	});

	it('reports every unknown id in a list, and a marker or component with no id', () => {
		expect(messages('<CompetencyLinks ids="shipping nope never" />')).toHaveLength(2);
		expect(messages('- [ ] Empty marker. [ladder: ]')[0]).toContain('names no ladder id');
		expect(messages('<LadderSkill anchor="x">')[0]).toContain('<LadderSkill> names no ladder id');
	});

	it("checks a group against the ladder's groups, and each skill against the group it sits under", () => {
		expect(messages('<LadderGroup id="delivry" />')[0]).toContain('Did you mean "delivery"?');
		const [message] = messages('<LadderGroup id="community" />\n<LadderSkill id="shipping">');
		expect(message).toContain('<LadderSkill id="shipping"> sits under <LadderGroup id="community">');
		expect(message).toContain('Move the section under <LadderGroup id="delivery">');
		// A Markdown heading of level 2 ends the group.
		expect(messages('<LadderGroup id="community" />\n## Other\n<LadderSkill id="shipping">')).toEqual([]);
	});

	it('reports every problem of a page by file and line, as one ladder error', () => {
		const problems = checkLadderRefs(refs('- [ ] a [ladder: nope]\n- [ ] b [ladder: nada]'), ladder);
		const { message } = new LadderError(problems);
		expect(message).toContain(`${file}\n  - line 1: The checklist item "a" names "nope"`);
		expect(message).toContain('  - line 2: The checklist item "b" names "nada"');
	});
});

describe('frameworkRows', () => {
	it('gives each competency, in ladder order, the sections of each page that name it', () => {
		const rows = frameworkRows(ladder, refs(page), ['guides/x', 'guides/none']);
		expect(rows.map((r) => r.competency)).toEqual(ladder.competencies.map((c) => c.id));
		const cells = Object.fromEntries(rows.map((r) => [r.competency, r.cells]));
		// Items show as their group; a behavior counts for its competency; a section by the competency's name.
		expect(cells['shipping']![0]).toEqual([
			{ label: 'Shipping well', anchor: 'check-yourself' },
			{ label: 'Shipping', anchor: 'shipping-well' },
			{ label: 'Pairing', anchor: 'pairing' },
		]);
		expect(cells['pairing']![0]).toEqual([
			{ label: 'A task outside any group.', anchor: 'check-yourself' },
			{ label: 'Pairing', anchor: 'pairing' },
		]);
		expect(cells['hiring']).toEqual([[], []]);
	});

	it("reads the fixture fork's pages", () => {
		const rows = frameworkRows(ladder, readLadderRefs('tests/fixtures/fork'), ['guides/growth']);
		expect(rows.find((r) => r.competency === 'quality')!.cells[0]!.map((c) => c.label)).toEqual([
			'Shipping well',
			'Quality',
		]);
	});
});

describe('competencyFor', () => {
	it('finds a competency, or says which id was meant', () => {
		expect(competencyFor(ladder, 'pairing', 'LadderSkill').name).toBe('Pairing');
		expect(() => competencyFor(ladder, 'pairng', 'LadderSkill')).toThrow(
			/<LadderSkill> names "pairng", which is not a competency of the ladder\. Did you mean "pairing"\?/,
		);
	});
});
