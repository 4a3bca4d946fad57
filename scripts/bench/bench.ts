/**
 * `npm run bench`: builds this site and a plain Starlight site (same Astro, Starlight and
 * Pagefind versions, same site options, same pages) with N synthetic playbooks added, in
 * alternation, several runs each; prints median wall time, peak memory and the ratios, and
 * per template the HTML, CSS and JS a reader downloads plus the bytes of a first search.
 * Figures, not a test: nothing here fails on a number. Writes .bench/bench-<N>.json.
 *
 *   npm run bench                       1,000 playbooks, 3 runs each
 *   npm run bench -- --pages 100 --runs 5
 *   npm run bench -- --pages 5000 --runs 1 --keep   (keeps the temporary sites, prints where)
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { budgets } from '../../src/config/budgets.ts';
import { benchPlaybook, benchSlug, median, toPlainStarlight } from './content.ts';
import { gzipSize, pageChrome } from '../lib/budgets.ts';
import { findChromium } from '../../tests/support/chromium.ts';
import { serve } from '../support/serve.ts';
import { templatePages } from '../support/templates.ts';

const repo = resolve('.');

function option(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
	if (!Number.isInteger(value) || value < 1)
		throw new Error(`--${name} takes a whole number, e.g. --${name} ${fallback}`);
	return value;
}
const pages = option('pages', 1000);
const runs = option('runs', 3);
const keep = process.argv.includes('--keep');
const timeBin = '/usr/bin/time';
if (!existsSync(timeBin)) {
	throw new Error('The bench measures peak memory with GNU time: sudo apt-get install -y time');
}

// ---------------------------------------------------------------------------------------
// The two sites, in a temporary folder: a copy of this repository, and a plain Starlight site.

const work = mkdtempSync(join(tmpdir(), `threshold-bench-${pages}-`));
const projectDir = join(work, 'threshold');
const plainDir = join(work, 'starlight');

/**
 * Gives `dir` the installed packages (same versions, no second install) as hard links: Astro
 * needs real paths inside the site (symlinks break its compiler cache), and each site keeps
 * its own Astro and Vite caches.
 */
function linkNodeModules(dir: string): void {
	const copied = spawnSync('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')]);
	if (copied.status !== 0) throw new Error(`cp -al node_modules failed: ${copied.stderr}`);
	for (const cache of ['.astro', '.vite', '.cache'])
		rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
}

/** Files git would commit (tracked, or new and not ignored), so work in progress is measured too. */
function projectFiles(): string[] {
	const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
		cwd: repo,
		encoding: 'utf8',
	});
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
	return listed.stdout.split('\0').filter((file) => file && existsSync(join(repo, file)));
}

function setUpProject(): void {
	for (const file of projectFiles()) {
		mkdirSync(dirname(join(projectDir, file)), { recursive: true });
		cpSync(join(repo, file), join(projectDir, file));
	}
	linkNodeModules(projectDir);
	// Where the site checks skills against its ladder, name real competencies.
	const ladder = join(projectDir, 'content/ladder/competencies');
	const skills = existsSync(ladder)
		? readdirSync(ladder)
				.filter((file) => /\.ya?ml$/.test(file))
				.map((file) => file.replace(/\.ya?ml$/, ''))
		: [];
	for (let i = 1; i <= pages; i++) {
		const file = join(projectDir, 'content/docs', `${benchSlug(i)}.mdx`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, benchPlaybook(i, skills));
	}
}

