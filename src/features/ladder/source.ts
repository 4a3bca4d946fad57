/**
 * YAML with line numbers: the ladder's files parsed so that every problem can name the
 * line it is on, even for a field that is missing.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { LadderProblem, SourceFile } from './types';

/** A parsed YAML file, with the line of any path inside it. */
export interface Parsed {
	file: string;
	data: unknown;
	lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Parses a file's YAML, or records why it is not valid YAML and returns null. */
export function parseYaml(source: SourceFile, problems: LadderProblem[]): Parsed | null {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(source.text, { lineCounter });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const first = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
			problems.push({
				file: source.file,
				path: [],
				line: error.linePos?.[0].line,
				message: `This is not valid YAML (${first}). Check the indentation and that text containing ": " is in quotes.`,
			});
		}
		return null;
	}
	const lineOf = (path: readonly (string | number)[]) => {
		// A missing field has no node: report the line of the nearest thing that exists.
		for (let n = path.length; n >= 0; n--) {
			const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
		}
		return undefined;
	};
	return { file: source.file, data: doc.toJS(), lineOf };
}
