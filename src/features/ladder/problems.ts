/**
 * Mistakes in a team's ladder, reported together: each with the file, the line, the path
 * inside the file (`levels.senior.behaviors[1].id`), what is wrong and how to fix it.
 */
import { formatPath } from '../../schemas/errors';
import type { LadderProblem } from './types';

/** All the mistakes found, as one error whose message lists them by file. */
export class LadderError extends Error {
	readonly problems: LadderProblem[];
	constructor(problems: LadderProblem[]) {
		super(formatProblems(problems));
		this.name = 'LadderError';
		this.problems = problems;
	}
}

/** The readable report of every problem, grouped by file. */
export function formatProblems(problems: readonly LadderProblem[]): string {
	const byFile = new Map<string, LadderProblem[]>();
	for (const problem of problems) {
		const list = byFile.get(problem.file) ?? [];
		list.push(problem);
		byFile.set(problem.file, list);
	}
	const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
	const sections = [...byFile].map(([file, list]) => {
		const lines = list.map((p) => {
			const where = [p.line ? `line ${p.line}` : '', p.path.length ? formatPath(p.path) : '']
				.filter(Boolean)
				.join(', ');
			return `  - ${where ? `${where}: ` : ''}${p.message}`;
		});
		return `${file}\n${lines.join('\n')}`;
	});
	return `The ladder has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and build again.\n\n${sections.join('\n\n')}`;
}