/** The MDX pages of this repository, as plain Starlight pages (see toPlainStarlight). */
function setUpPlain(): void {
	const docs = join(plainDir, 'src/content/docs');
	const source = join(projectDir, 'content/docs');
	for (const file of readdirSync(source, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(file)) continue;
		mkdirSync(dirname(join(docs, file)), { recursive: true });
		writeFileSync(join(docs, file), toPlainStarlight(readFileSync(join(source, file), 'utf8')));
	}
	cpSync(join(repo, 'content/assets'), join(plainDir, 'content/assets'), { recursive: true });
	cpSync(join(repo, 'public'), join(plainDir, 'public'), { recursive: true });
	linkNodeModules(plainDir);
	// Read as JSON: the build has validated these files already (src/config/load.ts).
	const site = JSON.parse(readFileSync(join(repo, 'content/site.json'), 'utf8')) as {
		name: string;
		tagline: string;
		url: string;
		logo?: { light: string; dark: string; alt: string };
		repository: { url: string; branch: string };
	};
	const { groups: sidebar } = JSON.parse(readFileSync(join(repo, 'content/sidebar.json'), 'utf8')) as {
		groups: unknown[];
	};
	const repository = site.repository.url.replace(/\/+$/, '');
	// Starlight's own options as this site sets them; none of Threshold's additions.
	const options = {
		title: site.name,
		description: site.tagline,
		logo: site.logo && {
			light: site.logo.light,
			dark: site.logo.dark,
			alt: site.logo.alt,
			replacesTitle: false,
		},
		favicon: '/favicon.svg',
		social: [{ icon: 'github', label: 'Source repository', href: repository }],
		editLink: { baseUrl: `${repository}/edit/${site.repository.branch}/` },
		sidebar,
		lastUpdated: false,
		expressiveCode: { defaultProps: { wrap: true } },
	};
	// Astro bundles (rather than leaves to Node) the packages a site's package.json names.
	const ours = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
		devDependencies: Record<string, string>;
	};
	const dependencies = Object.fromEntries(
		['astro', '@astrojs/starlight'].map((name) => [name, ours.devDependencies[name] ?? '*']),
	);
	writeFileSync(
		join(plainDir, 'package.json'),
		JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', dependencies }),
	);
	writeFileSync(
		join(plainDir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
			`export default defineConfig({ site: ${JSON.stringify(site.url)}, integrations: [starlight(${JSON.stringify(options)})] });\n`,
	);
	writeFileSync(
		join(plainDir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
			`import { docsSchema } from '@astrojs/starlight/schema';\n` +
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
}

// ---------------------------------------------------------------------------------------
// Builds: cold each time (no dist, no caches), timed by GNU time.

interface BuildRun {
	/** Wall-clock seconds. */
	seconds: number;
	/** User + system CPU seconds of the build and its children: steadier than wall time on a busy machine. */
	cpuSeconds: number;
	/** Largest resident set of any one process of the build (GNU time's %M), MB. */
	peakRssMb: number;
}

function build(dir: string, label: string): BuildRun {
	for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
		rmSync(join(dir, cache), { recursive: true, force: true });
	}
	const out = join(work, 'time.txt');
	const result = spawnSync(
		timeBin,
		[
			'-f',
			'%e %M %U %S',
			'-o',
			out,
			join(repo, 'node_modules/.bin/node'),
			join(repo, 'node_modules/astro/bin/astro.mjs'),
			'build',
		],
		{
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	if (result.status !== 0) {
		throw new Error(`${label} build failed in ${dir}:\n${(result.stdout + result.stderr).slice(-4000)}`);
	}
	const [seconds, kb, user, system] =
		readFileSync(out, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
	return {
		seconds: seconds ?? Number.NaN,
		cpuSeconds: Math.round(((user ?? 0) + (system ?? 0)) * 10) / 10,
		peakRssMb: Math.round((kb ?? 0) / 1024),
	};
}

// ---------------------------------------------------------------------------------------
// What a reader downloads: per page, and for a first search.

// Built code quotes paths with ', " or ` (Rolldown prefers backticks for dynamic imports).
const jsImport = /(?:^|[;\s}])import\s*(?:[^"'`()]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const jsDynamic = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
const viteDeps = /["'`](_astro\/[^"'`]+\.js)["'`]/g;

interface PageBytes {
	html: number;
	css: number;
	js: number;
	jsOnDemand: number;
	chrome: number;
}

/** Gzip bytes of a built page and of the CSS and JS it loads (at once, and on demand). */
function pageBytes(dist: string, page: string): PageBytes | null {
	const file = join(dist, page);
	if (!existsSync(file)) return null;
	const html = readFileSync(file, 'utf8');
	const size = (path: string) =>
		existsSync(join(dist, path)) ? gzipSize(readFileSync(join(dist, path))) : 0;
	let css = 0;
	for (const link of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
		if (/media="print"/.test(link[0])) continue;
		const href = /href="\/([^"]+)"/.exec(link[0])?.[1];
		if (href) css += size(href);
	}
	let inline = 0;
	const atLoad = new Set<string>();
	const onDemand = new Set<string>();
	const queue: [string, boolean][] = [];
	for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/application\/(ld\+)?json/.test(script[1] ?? '')) continue;
		const src = /src="\/([^"]+)"/.exec(script[1] ?? '')?.[1];
		if (src) queue.push([src, true]);
		else {
			inline += gzipSize(script[2] ?? '');
			for (const m of (script[2] ?? '').matchAll(jsImport))
				queue.push([posix.join('_astro', m[1] ?? ''), true]);
			for (const m of (script[2] ?? '').matchAll(jsDynamic))
				queue.push([posix.join('_astro', m[1] ?? ''), false]);
		}
	}
	while (queue.length > 0) {
		const [path, eager] = queue.shift() ?? ['', false];
		if (atLoad.has(path) || (!eager && onDemand.has(path))) continue;
		(eager ? atLoad : onDemand).add(path);
		if (!existsSync(join(dist, path))) continue;
		const code = readFileSync(join(dist, path), 'utf8');
		for (const m of code.matchAll(jsImport)) queue.push([posix.join(posix.dirname(path), m[1] ?? ''), eager]);
		for (const m of code.matchAll(jsDynamic))
			queue.push([posix.join(posix.dirname(path), m[1] ?? ''), false]);
		for (const m of code.matchAll(viteDeps)) queue.push([m[1] ?? '', false]);
	}
	for (const path of atLoad) onDemand.delete(path);
	const sum = (paths: Set<string>) => [...paths].reduce((total, path) => total + size(path), 0);
	return {
		html: gzipSize(html),
		css,
		js: inline + sum(atLoad),
		jsOnDemand: sum(onDemand),
		chrome: pageChrome(html).gzip,
	};
}

interface SearchBytes {
	query: string;
	results: number;
	files: Record<string, { count: number; bytes: number }>;
	total: number;
}

/** What a first search downloads from /pagefind/, gzip (Pagefind's own files come compressed). */
async function searchBytes(dist: string, page: string, query: string): Promise<SearchBytes> {
	const { origin, close } = await serve(dist);
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--no-sandbox', '--disable-gpu'],
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page_ = await context.newPage();
		const bodies: Promise<[string, number]>[] = [];
		context.on('response', (response) => {
			const url = new URL(response.url());
			if (!url.pathname.startsWith('/pagefind/')) return;
			bodies.push(
				response.body().then((body) => {
					const name = url.pathname.slice('/pagefind/'.length);
					const text = /\.(js|json|css)$/.test(name);
					return [name, text ? gzipSize(body) : body.length];
				}),
			);
		});
		await page_.goto(`${origin}/${page.replace(/index\.html$/, '')}`);
		await page_.locator('#starlight__search input').waitFor({ state: 'attached' });
		await page_.getByRole('button', { name: 'Search' }).click();
		await page_.getByRole('dialog').getByPlaceholder('Search').fill(query);
		await page_.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
		await page_.waitForLoadState('networkidle');
		const results = await page_.locator('.pagefind-ui__result').count();
		const files: SearchBytes['files'] = {};
		let total = 0;
		for (const [name, bytes] of await Promise.all(bodies)) {
			const kind = name.startsWith('index/')
				? 'index chunks'
				: name.startsWith('fragment/')
					? 'fragments'
					: name.startsWith('wasm.')
						? 'wasm'
						: name.endsWith('.pf_meta')
							? 'meta'
							: name;
			const entry = (files[kind] ??= { count: 0, bytes: 0 });
			entry.count++;
			entry.bytes += bytes;
			total += bytes;
		}
		return { query, results, files, total };
	} finally {
		await browser.close();
		await close();
	}
}

// ---------------------------------------------------------------------------------------

const started = Date.now();
console.log(`bench: ${pages} synthetic playbooks, ${runs} run(s) per site, in ${work}`);
// Other work on the machine skews wall time; the load average says how much there was.
console.log(
	`  load average before: ${loadavg()
		.map((n) => n.toFixed(1))
		.join(' ')} on ${cpus().length} cores`,
);
setUpProject();
setUpPlain();

const runsOf: Record<'threshold' | 'starlight', BuildRun[]> = { threshold: [], starlight: [] };
for (let run = 1; run <= runs; run++) {
	// Alternate which goes first, so neither always gets the warmer disk cache.
	const order = run % 2 === 1 ? (['threshold', 'starlight'] as const) : (['starlight', 'threshold'] as const);
	for (const site of order) {
		const result = build(site === 'threshold' ? projectDir : plainDir, site);
		runsOf[site].push(result);
		console.log(
			`  run ${run} ${site.padEnd(9)} ${result.seconds.toFixed(1).padStart(6)} s  ${result.cpuSeconds.toFixed(1).padStart(6)} s CPU  ${String(result.peakRssMb).padStart(5)} MB  (load ${loadavg()[0]?.toFixed(1)})`,
		);
	}
}

const summary = (list: BuildRun[]) => ({
	medianSeconds: median(list.map((r) => r.seconds)),
	medianCpuSeconds: median(list.map((r) => r.cpuSeconds)),
	medianPeakRssMb: median(list.map((r) => r.peakRssMb)),
	runs: list,
});
const threshold = summary(runsOf.threshold);
const starlight = summary(runsOf.starlight);
const builtPages = (dir: string) =>
	readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
		.length;
const pageCount = { threshold: builtPages(projectDir), starlight: builtPages(plainDir) };
const ratio = {
	time: threshold.medianSeconds / starlight.medianSeconds,
	cpu: threshold.medianCpuSeconds / starlight.medianCpuSeconds,
	memory: threshold.medianPeakRssMb / starlight.medianPeakRssMb,
};

// Templates: the home page, a playbook with no island, the first page of each island, a synthetic playbook.
const projectDist = join(projectDir, 'dist');
const plainDist = join(plainDir, 'dist');
const templates = templatePages(projectDir, (file) => file.startsWith('bench/'));
templates['synthetic playbook'] = `${benchSlug(1)}/index.html`;

const perTemplate: Record<
	string,
	{ page: string; threshold: PageBytes | null; starlight: PageBytes | null }
> = {};
for (const [name, page] of Object.entries(templates)) {
	perTemplate[name] = {
		page,
		threshold: pageBytes(projectDist, page),
		starlight: pageBytes(plainDist, page),
	};
}

const searchPage = templates['synthetic playbook'] ?? 'index.html';
const search = {
	threshold: await searchBytes(projectDist, searchPage, 'feedback'),
	starlight: await searchBytes(plainDist, searchPage, 'feedback'),
};

// ---------------------------------------------------------------------------------------
// Report.

const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
console.log(
	`\nBuild (${pages} synthetic playbooks; pages built: Threshold ${pageCount.threshold}, Starlight ${pageCount.starlight})`,
);
const row = (label: string, wall: string, cpu: string, memory: string) =>
	console.log(`  ${label.padEnd(11)} ${wall.padStart(9)} ${cpu.padStart(9)} ${memory.padStart(8)}`);
row('', 'median s', 'CPU s', 'peak MB');
for (const [label, site] of [
	['Threshold', threshold],
	['Starlight', starlight],
] as const) {
	row(label, site.medianSeconds.toFixed(1), site.medianCpuSeconds.toFixed(1), String(site.medianPeakRssMb));
}
row('ratio', ratio.time.toFixed(2), ratio.cpu.toFixed(2), ratio.memory.toFixed(2));
console.log(
	'  (target: ratio ≤ 1.10; per 1,000 built pages: ' +
		`Threshold ${((threshold.medianSeconds / pageCount.threshold) * 1000).toFixed(1)} s, ` +
		`Starlight ${((starlight.medianSeconds / pageCount.starlight) * 1000).toFixed(1)} s)`,
);

console.log(
	'\nPer template, kB gzip: Threshold / plain Starlight  (JS on demand: Pagefind UI and chunks loaded later)',
);
console.log(
	`  ${'template'.padEnd(20)} ${'HTML'.padStart(13)} ${'CSS'.padStart(13)} ${'JS'.padStart(13)} ${'JS on demand'.padStart(13)} ${'chrome'.padStart(13)}  page`,
);
for (const [name, row] of Object.entries(perTemplate)) {
	const cell = (key: keyof PageBytes) =>
		`${kb(row.threshold?.[key])} / ${kb(row.starlight?.[key])}`.padStart(13);
	console.log(
		`  ${name.padEnd(20)} ${cell('html')} ${cell('css')} ${cell('js')} ${cell('jsOnDemand')} ${cell('chrome')}  ${row.page}`,
	);
}

console.log(
	`\nFirst search for "${search.threshold.query}" from ${searchPage}, kB (gzip): Threshold / plain Starlight`,
);
const kinds = new Set([...Object.keys(search.threshold.files), ...Object.keys(search.starlight.files)]);
for (const kind of [...kinds].sort()) {
	const a = search.threshold.files[kind];
	const b = search.starlight.files[kind];
	console.log(
		`  ${kind.padEnd(24)} ${`${kb(a?.bytes)} (${a?.count ?? 0})`.padStart(12)} / ${`${kb(b?.bytes)} (${b?.count ?? 0})`.padEnd(12)}`,
	);
}
console.log(
	`  ${'total'.padEnd(24)} ${kb(search.threshold.total).padStart(12)} / ${kb(search.starlight.total)}`,
);
console.log(`  results shown: ${search.threshold.results} / ${search.starlight.results}`);

// The chrome budget's reference: the heaviest chrome of plain Starlight's copies of this site's pages.
let plainChrome = 0;
for (const file of readdirSync(plainDist, { recursive: true, encoding: 'utf8' })) {
	if (!file.endsWith('.html') || file.startsWith('bench/') || file === '404.html') continue;
	plainChrome = Math.max(plainChrome, pageChrome(readFileSync(join(plainDist, file), 'utf8')).gzip);
}
console.log(
	`\nPlain Starlight's heaviest page chrome: ${plainChrome} B gzip (src/config/budgets.ts has starlightChromeGzip: ${budgets.starlightChromeGzip})`,
);

mkdirSync(join(repo, '.bench'), { recursive: true });
const outFile = join(repo, '.bench', `bench-${pages}.json`);
writeFileSync(
	outFile,
	JSON.stringify(
		{
			date: new Date().toISOString(),
			pages,
			runs,
			machine: { cpus: cpus().length, node: process.version, loadAverageAtEnd: loadavg() },
			build: { pageCount, threshold, starlight, ratio },
			perTemplate,
			search,
			plainChromeGzip: plainChrome,
		},
		null,
		'\t',
	),
);
console.log(`\nwrote ${outFile} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (keep) console.log(`kept the sites in ${work}`);
else rmSync(work, { recursive: true, force: true });
