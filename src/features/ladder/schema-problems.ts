/**
 * Schema mismatches in a ladder file, in words a team can act on: an unknown field with
 * the field it was probably meant to be, a missing field with what to write, a list
 * written as plain text.
 */
import type { z } from 'astro/zod';
import { closest, quoteList } from '../../build/suggest';
import { knownFields, missingFieldHints, wrongTypeHints } from '../../schemas/ladder';
import type { Parsed } from './source';
import type { LadderProblem } from './types';

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** Which kind of object sits at `path` in a file, for listing the fields it accepts. */
function fieldKind(fileKind: 'ladder' | 'competency', path: readonly PropertyKey[]): string {
	if (fileKind === 'ladder') {
		if (path[0] === 'levels') return 'level';
		if (path[0] === 'groups') return 'group';
		if (path[0] === 'history') return 'history';
		return 'ladder';
	}
	if (path[0] !== 'levels' || path.length < 2) return 'competency';
	if (path[2] === 'behaviors' && path.length >= 4) return 'behavior';
	return 'competencyLevel';
}

/** One or more readable problems for a schema issue, with the fix. */
function describeIssue(
	issue: z.core.$ZodIssue,
	data: unknown,
	fileKind: 'ladder' | 'competency',
): { path: (string | number)[]; message: string }[] {
	const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
	if (issue.code === 'unrecognized_keys') {
		const known = knownFields[fieldKind(fileKind, path)] ?? [];
		return issue.keys.map((key) => {
			const guess = closest(key, known);
			return {
				path: [...path, key],
				message: `"${key}" is not a field here. ${guess ? `Did you mean "${guess}"? ` : ''}The fields are ${quoteList(known)}.`,
			};
		});
	}
	if (issue.code === 'invalid_type') {
		const value = getAt(data, issue.path);
		const field = String(path.at(-1) ?? '');
		if (value === undefined || value === null) {
			const hint = missingFieldHints[field] ?? `Add ${field}.`;
			return [{ path, message: `${field ? `"${field}"` : 'This'} is missing or empty. ${hint}` }];
		}
		// A fraction where a whole number belongs: the schema's own message says what to write.
		if (issue.expected === 'int' && typeof value === 'number') return [{ path, message: issue.message }];
		const found = Array.isArray(value)
			? 'a list'
			: typeof value === 'object'
				? 'a set of fields'
				: typeof value;
		const wanted =
			issue.expected === 'array'
				? 'a list (lines starting with "- ")'
				: issue.expected === 'object' || issue.expected === 'record'
					? 'a set of fields (name: value lines, indented)'
					: issue.expected === 'number'
						? 'a number'
						: issue.expected === 'string'
							? 'text'
							: issue.expected;
		const hint = wrongTypeHints[field];
		return [{ path, message: `Expected ${wanted} here, but found ${found}.${hint ? ` ${hint}` : ''}` }];
	}
	return [{ path, message: issue.message }];
}

/** The file's data if it matches `schema`; otherwise records each mismatch as a problem and returns null. */
export function matchSchema<T>(
	parsed: Parsed,
	schema: z.ZodType<T>,
	fileKind: 'ladder' | 'competency',
	problems: LadderProblem[],
): T | null {
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		for (const { path, message } of describeIssue(issue, parsed.data, fileKind)) {
			problems.push({ file: parsed.file, path, line: parsed.lineOf(path), message });
		}
	}
	return null;
}
