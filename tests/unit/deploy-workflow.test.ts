import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}

const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
	jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
};
const steps = workflow.jobs.build.steps;

describe('the GitHub Pages workflow', () => {
	it('builds the site under the path GitHub Pages serves it from', () => {
		const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
		expect(pages?.id).toBe('pages');
		const build = steps.find((s) => s.run?.startsWith('npm run build'));
		expect(build?.run).toContain('--base "${{ steps.pages.outputs.base_path }}/"');
		expect(steps.indexOf(build!)).toBeGreaterThan(steps.indexOf(pages!));
	});

	it('checks the content before it builds, and publishes only what it built', () => {
		const runs = steps.map((s) => s.run ?? '');
		expect(runs.indexOf('npm run test:unit')).toBeLessThan(
			runs.findIndex((r) => r.startsWith('npm run build')),
		);
		expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe(
			'dist',
		);
		expect(workflow.jobs.deploy.needs).toBe('build');
	});
});
