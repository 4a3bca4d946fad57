/**
 * Measures search: the size of the Pagefind index and the bytes a reader's first query
 * downloads, for the site as it is and for a copy with generated pages added (default 1,000).
 * `npm run measure:search [-- --pages 1000 --query feedback]`. The copy lives in a temporary
 * folder under `.bench/` and is deleted afterwards; nothing generated is committed.
 *
 * Figures, not a test: run it on a quiet machine, it builds the site twice.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/support/chromium.ts';
import { generatePages } from './lib/search-pages.ts';

interface IndexSize {
	files: number;
	bytes: number;
	byKind: Record<string, { files: number; bytes: number }>;
}

interface QueryCost {
	flow: string;
	requests: number;
	bytes: number;
	gzipBytes: number;
	byKind: Record<string, number>;
}

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
	args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const pageCount = Number(args.get('pages') ?? 1000);
const query = args.get('query') ?? 'feedback';
const root = process.cwd();

/** What sort of Pagefind file this is, for the breakdown. */
function kind(file: string): string {
	if (file.endsWith('.pf_fragment')) return 'fragments';
	if (file.endsWith('.pf_index')) return 'index chunks';
	if (file.endsWith('.pf_filter')) return 'filters';
	if (file.endsWith('.pf_meta')) return 'metadata';
	if (file.includes('wasm')) return 'wasm';
	if (file.endsWith('.js')) return 'javascript';
	if (file.endsWith('.css')) return 'css';
	return 'other';
}

function indexSize(dist: string): IndexSize {
	const size: IndexSize = { files: 0, bytes: 0, byKind: {} };
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else {
				const bytes = statSync(path).size;
				const k = kind(entry.name);
				size.files++;
				size.bytes += bytes;
				size.byKind[k] = {
					files: (size.byKind[k]?.files ?? 0) + 1,
					bytes: (size.byKind[k]?.bytes ?? 0) + bytes,
				};
			}
		}
	};
	walk(join(dist, 'pagefind'));
	return size;
}

const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
};

function serve(dist: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (path.endsWith('/')) path += 'index.html';
		const file = join(dist, path);
		try {
			const body = readFileSync(file);
			response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
			response.end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	return new Promise((resolve) =>
		server.listen(0, 'localhost', () => {
			const address = server.address();
			resolve({
				server,
				origin: `http://localhost:${typeof address === 'object' && address ? address.port : 0}`,
			});
		}),
	);
}

/** Loads a page, runs the first query, and adds up what came from /pagefind/. */
async function firstQuery(dist: string): Promise<QueryCost[]> {
	const { server, origin } = await serve(dist);
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--no-sandbox', '--disable-gpu'],
	});
	const costs: QueryCost[] = [];
	try {
		for (const flow of ['search page', 'search dialog'] as const) {
			const page = await browser.newPage();
			const seen: { url: string; body: Buffer }[] = [];
			page.on('response', async (response) => {
				if (!response.url().includes('/pagefind/')) return;
				try {
					seen.push({ url: response.url(), body: await response.body() });
				} catch {
					// A response the page abandoned has no body to count.
				}
			});
			if (flow === 'search page') {
				await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
				await page.locator('.th-site-search__result').first().waitFor({ timeout: 30_000 });
			} else {
				await page.goto(`${origin}/`);
				await page.locator('#starlight__search input').waitFor({ state: 'attached', timeout: 30_000 });
				await page.getByRole('button', { name: 'Search' }).first().click();
				await page.getByRole('dialog').getByPlaceholder('Search').fill(query);
				await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
			}
			await page.waitForLoadState('networkidle');
			const byKind: Record<string, number> = {};
			let bytes = 0;
			let gzipBytes = 0;
			for (const { url, body } of seen) {
				const k = kind(new URL(url).pathname);
				byKind[k] = (byKind[k] ?? 0) + body.length;
				bytes += body.length;
				// .pf_ files and the wasm are gzipped by Pagefind already; text files a host would gzip.
				gzipBytes += /\.(js|css|json)$/.test(url) ? gzipSync(body, { level: 9 }).length : body.length;
			}
			costs.push({ flow, requests: seen.length, bytes, gzipBytes, byKind });
			await page.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return costs;
}

function build(dir: string): void {
	const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build'], {
		cwd: dir,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, THRESHOLD_ANCHOR_LOCK: 'off', ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`astro build failed in ${dir}`);
}

/**
 * A copy of the project without build output, inside `.bench/` (ignored by git) so that it
 * finds the project's node_modules the way a workspace package does: by walking up.
 */
function copyProject(): string {
	mkdirSync(join(root, '.bench'), { recursive: true });
	const dir = mkdtempSync(join(root, '.bench', 'search-'));
	const skip = new Set([
		'node_modules',
		'dist',
		'.astro',
		'.git',
		'test-results',
		'playwright-report',
		'.bench',
	]);
	for (const entry of readdirSync(root)) {
		if (!skip.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	return dir;
}

function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} kB`;
}

function report(label: string, pages: number, index: IndexSize, costs: QueryCost[]): void {
	console.log(`\n${label}: ${pages} HTML pages indexed`);
	console.log(`  index: ${index.files} files, ${kb(index.bytes)}`);
	for (const [k, v] of Object.entries(index.byKind).sort())
		console.log(`    ${k.padEnd(13)} ${String(v.files).padStart(5)} files ${kb(v.bytes).padStart(10)}`);
	for (const cost of costs) {
		console.log(
			`  first query "${query}" (${cost.flow}): ${cost.requests} requests, ${kb(cost.bytes)} as stored, ${kb(cost.gzipBytes)} with gzip on text files`,
		);
		console.log(
			`    ${Object.entries(cost.byKind)
				.map(([k, v]) => `${k} ${kb(v)}`)
				.join(', ')}`,
		);
	}
}

function htmlPages(dist: string): number {
	let count = 0;
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory() && entry.name !== '_astro' && entry.name !== 'pagefind')
				walk(join(dir, entry.name));
			else if (entry.name === 'index.html') count++;
		}
	};
	walk(dist);
	return count;
}

const results: Record<string, unknown> = {};
const copy = copyProject();
try {
	console.log(`Building the site as it is (in ${copy})…`);
	build(copy);
	let dist = join(copy, 'dist');
	const today = { pages: htmlPages(dist), index: indexSize(dist), firstQuery: await firstQuery(dist) };
	report('Today', today.pages, today.index, today.firstQuery);
	results['today'] = today;

	console.log(`\nGenerating ${pageCount} pages and building again…`);
	generatePages(copy, pageCount);
	build(copy);
	dist = join(copy, 'dist');
	const grown = { pages: htmlPages(dist), index: indexSize(dist), firstQuery: await firstQuery(dist) };
	report(`With ${pageCount} generated pages`, grown.pages, grown.index, grown.firstQuery);
	results['generated'] = grown;

	mkdirSync(join(root, '.bench'), { recursive: true });
	writeFileSync(
		join(root, '.bench', 'search-size.json'),
		`${JSON.stringify({ query, pageCount, ...results }, null, 2)}\n`,
	);
	console.log('\nFigures written to .bench/search-size.json');
} finally {
	rmSync(copy, { recursive: true, force: true });
}
