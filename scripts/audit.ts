/**
 * `npm run audit`: Lighthouse on each template of the built site (see scripts/support/templates.ts),
 * served from `dist/` with gzip as a host would, each the median of three runs. Prints the four
 * category scores and the layout shift per template and what kept any score below 1; writes
 * .bench/audit-mobile.json. Figures, not a gate: it exits 0 whatever the scores (run
 * `npm run build` first). `npm run bench` runs the same audit beside plain Starlight.
 *
 *   npm run audit                 mobile (Lighthouse's default: slow 4G, mid-range phone)
 *   npm run audit -- --desktop    desktop settings
 *   npm run audit -- --runs 1     one run per template
 *   npm run audit -- --only "search page"   one template (names as the table prints them)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { categories, startAuditor, type PageAudit } from './support/lighthouse.ts';
import { serve } from './support/serve.ts';
import { templatePages, templateUrl } from './support/templates.ts';
import { fixed, formatTable } from './bench/table.ts';

const desktop = process.argv.includes('--desktop');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, e.g. --runs 3');

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const templates = Object.fromEntries(
	Object.entries(templatePages('.')).filter(([name]) => only === undefined || name === only),
);
if (Object.keys(templates).length === 0) {
	throw new Error(`--only takes a template name, one of: ${Object.keys(templatePages('.')).join(', ')}`);
}
const served = await serve('dist');
const auditor = await startAuditor(desktop);
const results: Record<string, PageAudit & { page: string }> = {};
try {
	for (const [name, file] of Object.entries(templates)) {
		results[name] = { page: file, ...(await auditor.audit(templateUrl(served.origin, name, file), runs)) };
	}
} finally {
	auditor.close();
	await served.close();
}

console.log(
	`Lighthouse ${desktop ? 'desktop' : 'mobile'} scores, median of ${runs} run(s) (1.00 is full marks)`,
);
console.log(
	formatTable(
		['template', ...categories, 'layout shift', 'page'],
		Object.entries(results).map(([name, audit]) => [
			name,
			...categories.map((c) => fixed(audit.scores[c])),
			fixed(audit.layoutShift, 3),
			audit.page,
		]),
	),
);
for (const [name, audit] of Object.entries(results)) {
	if (audit.shortfalls.length > 0) console.log(`\n${name}:\n  ${audit.shortfalls.join('\n  ')}`);
}
mkdirSync('.bench', { recursive: true });
writeFileSync(
	`.bench/audit-${desktop ? 'desktop' : 'mobile'}${only === undefined ? '' : `-${only.replace(/\W+/g, '-')}`}.json`,
	JSON.stringify({ date: new Date().toISOString(), runs, results }, null, '\t'),
);
