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

	it('shows Lighthouse medians beside plain Starlight’s, a dash where it has no such page, and what fell short', () => {
		const audit = (performance: number, shift: number) => ({
			url: 'http://x/',
			runs: 3,
			scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
			layoutShift: shift,
			totalBlockingMs: 120,
			shortfalls: performance < 1 ? ['performance: cumulative-layout-shift (0.34) 0.334'] : [],
		});
		const text = formatReport({
			...base,
			lighthouse: {
				home: { page: 'index.html', threshold: audit(0.96, 0), starlight: audit(0.98, 0) },
				'search page': { page: 'search/index.html', threshold: audit(0.8, 0.334), starlight: null },
			},
		});
		expect(text).toContain('Lighthouse mobile, median of 3 runs');
		expect(text).toMatch(/home\s+0\.96 \/ 0\.98\s+1\.00 \/ 1\.00/);
		expect(text).toMatch(/search page\s+0\.80 \/ –.*0\.334 \/ –/);
		expect(text).toContain('search page: performance: cumulative-layout-shift (0.34) 0.334');
	});

	it('shows interaction medians with the slowest in brackets, and a dash where the site has no such island', () => {
		const summary = { count: 7, under16: 0, medianMs: 48, maxMs: 104 };
		const text = formatReport({
			...base,
			inp: {
				threshold: { 'checklist tick': { page: 'playbooks/x/index.html', summary } },
				starlight: { 'checklist tick': { page: null, summary: null } },
			},
		});
		expect(text).toMatch(/checklist tick\s+48 \(104\)\s+–\s+7\s+playbooks\/x\/index\.html/);
	});

	it('shows CPU seconds per 1,000 built pages at both sizes for the linearity build', () => {
		const summary = {
			pagesBuilt: 1050,
			medianSeconds: 30,
			medianCpuSeconds: 42,
			medianPeakRssMb: 1700,
			runs: [run],
		};
		const text = formatReport({
			...base,
			build: { threshold: summary },
			linear: { pages: 5000, runs: { threshold: { ...run, cpuSeconds: 210, pagesBuilt: 5050 } } },
		});
		expect(text).toMatch(/threshold\s+40\.0\s+41\.6\s+5\.0\s+4\.8/);
	});

	it('names a part that failed', () => {
		expect(formatReport({ ...base, errors: { lighthouse: 'Chromium did not start' } })).toContain(
			'lighthouse FAILED: Chromium did not start',
		);
	});
});
