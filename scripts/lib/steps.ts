/**
 * Runs npm scripts as a plan of stages: each stage is lanes run side by side, each lane steps
 * run one after another. A failed step ends its lane; the other lanes of the stage finish (so
 * every failure of the stage is shown) and no later stage starts.
 */
import { spawn } from 'node:child_process';

/** Stages in order; a stage is lanes run at once; a lane is step names run in order. */
export type Plan = string[][][];

/** How one step ended: its exit code (null when killed by a signal) and the seconds it took. */
export interface StepResult {
	name: string;
	status: number | null;
	seconds: number;
}

/** Runs step `name`; resolves to its exit code and, unless `stream` (print as it goes), its output. */
export type StepRunner = (
	name: string,
	stream: boolean,
) => Promise<{ status: number | null; output: string }>;

/** A runner for npm scripts: `npm run <name>` with the npm that runs this script. */
export function npmRunner(env: NodeJS.ProcessEnv = process.env): StepRunner {
	const npm = env['npm_execpath'];
	return (name, stream) => {
		// Through the npm that started us when there is one: portable, and the same Node.
		const [command, args] = npm ? [process.execPath, [npm, 'run', name]] : ['npm', ['run', name]];
		const child = spawn(command, args, {
			env,
			stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			shell: !npm && process.platform === 'win32',
		});
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		return new Promise((done) => {
			child.on('error', (error) => done({ status: 1, output: `${output}${error.message}\n` }));
			child.on('close', (status) => done({ status, output }));
		});
	};
}

/** "lint 20.5 s", or "lint FAILED (exit 1) after 20.5 s". */
export function describeStep({ name, status, seconds }: StepResult): string {
	const time = `${seconds.toFixed(1)} s`;
	return status === 0 ? `${name} ${time}` : `${name} FAILED (exit ${status ?? 'signal'}) after ${time}`;
}

/** The closing lines: each step that ran and its time, then the steps that failed, if any. */
export function summary(results: StepResult[], seconds: number): string {
	const failed = results.filter((r) => r.status !== 0).map((r) => r.name);
	const lines = results.map((r) => `  ${describeStep(r)}`);
	const verdict = failed.length
		? `npm test failed: ${failed.join(', ')} (output above, under "── ${failed[0]}")`
		: 'npm test passed';
	return [`steps (${seconds.toFixed(1)} s in all):`, ...lines, verdict].join('\n');
}

/**
 * Runs `plan`, printing each step's output under a heading with its name when it ends (a
 * stage of one step prints as it goes) and a summary at the end. Resolves to the results of
 * the steps that ran; the plan failed when any status is not 0.
 */
export async function runPlan(
	plan: Plan,
	run: StepRunner,
	print: (text: string) => void = (text) => process.stdout.write(text),
	now: () => number = () => performance.now(),
): Promise<StepResult[]> {
	const results: StepResult[] = [];
	const started = now();
	for (const stage of plan) {
		const alone = stage.length === 1 && stage[0]?.length === 1;
		await Promise.all(
			stage.map(async (lane) => {
				for (const name of lane) {
					const start = now();
					if (alone) print(`── ${name} ──\n`);
					const { status, output } = await run(name, alone);
					const result = { name, status, seconds: (now() - start) / 1000 };
					results.push(result);
					const tail = output && !output.endsWith('\n') ? '\n' : '';
					print(
						alone ? `── ${describeStep(result)}\n\n` : `── ${describeStep(result)} ──\n${output}${tail}\n`,
					);
					if (status !== 0) return;
				}
			}),
		);
		if (results.some((r) => r.status !== 0)) break;
	}
	print(`${summary(results, (now() - started) / 1000)}\n`);
	return results;
}
