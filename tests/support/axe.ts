/** Runs axe on a page the way every accessibility test here does: WCAG 2.2 AA, readable failures. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.0–2.2 A and AA rule tags. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The violations on `page` now, one readable line per rule with the elements it found.
 * Call it after putting an island in each state a reader can reach (open, ticked, filled in).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(wcagTags);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
	);
}
