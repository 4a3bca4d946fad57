import { describe, expect, it } from 'vitest';
import { checkBankTags } from './bank-tags';
import { loadLadder, readBankFiles } from './load';

// Another team's ladder (competencies shipping, quality, pairing, hiring), so these tests
// check the rule, not this site's ids.
const ladder = loadLadder('tests/fixtures/fork');
const file = 'content/banks/one-on-one.yaml';
const check = (text: string) =>
	checkBankTags([{ file, text }], ladder).map((p) => `${p.file}:${p.line} ${p.message}`);

const bank = (tags: string) => `title: Questions
groups:
  - id: growth
    label: Growth
    questions:
      - id: growth-first
        text: "What did you ship?"
      - id: growth-tagged
        text: "What did you test?"
        competencies: ${tags}
`;

describe('checkBankTags', () => {
	it('accepts questions without tags and tags that name the ladder’s competencies', () => {
		expect(check(bank('[shipping, quality]'))).toEqual([]);
	});

	it('names the file, line, question and field of an unknown id, the nearest id and the ids to use', () => {
		const [problem, ...rest] = check(bank('[shiping]'));
		expect(rest).toEqual([]);
		expect(problem).toContain(
			`${file}:10 The question "growth-tagged" names the competency "shiping" under competencies:`,
		);
		expect(problem).toContain('Did you mean "shipping"?');
		expect(problem).toMatch(/Use one of "[a-z-]+"(, "[a-z-]+")*, or remove it\.$/);
	});

	it('lists every unknown id, and says what to write when the tags are not a list', () => {
		expect(check(bank('[zzz, quality, yyy]'))).toHaveLength(2);
		expect(check(bank('shipping'))[0]).toContain('has competencies: that is not a list');
	});

	it('finds no problem in the banks this site ships, checked against its own ladder', () => {
		expect(checkBankTags(readBankFiles(), loadLadder())).toEqual([]);
	});
});
