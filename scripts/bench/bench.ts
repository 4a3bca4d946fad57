/**
 * `npm run bench`: every performance figure of issue 16 in one run, beside plain Starlight's
 * (same Astro, Starlight and Pagefind, same site options, same pages): build time and memory
 * at N synthetic playbooks with a checklist each and as plain pages, our JS at load per
 * template, interaction to next paint at a 4× CPU throttle, Lighthouse mobile per template
 * (medians), and what a first search downloads with the top results of ten fixed queries.
 * Prints tables and writes .bench/results.json. Figures, not a test: nothing fails on a number.
 *
 *   npm run bench                               everything, 1,000 playbooks, 3 builds per site
 *   npm run bench -- --only build,search --pages 100 --runs 1
 *   npm run bench -- --only inp --pages 10 --interactions 9
 *   npm run bench -- --linear                   also builds each site once at 5,000 playbooks
 *   npm run bench -- --only build --pages 100 --linear-pages 500   the same at other sizes
 *   npm run bench -- --keep                     keeps the temporary sites, prints where
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchSlug, median } from './content.ts';
import { ownJs, pageBytes } from './bytes.ts';
import { measureInp } from './inp.ts';
import { parseOptions, parts, type Part } from './options.ts';
import { compareTopResults } from './ranking.ts';
import { printReport, type Results } from './report.ts';
import { searchBytes, topResults } from './search.ts';
import {
	addPlaybooks,
	build,
	builtPages,
	copyPagesToPlain,
	requireGnuTime,
	setUpPlain,
	setUpProject,
	type BuildRun,
} from './sites.ts';
import { findChromium } from '../../tests/support/chromium.ts';
import { pageChrome } from '../lib/chrome.ts';
import { startAuditor } from '../support/lighthouse.ts';
import { serve } from '../support/serve.ts';
import { buildFacts, templatePages, templateUrl } from '../support/templates.ts';

const options = parseOptions(process.argv.slice(2));
const { pages, only } = options;
const repo = resolve('.');
const load = () => loadavg().map((n) => Math.round(n * 10) / 10);
const started = Date.now();
if (only.has('build')) requireGnuTime();

const version = (name: string) =>
	(JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
		.version;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const results: Results = {
	date: new Date().toISOString(),
	pages,
	options: { ...options, only: [...only] },
	machine: {
		cores: cpus().length,
		cpu: cpus()[0]?.model ?? 'unknown',
		memoryGb: Math.round(totalmem() / 1024 ** 3),
		loadAverageAtStart: load(),
		loadAverageAtEnd: [],
	},
	versions: {
		commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`,
		node: process.version,
		astro: version('astro'),
		starlight: version('@astrojs/starlight'),
		pagefind: version('pagefind'),
		lighthouse: version('lighthouse'),
		// Debian's chromium wrapper script complains on stderr; the version is on stdout.
		chromium: execFileSync(findChromium(), ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim(),
	},
};

const work = mkdtempSync(join(tmpdir(), `threshold-bench-${pages}-`));
const dirs = {
	threshold: join(work, 'threshold'),
	'threshold, plain pages': join(work, 'threshold-plain-pages'),
	starlight: join(work, 'starlight'),
};
console.log(`bench: ${pages} synthetic playbooks, parts: ${[...only].join(', ')}, in ${work}`);
console.log(
	`  load average ${results.machine.loadAverageAtStart.join(' ')} on ${results.machine.cores} cores`,
);
setUpProject(dirs.threshold, pages, true);
setUpPlain(dirs.threshold, dirs.starlight);
const sites = only.has('build')
	? (Object.keys(dirs) as (keyof typeof dirs)[])
	: (['threshold', 'starlight'] as const);
if (only.has('build')) setUpProject(dirs['threshold, plain pages'], pages, false);

// ---------------------------------------------------------------------------------------
// Builds: every part needs both sites built; the build part times several cold builds.

const runs = only.has('build') ? options.runs : 1;
const runsOf: Record<string, BuildRun[]> = {};
for (let run = 0; run < runs; run++) {
	// Rotate which goes first, so none always gets the warmer disk cache.
	const order = [...sites.slice(run % sites.length), ...sites.slice(0, run % sites.length)];
	for (const site of order) {
		const result = build(dirs[site], site.replace(/\W+/g, '-'));
		(runsOf[site] ??= []).push(result);
		console.log(
			`  build ${run + 1} ${site.padEnd(22)} ${result.seconds.toFixed(1)} s, ${result.cpuSeconds.toFixed(1)} s CPU, ${result.peakRssMb} MB (load ${load()[0]})`,
		);
	}
}
if (only.has('build')) {
	results.build = {};
	for (const site of sites) {
		const list = runsOf[site] ?? [];
		results.build[site] = {
			pagesBuilt: builtPages(dirs[site]),
			medianSeconds: median(list.map((r) => r.seconds)),
			medianCpuSeconds: median(list.map((r) => r.cpuSeconds)),
			medianPeakRssMb: median(list.map((r) => r.peakRssMb)),
			runs: list,
		};
	}
}

const dist = { threshold: join(dirs.threshold, 'dist'), starlight: join(dirs.starlight, 'dist') };
const templates = templatePages(dirs.threshold, (file) => file.startsWith('bench/'));
templates['synthetic playbook'] = `${benchSlug(1)}/index.html`;

// A run of every part writes results.json; a run of some parts its own file, so it overwrites no full run.
const resultsFile = join(
	repo,
	'.bench',
	only.size === parts.length ? 'results.json' : `results-${[...only].join('-')}.json`,
);
// "As before": the last results at the same number of pages, read before this run overwrites them.
const earlier = [resultsFile, join(repo, '.bench', 'results.json')].find((file) => existsSync(file));
const previous = earlier ? (JSON.parse(readFileSync(earlier, 'utf8')) as Results) : null;

/** Writes what has been measured so far, so that a part that fails loses nothing else. */
function save(): void {
	results.machine.loadAverageAtEnd = load();
	results.seconds = Math.round((Date.now() - started) / 1000);
	mkdirSync(join(repo, '.bench'), { recursive: true });
	writeFileSync(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);
}

