/**
 * Copies of the fork fixture (`tests/fixtures/fork`, a small ladder of another team) with
 * edits applied, the way a team would change or break its own ladder, for unit tests.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { LadderError } from '../../src/features/ladder/problems';

/** The fork fixture's project root. */
export const forkFixture = 'tests/fixtures/fork';

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of the fork fixture with `edits` applied (removed after each test). */
export function forkWith(edits: Record<string, (text: string) => string>): string {
	const root = mkdtempSync(join(tmpdir(), 'ladder-'));
	temporary.push(root);
	cpSync(forkFixture, root, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(root, file);
		let before = '';
		try {
			before = readFileSync(path, 'utf8');
		} catch {
			// A new file.
		}
		const after = edit(before);
		if (after === before) throw new Error(`The edit to ${file} changed nothing; the test is wrong.`);
		writeFileSync(path, after);
	}
	return root;
}

/** The message of the `LadderError` that `load` throws, or a failure when it does not throw. */
export function problemsOf(load: () => unknown): string {
	try {
		load();
	} catch (error) {
		expect(error).toBeInstanceOf(LadderError);
		return (error as Error).message;
	}
	throw new Error('Expected the ladder to be rejected, but it loaded.');
}
