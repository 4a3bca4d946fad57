/**
 * Builds a fork of this site for tests: the project's code, unchanged, with another
 * team's `content/` (a fixture under tests/fixtures/). This is what a team gets when it
 * forks the repository and replaces the content, so a passing build proves the fork path.
 * Forks are built in `.forks/` (ignored by git and TypeScript) and deleted afterwards.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');
/** Everything a fork keeps from this project: the code, not the content. */
const code = ['src', 'public', 'astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json'];

/** Node 24 from the project's devDependency when present: Astro needs Node 22.12 or newer. */
const node = existsSync(join(project, 'node_modules/.bin/node'))
	? join(project, 'node_modules/.bin/node')
	: process.execPath;
const astro = join(project, 'node_modules/astro/bin/astro.mjs');

/**
 * A new directory holding a fork: this project's code plus `fixture`'s content (and this
 * project's words, when the fixture has none), with `edits` applied to files in it
 * (`path` → function of the old text, "" for a new file).
 */
export function prepareFork(fixture: string, edits: Record<string, (text: string) => string> = {}): string {
	// Inside the project, so packages resolve from its node_modules (a symlinked
	// node_modules confuses Astro about which files are its own).
	mkdirSync(join(project, '.forks'), { recursive: true });
	const dir = mkdtempSync(join(project, '.forks', 'fork-'));
	for (const entry of code) cpSync(join(project, entry), join(dir, entry), { recursive: true });
	cpSync(join(project, fixture, 'content'), join(dir, 'content'), { recursive: true });
	// A fork starts as a copy of the whole repository: the words in content/i18n come along
	// unless the team replaced them (a fixture in another language has its own).
	if (!existsSync(join(dir, 'content/i18n')))
		cpSync(join(project, 'content/i18n'), join(dir, 'content/i18n'), { recursive: true });
	for (const [file, edit] of Object.entries(edits)) {
		const path = join(dir, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
	}
	return dir;
}

/** Environment variables that make `buildFork` act as `npm run anchors:update` (a fork's first build). */
export const anchorsUpdate = { npm_lifecycle_event: 'anchors:update' };

/**
 * Runs `astro build` in `dir` (with `env` added); resolves to its exit code and everything it
 * printed. Asynchronous, so a test can run independent builds side by side.
 */
export function buildFork(
	dir: string,
	args: string[] = [],
	env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
	const child = spawn(node, [astro, 'build', ...args], {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		timeout: 180_000,
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((done) => child.on('close', (status) => done({ status, output })));
}

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

/**
 * Serves a built fork's `dist/` under `base` on a free port, the way GitHub Pages would:
 * only paths under the base exist. Returns the origin and a function that stops it.
 */
export async function serveFork(
	dir: string,
	base: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
	const root = join(dir, 'dist');
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = path.startsWith(base) ? join(root, path.slice(base.length)) : '';
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file || !file.startsWith(root) || !existsSync(file)) {
			response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
			return;
		}
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	await new Promise<void>((ready) => server.listen(0, 'localhost', ready));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://localhost:${port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/** Deletes a fork directory. */
export function removeFork(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
