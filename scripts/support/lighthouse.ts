/**
 * Lighthouse (the npm package) in the system Chromium, for the audit and the bench: the four
 * category scores of a page, what kept a score below 1, and the layout shift, each the median
 * of several runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from '../../tests/support/chromium.ts';
import { median } from '../bench/content.ts';

/** The categories scored. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's figures: medians over `runs` runs. */
export interface PageAudit {
	url: string;
	runs: number;
	/** Median score per category, 0 to 1. */
	scores: Record<string, number | null>;
	/** Median cumulative layout shift over the page load. */
	layoutShift: number | null;
	/** Median total blocking time, ms. */
	totalBlockingMs: number | null;
	/** Scored audits below 1 in any run, "category: id (score) value", deduplicated. */
	shortfalls: string[];
}

/** A running Chromium that Lighthouse drives. */
export interface Auditor {
	/** Audits `url` `runs` times and takes the medians. */
	audit: (url: string, runs: number) => Promise<PageAudit>;
	/** Stops Chromium. */
	close: () => void;
}

const mid = (values: (number | null | undefined)[]): number | null => {
	const present = values.filter((value): value is number => typeof value === 'number');
	return present.length > 0 ? median(present) : null;
};

/** Starts Chromium for Lighthouse; mobile settings (Lighthouse's default) unless `desktop`. */
export async function startAuditor(desktop = false): Promise<Auditor> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env['CHROME_PATH'] ?? findChromium(),
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
	});
	const audit = async (url: string, runs: number): Promise<PageAudit> => {
		const each: { scores: Record<string, number | null>; cls?: number; tbt?: number }[] = [];
		const shortfalls = new Set<string>();
		for (let run = 0; run < runs; run++) {
			const result = await lighthouse(
				url,
				{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
				desktop ? desktopConfig : undefined,
			);
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { lhr } = result;
			const scores: Record<string, number | null> = {};
			for (const category of categories) {
				const found = lhr.categories[category];
				scores[category] = found?.score ?? null;
				for (const ref of found?.auditRefs ?? []) {
					const audit = lhr.audits[ref.id];
					if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
					shortfalls.add(`${category}: ${ref.id} (${audit.score}) ${audit.displayValue ?? ''}`.trim());
				}
			}
			each.push({
				scores,
				cls: lhr.audits['cumulative-layout-shift']?.numericValue,
				tbt: lhr.audits['total-blocking-time']?.numericValue,
			});
		}
		return {
			url,
			runs,
			scores: Object.fromEntries(categories.map((c) => [c, mid(each.map((run) => run.scores[c]))])),
			layoutShift: mid(each.map((run) => run.cls)),
			totalBlockingMs: mid(each.map((run) => run.tbt)),
			shortfalls: [...shortfalls].sort(),
		};
	};
	return { audit, close: () => chrome.kill() };
}
