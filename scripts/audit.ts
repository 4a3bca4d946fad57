/**
 * `npm run audit`: Lighthouse on each template of the built site (home, a playbook with no
 * island, the first page of each island), served from `dist/` with gzip as a host would.
 * Prints the four category scores per template and what kept any score below 1; writes
 * .bench/audit.json. Figures, not a gate: it exits 0 whatever the scores (run `npm run build` first).
 *
 *   npm run audit                 mobile (Lighthouse's default: slow 4G, mid-range phone)
 *   npm run audit -- --desktop    desktop settings
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from '../tests/support/chromium.ts';
import { serve } from './support/serve.ts';
import { templatePages } from './support/templates.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const desktop = process.argv.includes('--desktop');

const templates = templatePages('.');
const served = await serve('dist');
const chrome = await chromeLauncher.launch({
	chromePath: process.env['CHROME_PATH'] ?? findChromium(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

interface TemplateAudit {
	page: string;
	scores: Record<string, number | null>;
	/** Audits that scored below 1 in a scored category, "id (score): title". */
	shortfalls: string[];
}

const results: Record<string, TemplateAudit> = {};
try {
	for (const [name, file] of Object.entries(templates)) {
		const url = `${served.origin}/${file.replace(/index\.html$/, '')}`;
		const result = await lighthouse(
			url,
			{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
			desktop ? desktopConfig : undefined,
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		const scores: Record<string, number | null> = {};
		const shortfalls: string[] = [];
		for (const category of categories) {
			const found = lhr.categories[category];
			scores[category] = found?.score ?? null;
			for (const ref of found?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
				shortfalls.push(`${category}: ${ref.id} (${audit.score}) ${audit.displayValue ?? ''}`.trim());
			}
		}
		results[name] = { page: file, scores, shortfalls };
	}
} finally {
	chrome.kill();
	await served.close();
}

const cell = (value: number | null | undefined) =>
	value === null || value === undefined ? '–' : value.toFixed(2);
console.log(`Lighthouse ${desktop ? 'desktop' : 'mobile'} scores (1.00 is full marks)`);
console.log(`  ${'template'.padEnd(18)} ${categories.map((c) => c.padStart(16)).join('')}  page`);
for (const [name, audit] of Object.entries(results)) {
	console.log(
		`  ${name.padEnd(18)} ${categories.map((c) => cell(audit.scores[c]).padStart(16)).join('')}  ${audit.page}`,
	);
}
for (const [name, audit] of Object.entries(results)) {
	if (audit.shortfalls.length > 0) console.log(`\n${name}:\n  ${audit.shortfalls.join('\n  ')}`);
}
mkdirSync('.bench', { recursive: true });
writeFileSync(
	`.bench/audit-${desktop ? 'desktop' : 'mobile'}.json`,
	JSON.stringify({ date: new Date().toISOString(), results }, null, '\t'),
);
