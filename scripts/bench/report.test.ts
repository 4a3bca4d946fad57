import { describe, expect, it } from 'vitest';
import { formatReport, islandsCell, type Results } from './report';

const base: Results = {
	date: '2026-11-30T13:00:00.000Z',
	pages: 1000,
	options: {},
	machine: { cores: 2, cpu: 'Test CPU', memoryGb: 8, loadAverageAtStart: [1.5], loadAverageAtEnd: [2] },
	versions: { astro: '7.3.5' },
};
const run = { seconds: 30, cpuSeconds: 40, peakRssMb: 1700 };

describe('islandsCell', () => {
	it('lists each island with its kB at load, or says none', () => {
		expect(islandsCell({ atLoad: 6554, onDemand: 0, islands: { checklist: 4403, 'copy-link': 2151 } })).toBe(
			'checklist 4.3 + copy-link 2.1',
		);
		expect(islandsCell({ atLoad: 0, onDemand: 0, islands: {} })).toBe('none');
	});
});

describe('formatReport', () => {
	it('heads the report with the date, pages, machine, load and versions', () => {
		const text = formatReport(base);
		expect(text).toContain('Bench 2026-11-30 13:00 UTC, 1000 synthetic playbooks; 2 × Test CPU, 8 GB');
		expect(text).toContain('load 1.5 at start, 2 at end');
		expect(text).toContain('astro 7.3.5');
	});

	it('shows each site’s build beside plain Starlight’s as ratios', () => {
		const summary = (cpu: number) => ({
			pagesBuilt: 1050,
			medianSeconds: 30,
			medianCpuSeconds: cpu,
			medianPeakRssMb: 1700,
			runs: [run],
		});
		const text = formatReport({ ...base, build: { threshold: summary(44), starlight: summary(40) } });
		expect(text).toMatch(/threshold\s+1050\s+30\.0\s+44\.0\s+1700\s+1\.00\s+1\.10\s+1\.00/);
	});

	it('prints only the parts that ran', () => {
		expect(formatReport(base)).not.toContain('Lighthouse');
		expect(formatReport(base)).not.toContain('First search');
	});
});
