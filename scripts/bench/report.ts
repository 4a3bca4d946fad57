/** The bench's results (what .bench/results.json holds) and the tables it prints. */
import type { OwnJs, PageBytes } from './bytes.ts';
import { inpCell } from './event-timing.ts';
import type { InpResult } from './inp.ts';
import { describeComparison, type QueryComparison } from './ranking.ts';
import type { SearchBytes } from './search.ts';
import type { BuildRun } from './sites.ts';
import { fixed, formatTable, kb, pair, ratio } from './table.ts';
import { categories, type PageAudit } from '../support/lighthouse.ts';
import { budgets } from '../../src/config/budgets.ts';

/** One site's build figures: medians of its cold builds. */
export interface BuildSummary {
	pagesBuilt: number;
	medianSeconds: number;
	medianCpuSeconds: number;
	medianPeakRssMb: number;
	runs: BuildRun[];
}

/** Everything one run of the bench measured. */
export interface Results {
	date: string;
	pages: number;
	options: Record<string, unknown>;
	machine: {
		cores: number;
		cpu: string;
		memoryGb: number;
		loadAverageAtStart: number[];
		loadAverageAtEnd: number[];
	};
	versions: Record<string, string>;
	/** Site ("threshold", "threshold, plain pages", "starlight") → build figures. */
	build?: Record<string, BuildSummary>;
	/** One cold build per site at 5,000 playbooks (--linear). */
	linear?: { pages: number; runs: Record<string, BuildRun & { pagesBuilt: number }> };
	/** Template → bytes. */
	js?: Record<
		string,
		{ page: string; ours: OwnJs | null; threshold: PageBytes | null; starlight: PageBytes | null }
	>;
	/** Plain Starlight's heaviest page chrome, gzip B: the reference of the chrome budget. */
	plainChromeGzip?: number;
	/** Site → scenario → interaction to next paint. */
	inp?: { threshold: Record<string, InpResult>; starlight: Record<string, InpResult> };
	/** Template → Lighthouse medians (null where plain Starlight has no such page). */
	lighthouse?: Record<string, { page: string; threshold: PageAudit; starlight: PageAudit | null }>;
	search?: {
		from: string;
		firstSearch: { threshold: SearchBytes; starlight: SearchBytes };
		/** Query → top result addresses. */
		top: { threshold: Record<string, string[]>; starlight: Record<string, string[]> };
		sameAsStarlight: QueryComparison[];
		sameAsBefore: { date: string; queries: QueryComparison[] } | null;
	};
	/** Part → why it failed, where one did. */
	errors?: Record<string, string>;
	seconds?: number;
}

/** "checklist 4.3 + copy-link 2.1" (kB gzip at load). */
export function islandsCell(ours: OwnJs | null | undefined): string {
	if (!ours) return '–';
	const parts = Object.entries(ours.islands).map(([name, bytes]) => `${name} ${kb(bytes)}`);
	return parts.length > 0 ? parts.join(' + ') : 'none';
}

