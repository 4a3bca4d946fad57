/**
 * A fork built once for the tests of a `describe` block and served at the site root (or a
 * base path), the way
 * the browser tests of a whole fork use it (see `fork.ts`).
 */
import { expect, test } from '@playwright/test';
import { buildFork, prepareFork, removeFork, serveFork } from './fork';

/** A built fork: its directory and the origin it is served at (set before the first test). */
export interface ServedFork {
	dir: string;
	origin: string;
}

/**
 * Builds `fixture` before the block's tests (failing them with the build's output if it
 * fails) and serves it at `base` (`/` unless given); stops the server and deletes the fork
 * after them. `checkBuild` may assert more of what the build printed.
 */
export function servedFork(
	fixture: string,
	timeout = 240_000,
	options: { base?: string; checkBuild?: (output: string) => void } = {},
): ServedFork {
	const { base = '/', checkBuild } = options;
	const fork: ServedFork = { dir: '', origin: '' };
	let close: () => Promise<void> = async () => {};
	// eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from this pattern; the hook needs none.
	test.beforeAll(async ({}, testInfo) => {
		testInfo.setTimeout(timeout);
		fork.dir = prepareFork(fixture);
		const build = await buildFork(fork.dir, base === '/' ? [] : ['--base', base]);
		expect(build.status, build.output).toBe(0);
		checkBuild?.(build.output);
		let origin: string;
		({ origin, close } = await serveFork(fork.dir, base));
		fork.origin = origin;
	});
	test.afterAll(async () => {
		await close();
		if (fork.dir) removeFork(fork.dir);
	});
	return fork;
}
