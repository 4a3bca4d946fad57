/** Runs axe on a page the way every accessibility test here does: WCAG 2.2 AA, readable failures. */
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.0–2.2 A and AA rule tags. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The axe-core that @axe-core/playwright depends on and would inject itself, so the rules are
// the same whichever way it gets into the page (the project's own axe-core may be newer).
const builderRequire = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const { source } = builderRequire('axe-core') as { source: string };

/**
 * Puts axe into every frame of the page's current document that lacks it. AxeBuilder would
 * evaluate its half-megabyte source twice on every run; a page checked in two themes, or in
 * each state of an island, needs it once per load.
 */
async function injectAxe(page: Page): Promise<void> {
	for (const frame of page.frames()) {
		const present = await frame.evaluate(
			() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
		);
		if (!present) await frame.evaluate(source);
	}
}

/**
 * The violations on `page` now, one readable line per rule with the elements it found.
 * Call it after putting an island in each state a reader can reach (open, ticked, filled in).
 *
 * Only violations are reported back (the passes of a page are most of axe's output), and axe
 * runs in the page itself: the default finishes every run in a new blank page, which costs
 * more than the run on these pages, none of which has a frame.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	await injectAxe(page);
	// `axeSource` is what AxeBuilder evaluates before each run: axe is already there.
	let builder = new AxeBuilder({ page, axeSource: ';' })
		.options({ resultTypes: ['violations'] })
		.withTags(wcagTags)
		.setLegacyMode();
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
	);
}

/**
 * The violations on `page` now in the light theme and then in the dark one, each line naming its
 * theme; the page is left in the theme it had. The theme is switched in place, as Starlight's
 * theme picker does (the `data-theme` attribute its styles key on), so an island keeps the state
 * a test put it in and one setup serves both themes.
 */
export async function axeInBothThemes(page: Page, include?: string): Promise<string[]> {
	const setTheme = (theme: string) =>
		page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
	const before = await page.evaluate(() => document.documentElement.dataset['theme'] ?? 'dark');
	const found: string[] = [];
	for (const theme of ['light', 'dark']) {
		await setTheme(theme);
		found.push(...(await axeViolations(page, include)).map((line) => `${theme} theme: ${line}`));
	}
	await setTheme(before);
	return found;
}
