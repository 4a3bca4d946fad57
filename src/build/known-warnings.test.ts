import { describe, expect, it } from 'vitest';
import { quietKnownWarnings, type BundlerLog } from './known-warnings';

/** The logs `quietKnownWarnings` passes on to the build's output. */
function shown(logs: BundlerLog[]): BundlerLog[] {
	const out: BundlerLog[] = [];
	for (const log of logs) quietKnownWarnings('warn', log, (_level, passed) => out.push(passed));
	return out;
}

describe('the build output', () => {
	it('leaves out the head-inject directive warning Astro causes on every MDX page', () => {
		const noise = {
			code: 'MODULE_LEVEL_DIRECTIVE',
			message:
				'The semantics of the module level directive "use astro:head-inject" in "content/docs/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
		};
		expect(shown([noise, noise])).toEqual([]);
	});

	it('still shows a directive warning about anything else, and every other warning', () => {
		const client = {
			code: 'MODULE_LEVEL_DIRECTIVE',
			message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved.',
		};
		const circular = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' };
		const plain = { message: 'use astro:head-inject' };
		expect(shown([client, circular, plain])).toEqual([client, circular, plain]);
	});
});
