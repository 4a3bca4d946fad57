/**
 * Checks the built site in `dist/` (run `npm run build` first): every page's inline scripts
 * are allowed by its Content-Security-Policy, every island script stays within its budget,
 * pages without an island load only Starlight's JS, and each page's HTML without its content
 * stays within Starlight's own plus an allowance, every page sends no referrer and `_headers`
 * gives each page its meta policy as a header. Fails naming the page and the file.
 *
 *   npm run test:dist            check, print a line per page
 *   npm run test:dist -- --json  also write the figures to .bench/dist-sizes.json
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgets } from '../src/config/budgets.ts';
import { scriptOriginsFile } from '../src/build/script-origins.ts';
import { checkPageScripts, gzipSize } from './lib/budgets.ts';
import { checkChrome } from './lib/chrome.ts';
import { buildFacts } from './support/templates.ts';
import { unhashedInlineScripts } from '../src/build/csp.ts';
import { headersProblems } from '../src/build/host-headers.ts';
import { builtPage, type BuiltPage } from '../src/build/built-pages.ts';

const dist = 'dist';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

if (!existsSync(join(dist, 'index.html'))) fail('No dist/index.html. Run "npm run build" first.');
if (!existsSync(scriptOriginsFile)) {
	fail(`No ${scriptOriginsFile}: the build did not record its scripts. Run "npm run build" first.`);
}

const facts = buildFacts('.');

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.sort();

interface PageFigures {
	page: string;
	htmlGzip: number;
	chromeGzip: number;
	jsGzip: number;
	islands: string[];
}

const figures: PageFigures[] = [];
const problems: string[] = [];
// Each page is read once, here; the headers check gets what it needs of each from this loop.
const read = new Map<string, BuiltPage>();
for (const page of pages) {
	const file = join(dist, page);
	const html = readFileSync(file, 'utf8');
	read.set(page.split('\\').join('/'), builtPage(html));
	const scripts = checkPageScripts(html, facts, budgets);
	const chrome = checkChrome(html, budgets);
	for (const problem of unhashedInlineScripts(html)) problems.push(`${file}: ${problem}`);
	// Hosts that send no headers: the meta keeps the page's address out of other sites' logs.
	if (!/<meta name="referrer" content="no-referrer"\s*\/?>/.test(html)) {
		problems.push(`${file}: no <meta name="referrer" content="no-referrer"> in the head`);
	}
	for (const problem of scripts.problems) problems.push(`${file}: ${problem}`);
	if (chrome.problem) problems.push(`${file}: ${chrome.problem}`);
	figures.push({
		page,
		htmlGzip: gzipSize(html),
		chromeGzip: chrome.gzip,
		jsGzip: scripts.jsGzip,
		islands: scripts.islands.map(
			({ budget, gzip, returningGzip }) =>
				`${budget.name} ${gzip}/${budget.maxGzip}` +
				(returningGzip === undefined ? '' : ` (returning ${returningGzip}/${budget.returning?.maxGzip})`),
		),
	});
}

// Hosts that send headers get each page's policy as one, the same as its meta (dist/_headers).
for (const problem of headersProblems(dist, '/', read)) problems.push(problem);

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(
	`${'page'.padEnd(48)} ${pad('html', 7)} ${pad('chrome', 7)} ${pad('js*', 7)}  islands (gzip B/budget)`,
);
for (const f of figures) {
	console.log(
		`${f.page.padEnd(48)} ${pad(f.htmlGzip, 7)} ${pad(f.chromeGzip, 7)} ${pad(f.jsGzip, 7)}  ${f.islands.join(', ')}`,
	);
}
const chromeLimit = budgets.starlightChromeGzip + budgets.chromeAllowanceGzip;
console.log('\njs*: all JS a page can load, at once or on demand (the Pagefind UI).');
console.log(
	`chrome limit: ${chromeLimit} B gzip (Starlight ${budgets.starlightChromeGzip} + ${budgets.chromeAllowanceGzip})`,
);

if (process.argv.includes('--json')) {
	mkdirSync('.bench', { recursive: true });
	writeFileSync('.bench/dist-sizes.json', JSON.stringify({ budgets, pages: figures }, null, '\t'));
}

if (problems.length > 0) {
	console.error(`\n${problems.length} problem(s) in dist/:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	process.exit(1);
}
console.log(
	`${pages.length} pages within budget, every inline script allowed by the policy, the same policy in _headers.`,
);
