/**
 * Watches a page the way the privacy and CSP gates need: every request that leaves the
 * page's origin, every Content-Security-Policy violation, every console error and
 * uncaught exception.
 */
import type { Page } from '@playwright/test';

/** What a watched page did wrong, collected while a test drives it. */
export interface PageTrouble {
	/** URLs requested from any origin other than the site's. */
	foreignRequests: string[];
	/** CSP violations the page reported, as "directive blocked URI (source:line)". */
	violations: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Same-origin requests, so a test can show the watch saw traffic at all. */
	ownRequests: string[];
}

declare global {
	interface Window {
		/** Filled by the init script of `watchPage`. */
		__cspViolations?: string[];
	}
}

/** True when `url` is fetched from the network of an origin other than `origin`. */
export function isForeign(url: string, origin: string): boolean {
	const parsed = new URL(url);
	// data: and blob: URLs never touch the network.
	if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
	return parsed.origin !== origin;
}

/**
 * Starts watching `page` (call before the first `goto`). Requests to other origins are
 * recorded and aborted, so a test never waits on a network this machine does not have.
 */
export async function watchPage(page: Page, origin: string): Promise<PageTrouble> {
	const trouble: PageTrouble = { foreignRequests: [], violations: [], errors: [], ownRequests: [] };
	await page.context().route('**/*', async (route) => {
		const url = route.request().url();
		if (isForeign(url, origin)) {
			trouble.foreignRequests.push(url);
			await route.abort('blockedbyclient');
		} else {
			trouble.ownRequests.push(url);
			await route.fallback();
		}
	});
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
			);
		});
	});
	trouble.errors = collectErrors(page);
	return trouble;
}

/** Console errors and uncaught exceptions on `page` from now on, as they happen. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
	return errors;
}

/** Copies the page's CSP violations into `trouble` (they live in the page until asked for). */
export async function collectViolations(page: Page, trouble: PageTrouble): Promise<void> {
	const found = await page.evaluate(() => window.__cspViolations ?? []);
	trouble.violations.push(...found);
}