/** Runs one part; a failure is recorded and reported, and the other parts still run. */
async function part(name: Part, run: () => Promise<void> | void): Promise<void> {
	if (!only.has(name)) return;
	console.log(`  ${name}… (load ${load()[0]})`);
	try {
		await run();
	} catch (error) {
		console.error(
			`  ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
		);
		(results.errors ??= {})[name] = error instanceof Error ? error.message : String(error);
	}
	save();
}

await part('js', () => {
	const facts = buildFacts(dirs.threshold);
	results.js = {};
	for (const [name, page] of Object.entries(templates)) {
		results.js[name] = {
			page,
			ours: ownJs(dist.threshold, page, facts),
			threshold: pageBytes(dist.threshold, page),
			starlight: pageBytes(dist.starlight, page),
		};
	}
	// The chrome budget's reference (starlightChromeGzip): the heaviest chrome of plain Starlight's copies of this site's pages.
	results.plainChromeGzip = 0;
	for (const file of readdirSync(dist.starlight, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html') || file.startsWith('bench/') || file === '404.html') continue;
		const { gzip } = pageChrome(readFileSync(join(dist.starlight, file), 'utf8'));
		results.plainChromeGzip = Math.max(results.plainChromeGzip, gzip);
	}
});

await part('inp', async () => {
	results.inp = {
		threshold: await measureInp(dist.threshold, templates, options.interactions),
		starlight: await measureInp(dist.starlight, templates, options.interactions),
	};
});

await part('lighthouse', async () => {
	const lighthouse: NonNullable<Results['lighthouse']> = (results.lighthouse = {});
	// A redirect page is no reader's page: it only forwards.
	const audited = Object.entries(templates).filter(([name]) => name !== 'redirect page');
	const served = { threshold: await serve(dist.threshold), starlight: await serve(dist.starlight) };
	const auditor = await startAuditor();
	try {
		for (const [name, page] of audited) {
			console.log(`    Lighthouse: ${name} (load ${load()[0]})`);
			const runs = options.lighthouseRuns;
			lighthouse[name] = {
				page,
				threshold: await auditor.audit(templateUrl(served.threshold.origin, name, page), runs),
				starlight: existsSync(join(dist.starlight, page))
					? await auditor.audit(templateUrl(served.starlight.origin, name, page), runs)
					: null,
			};
		}
	} finally {
		auditor.close();
		await served.threshold.close();
		await served.starlight.close();
	}
});

await part('search', async () => {
	const from = templates['synthetic playbook'] ?? 'index.html';
	const top = { threshold: await topResults(dist.threshold), starlight: await topResults(dist.starlight) };
	const before = previous?.pages === pages ? previous.search?.top.threshold : undefined;
	results.search = {
		from,
		firstSearch: {
			threshold: await searchBytes(dist.threshold, from, 'feedback'),
			starlight: await searchBytes(dist.starlight, from, 'feedback'),
		},
		top,
		sameAsStarlight: compareTopResults(top.threshold, top.starlight),
		sameAsBefore: before
			? { date: previous?.date ?? '', queries: compareTopResults(top.threshold, before) }
			: null,
	};
});

await part('build', () => {
	if (options.linearPages <= pages) return;
	// Last, since it leaves the sites bigger: one cold build of each at --linear-pages (5,000).
	const more = options.linearPages;
	addPlaybooks(dirs.threshold, pages + 1, more, true);
	addPlaybooks(dirs['threshold, plain pages'], pages + 1, more, false);
	copyPagesToPlain(dirs.threshold, dirs.starlight);
	const linear: NonNullable<Results['linear']> = (results.linear = { pages: more, runs: {} });
	for (const site of sites) {
		const result = build(dirs[site], site.replace(/\W+/g, '-'));
		linear.runs[site] = { ...result, pagesBuilt: builtPages(dirs[site]) };
		console.log(
			`  build at ${more} ${site.padEnd(22)} ${result.cpuSeconds.toFixed(1)} s CPU (load ${load()[0]})`,
		);
	}
});

save();
printReport(results);
console.log(`\nwrote ${resultsFile} in ${results.seconds} s`);
if (options.keep) console.log(`kept the sites in ${work}`);
else rmSync(work, { recursive: true, force: true });
