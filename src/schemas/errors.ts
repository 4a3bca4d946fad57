/**
 * Turns schema failures into build errors a non-programmer can act on:
 * the file, the path inside it, what is wrong and how to fix it.
 */
import type { z } from 'astro/zod';

/** Renders a path such as `competencies[3].levels.senior`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out || '(top level)';
}

/** One readable line per issue, headed by the file name. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
	const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
	return `${file} has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}:\n${lines.join('\n')}`;
}
