/**
 * `npm test`: every gate, with the independent ones side by side. Lint, the unit tests and
 * the build (then the size budgets and the type check, which read or rewrite what the build
 * made in .astro/) run at once; the browser tests run alone after them, since they need the
 * build and use both cores. Each step's output is printed whole under its name when it ends,
 * then each step's time; the exit code is 1 when any step failed, and the summary names it.
 *
 *   npm test
 */
import { npmRunner, runPlan, type Plan } from './lib/steps.ts';

const plan: Plan = [[['lint'], ['test:unit'], ['build', 'test:dist', 'check']], [['test:browser']]];

const results = await runPlan(plan, npmRunner());
process.exitCode = results.every((r) => r.status === 0) ? 0 : 1;
