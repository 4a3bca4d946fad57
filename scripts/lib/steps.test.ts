import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmRunner, runPlan, summary, type StepRunner } from './steps';

/** A runner whose steps fail when their name starts with "bad", recording what started. */
function fakeRunner(started: string[]): StepRunner {
	return async (name) => {
		started.push(name);
		await new Promise((done) => setTimeout(done, name.includes('slow') ? 20 : 0));
		return { status: name.startsWith('bad') ? 2 : 0, output: `output of ${name}` };
	};
}

async function run(plan: string[][][]) {
	const started: string[] = [];
	let printed = '';
	const results = await runPlan(plan, fakeRunner(started), (text) => (printed += text));
	return { started, printed, results };
}

describe('runPlan', () => {
	it('runs every step of a passing plan and prints each one’s output under its name', async () => {
		const { started, printed, results } = await run([[['a', 'b'], ['c']], [['d']]]);
		expect(started.sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(results.every((r) => r.status === 0)).toBe(true);
		expect(printed).toMatch(/── b \d+\.\d s ──\noutput of b\n/);
		expect(printed).toContain('npm test passed');
	});

	it('stops a failing lane and every later stage, but lets the other lanes finish', async () => {
		const { started, printed, results } = await run([
			[['bad-lint', 'after-lint'], ['slow-unit']],
			[['browser']],
		]);
		expect(started.sort()).toEqual(['bad-lint', 'slow-unit']);
		expect(results.map((r) => [r.name, r.status])).toEqual([
			['bad-lint', 2],
			['slow-unit', 0],
		]);
		expect(printed).toContain('── bad-lint FAILED (exit 2) after');
		expect(printed).toContain('npm test failed: bad-lint');
	});

	it('runs the steps of a lane one after another, in order', async () => {
		const order: string[] = [];
		const runner: StepRunner = async (name) => {
			order.push(`start ${name}`);
			await new Promise((done) => setTimeout(done, 5));
			order.push(`end ${name}`);
			return { status: 0, output: '' };
		};
		await runPlan([[['build', 'dist', 'check']]], runner, () => {});
		expect(order).toEqual(['start build', 'end build', 'start dist', 'end dist', 'start check', 'end check']);
	});
});

describe('summary', () => {
	it('lists each step with its time and names every failed step', () => {
		const text = summary(
			[
				{ name: 'lint', status: 1, seconds: 20.46 },
				{ name: 'test:unit', status: 0, seconds: 19.5 },
				{ name: 'check', status: null, seconds: 3 },
			],
			25,
		);
		expect(text).toBe(
			[
				'steps (25.0 s in all):',
				'  lint FAILED (exit 1) after 20.5 s',
				'  test:unit 19.5 s',
				'  check FAILED (exit signal) after 3.0 s',
				'npm test failed: lint, check (output above, under "── lint")',
			].join('\n'),
		);
	});
});

describe('npmRunner', () => {
	const dir = mkdtempSync(join(tmpdir(), 'steps-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	// Stands in for npm: `<npm> run <name>` prints the name and exits with the code in it.
	const npm = join(dir, 'npm.js');
	writeFileSync(
		npm,
		'const name = process.argv[3]; console.log(`ran ${name}`); process.exit(Number(name.split(":")[1]));',
	);

	it('runs the script through the npm in npm_execpath and returns its exit code and output', async () => {
		const run = npmRunner({ ...process.env, npm_execpath: npm });
		expect(await run('step:0', false)).toEqual({ status: 0, output: 'ran step:0\n' });
		expect(await run('step:3', false)).toEqual({ status: 3, output: 'ran step:3\n' });
	});
});
