/**
 * Interaction to next paint, measured in Chromium with a 4× CPU throttle (Chrome DevTools
 * Protocol `Emulation.setCPUThrottlingRate`) and the page's own Event Timing entries (a
 * PerformanceObserver for `event` entries, durationThreshold 16): each scenario performs the
 * same interaction several times and reports the median and the slowest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../../tests/support/chromium.ts';
import { serve } from '../support/serve.ts';
import {
	interactionDurations,
	summarizeInteractions,
	type EventEntry,
	type InteractionSummary,
} from './event-timing.ts';

/** What one scenario does on its page: interaction number `n` (0-based). */
interface Scenario {
	name: string;
	/** The template it runs on (see scripts/support/templates.ts). */
	template: string;
	/** What the page must contain for the scenario to run there (plain Starlight has no islands). */
	marker: string;
	/** Query string added to the page's address. */
	query?: string;
	/** Waits until the page is ready to be used. */
	ready: (page: Page) => Promise<void>;
	act: (page: Page, n: number) => Promise<void>;
}

const scenarios: Scenario[] = [
	{
		name: 'checklist tick',
		template: 'checklist page',
		marker: '<threshold-checklist',
		ready: (page) => page.locator('threshold-checklist input[type="checkbox"]:enabled').first().waitFor(),
		act: (page, n) =>
			page
				.locator('threshold-checklist input[type="checkbox"]')
				.nth(n % 3)
				.click(),
	},
	{
		name: 'builder keystroke',
		template: 'builder page',
		marker: '<threshold-builder',
		ready: (page) =>
			page
				.locator('threshold-builder textarea:enabled, threshold-builder input[type="text"]:enabled')
				.first()
				.waitFor(),
		act: async (page, n) => {
			if (n === 0)
				await page
					.locator('threshold-builder textarea, threshold-builder input[type="text"]')
					.first()
					.focus();
			await page.keyboard.press(n % 2 === 0 ? 'KeyA' : 'KeyB');
		},
	},
	{
		name: 'self-assessment tick',
		template: 'assessment page',
		marker: '<threshold-assessment',
		// "Seen" ticks only: ticking "does not apply" disables a behavior's "seen" box.
		ready: (page) =>
			page.locator('threshold-assessment input[id^="shown-"]:visible:enabled').first().waitFor(),
		act: (page, n) =>
			page
				.locator('threshold-assessment input[id^="shown-"]:visible')
				.nth(n % 3)
				.click(),
	},
	{
		name: 'search filter change',
		template: 'search page',
		marker: '<threshold-search',
		query: '?q=feedback',
		ready: async (page) => {
			await page.locator('.th-site-search__result').first().waitFor({ timeout: 60_000 });
			await page.locator('threshold-search fieldset input[type="checkbox"]').first().waitFor();
		},
		// Tick and untick the same filter, so that every change shows results.
		act: (page) => page.locator('threshold-search fieldset input[type="checkbox"]').first().click(),
	},
	{
		// The same interaction on both sites: Starlight's own theme select, by keyboard.
		name: "theme change (Starlight's own, reference)",
		template: 'home',
		marker: '<starlight-theme-select',
		ready: (page) => page.locator('starlight-theme-select select').first().waitFor({ state: 'attached' }),
		act: async (page, n) => {
			if (n === 0) await page.locator('starlight-theme-select select').first().focus();
			await page.keyboard.press(n % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
		},
	},
];

/** Collects Event Timing entries from the first moment of the page. */
function observeEvents(): void {
	const store: EventEntry[] = [];
	(window as unknown as { __benchEvents: EventEntry[] }).__benchEvents = store;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as PerformanceEventTiming[])
			store.push({ name: entry.name, interactionId: entry.interactionId, duration: entry.duration });
	}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** `file` if `dist` has it and it contains `marker`, else null. */
function pageWith(dist: string, file: string | undefined, marker: string): string | null {
	if (!file || !existsSync(join(dist, file))) return null;
	return readFileSync(join(dist, file), 'utf8').includes(marker) ? file : null;
}

/** One scenario's result: the page and the figures, or null where the site has no such page. */
export interface InpResult {
	page: string | null;
	summary: InteractionSummary | null;
}

/**
 * Runs every scenario on the site built in `dist`, on the page of its template in `templates`
 * (name → page file), `count` interactions each, at `rate`× CPU throttle.
 */
export async function measureInp(
	dist: string,
	templates: Record<string, string>,
	count: number,
	rate = 4,
): Promise<Record<string, InpResult>> {
	if (!existsSync(dist)) throw new Error(`No ${dist}: build first.`);
	const served = await serve(dist);
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--no-sandbox', '--disable-gpu'],
	});
	const results: Record<string, InpResult> = {};
	try {
		for (const scenario of scenarios) {
			const file = pageWith(dist, templates[scenario.template], scenario.marker);
			if (!file) {
				results[scenario.name] = { page: null, summary: null };
				continue;
			}
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			await page.addInitScript(observeEvents);
			await page.goto(`${served.origin}/${file.replace(/index\.html$/, '')}${scenario.query ?? ''}`);
			await page.waitForLoadState('networkidle');
			await scenario.ready(page);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			const before = await page.evaluate(() => performance.interactionCount ?? 0);
			for (let n = 0; n < count; n++) {
				await scenario.act(page, n);
				// Let the interaction paint and its entries reach the observer before the next one.
				await page.evaluate(
					() =>
						new Promise((done) =>
							requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100))),
						),
				);
			}
			await page.waitForLoadState('networkidle');
			const { entries, after } = await page.evaluate(() => ({
				entries: (window as unknown as { __benchEvents: EventEntry[] }).__benchEvents,
				after: performance.interactionCount ?? 0,
			}));
			const performed = Math.max(count, after - before);
			results[scenario.name] = {
				page: file,
				summary: summarizeInteractions(interactionDurations(entries), performed),
			};
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			await context.close();
		}
	} finally {
		await browser.close();
		await served.close();
	}
	return results;
}