/** The report as text: a heading and a table per part that ran. */
export function formatReport(results: Results): string {
	const out: string[] = [];
	const { machine, versions } = results;
	out.push(
		`Bench ${results.date.slice(0, 16).replace('T', ' ')} UTC, ${results.pages} synthetic playbooks; ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB;` +
			` load ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end`,
		`  ${Object.entries(versions)
			.map(([name, value]) => `${name} ${value}`)
			.join(', ')}`,
	);
	if (results.build) {
		const base = results.build['starlight'];
		out.push('', 'Build, medians of cold builds (ratio: to plain Starlight)');
		out.push(
			formatTable(
				['site', 'pages', 'wall s', 'CPU s', 'peak MB', 'ratio wall', 'ratio CPU', 'ratio memory'],
				Object.entries(results.build).map(([site, b]) => [
					site,
					String(b.pagesBuilt),
					fixed(b.medianSeconds, 1),
					fixed(b.medianCpuSeconds, 1),
					String(b.medianPeakRssMb),
					fixed(ratio(b.medianSeconds, base?.medianSeconds)),
					fixed(ratio(b.medianCpuSeconds, base?.medianCpuSeconds)),
					fixed(ratio(b.medianPeakRssMb, base?.medianPeakRssMb)),
				]),
			),
		);
	}
	if (results.linear && results.build) {
		const { linear, build } = results;
		out.push('', `Linearity: one build at ${linear.pages} playbooks, CPU s per 1,000 built pages`);
		out.push(
			formatTable(
				['site', `at ${results.pages}`, `at ${linear.pages}`, 'CPU growth', 'page growth'],
				Object.entries(linear.runs).map(([site, run]) => {
					const at = build[site];
					return [
						site,
						fixed(ratio(at?.medianCpuSeconds, (at?.pagesBuilt ?? 0) / 1000), 1),
						fixed(ratio(run.cpuSeconds, run.pagesBuilt / 1000), 1),
						fixed(ratio(run.cpuSeconds, at?.medianCpuSeconds), 1),
						fixed(ratio(run.pagesBuilt, at?.pagesBuilt), 1),
					];
				}),
			),
		);
	}
	if (results.js) {
		out.push(
			'',
			'JS per template, kB gzip: ours at load (the islands, section links included); all JS Threshold / plain Starlight',
		);
		out.push(
			formatTable(
				[
					'template',
					'ours at load',
					'ours on first use',
					'JS at load',
					'JS on demand',
					'HTML',
					'CSS',
					'page',
				],
				Object.entries(results.js).map(([name, row]) => [
					name,
					kb(row.ours?.atLoad),
					kb(row.ours?.onDemand),
					pair(row.threshold?.js, row.starlight?.js, kb),
					pair(row.threshold?.jsOnDemand, row.starlight?.jsOnDemand, kb),
					pair(row.threshold?.html, row.starlight?.html, kb),
					pair(row.threshold?.css, row.starlight?.css, kb),
					row.page,
				]),
			),
		);
	}
	if (results.plainChromeGzip !== undefined) {
		out.push(
			`  plain Starlight's heaviest page chrome: ${results.plainChromeGzip} B gzip (src/config/budgets.ts has starlightChromeGzip: ${budgets.starlightChromeGzip})`,
		);
	}
	if (results.inp) {
		const { threshold, starlight } = results.inp;
		out.push(
			'',
			'Interaction to next paint at 4× CPU throttle, ms: median (slowest) of the interactions, Threshold / plain Starlight',
		);
		const cell = (r: InpResult | undefined) =>
			r?.summary ? `${inpCell(r.summary)} (${Math.round(r.summary.maxMs)})` : '–';
		out.push(
			formatTable(
				['interaction', 'Threshold', 'Starlight', 'n', 'page'],
				Object.keys(threshold).map((name) => [
					name,
					cell(threshold[name]),
					cell(starlight[name]),
					String(threshold[name]?.summary?.count ?? '–'),
					threshold[name]?.page ?? '–',
				]),
			),
		);
	}
	if (results.lighthouse) {
		const first = Object.values(results.lighthouse)[0];
		out.push(
			'',
			`Lighthouse mobile, median of ${first?.threshold.runs ?? '?'} runs: Threshold / plain Starlight (– where it has no such page)`,
		);
		out.push(
			formatTable(
				['template', ...categories, 'layout shift', 'blocking ms'],
				Object.entries(results.lighthouse).map(([name, row]) => [
					name,
					...categories.map((c) => pair(row.threshold.scores[c], row.starlight?.scores[c], fixed)),
					pair(row.threshold.layoutShift, row.starlight?.layoutShift, (v) => fixed(v, 3)),
					pair(row.threshold.totalBlockingMs, row.starlight?.totalBlockingMs, (v) => fixed(v, 0)),
				]),
			),
		);
		for (const [name, row] of Object.entries(results.lighthouse)) {
			if (row.threshold.shortfalls.length > 0) out.push(`  ${name}: ${row.threshold.shortfalls.join('; ')}`);
		}
	}
	if (results.search) {
		const { firstSearch, sameAsStarlight, sameAsBefore } = results.search;
		out.push(
			'',
			`First search for "${firstSearch.threshold.query}" from ${results.search.from}, kB (gzip): Threshold / plain Starlight`,
		);
		const kinds = [
			...new Set([...Object.keys(firstSearch.threshold.files), ...Object.keys(firstSearch.starlight.files)]),
		].sort();
		out.push(
			formatTable(
				['file', 'kB', 'files'],
				[
					...kinds.map((kind) => [
						kind,
						pair(firstSearch.threshold.files[kind]?.bytes, firstSearch.starlight.files[kind]?.bytes, kb),
						pair(
							firstSearch.threshold.files[kind]?.count ?? 0,
							firstSearch.starlight.files[kind]?.count ?? 0,
							String,
						),
					]),
					['total', pair(firstSearch.threshold.total, firstSearch.starlight.total, kb), ''],
				],
			),
		);
		out.push(
			`  top results of the ten fixed queries, against plain Starlight: ${describeComparison(sameAsStarlight)}`,
		);
		out.push(
			sameAsBefore
				? `  against the last results at ${results.pages} pages (${sameAsBefore.date}): ${describeComparison(sameAsBefore.queries)}`
				: `  no earlier results at ${results.pages} pages to compare with`,
		);
	}
	for (const [name, error] of Object.entries(results.errors ?? {})) out.push('', `${name} FAILED: ${error}`);
	return out.join('\n');
}

/** Prints the report. */
export function printReport(results: Results): void {
	console.log(`\n${formatReport(results)}`);
}
