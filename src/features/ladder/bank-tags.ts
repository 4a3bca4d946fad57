/**
 * The question banks' competency tags (`competencies: [ids]` on a question in
 * `content/banks/*.yaml`) checked against the ladder before anything is built, so a tag
 * naming a competency the ladder lacks (a typo, or a fork with another ladder) fails the
 * build with the file, the line, the question and the ids that would be accepted. The
 * tags are optional: a bank without them is valid. The bank's own shape is checked by its
 * schema (src/schemas/bank.ts); this reads only the tags.
 */
import { closest, quoteList } from '../../build/suggest';
import { parseYaml } from './source';
import type { Ladder, LadderProblem, SourceFile } from './types';

/** Where the banks live, relative to the project root. */
export const banksDir = 'content/banks';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
	typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** Every tag in `banks` that names no competency of `ladder`, with the nearest id and the fix. */
export function checkBankTags(banks: readonly SourceFile[], ladder: Ladder): LadderProblem[] {
	const ids = ladder.competencies.map((c) => c.id);
	const dir = ladder.file.replace(/ladder\.yaml$/, 'competencies/');
	const problems: LadderProblem[] = [];
	for (const source of banks) {
		// Invalid YAML is the bank schema's to report, with its own message.
		const parsed = parseYaml(source, []);
		if (!parsed) continue;
		list(record(parsed.data)['groups']).forEach((group, g) =>
			list(record(group)['questions']).forEach((question, q) => {
				const { id, competencies } = record(question);
				const path = ['groups', g, 'questions', q, 'competencies'];
				const at = (message: string, k?: number) =>
					problems.push({
						file: source.file,
						path: k === undefined ? path : [...path, k],
						line: parsed.lineOf(k === undefined ? path : [...path, k]),
						message,
					});
				const name = `The question "${typeof id === 'string' ? id : q + 1}"`;
				if (competencies === undefined) return;
				if (!Array.isArray(competencies)) {
					return at(
						`${name} has competencies: that is not a list. Write a list of competency ids, e.g. competencies: [${ids[0] ?? 'id'}], or remove the line.`,
					);
				}
				competencies.forEach((tag: unknown, k) => {
					if (typeof tag === 'string' && ids.includes(tag)) return;
					const guess = typeof tag === 'string' ? closest(tag, ids) : undefined;
					at(
						`${name} names the competency "${String(tag)}" under competencies:, which is not a competency of the ladder in ${dir}*.yaml. ` +
							`${guess ? `Did you mean "${guess}"? ` : ''}Use one of ${quoteList(ids)}, or remove it.`,
						k,
					);
				});
			}),
		);
	}
	return problems;
}
