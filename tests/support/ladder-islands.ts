/**
 * Helpers the browser tests of the ladder islands (self-assessment, evidence log) share,
 * with the competency and behaviors they use, picked from the ladder the site was built from.
 */
import { expect, type Page } from '@playwright/test';
import { behaviorsAt } from '../../src/features/ladder/queries';
import type { Behavior, Competency } from '../../src/features/ladder/types';
import { shortLabel } from '../../src/features/ladder/view';
import { assessed, inScope, ladder, scope, start } from './ladder';

/** Waits until the island's script has enhanced the page. */
export async function ready(page: Page, island: string): Promise<void> {
	await expect(page.locator(`${island} [data-actions]`)).toBeVisible();
}

/** The first competency the self-assessment asks about that has two behaviors and a playbook to train them. */
export const design: Competency = (() => {
	const found = assessed.find(
		(c) => inScope(c).length >= 2 && scope.some((l) => c.levels[l.id]?.playbooks.length),
	);
	if (!found)
		throw new Error('No competency in content/ladder/ has two behaviors and a playbook at the target level.');
	return found;
})();

/** Its behaviors asked about: the one the tests mark, and another. */
export const [shown, spare] = inScope(design) as [Behavior, Behavior];

/** A behavior of the current level, which the assessment does not ask about at first. */
export const below: Behavior = ladder.competencies.flatMap((c) => behaviorsAt(c, start.current.id))[0]!;

/** The level above the target, if any. */
export const above = ladder.levels.find((l) => l.order > start.target.order);

/** A behavior's "shown" checkbox in the self-assessment. */
export const shownBox = (page: Page, b: Behavior) =>
	page.getByRole('checkbox', { name: b.text, exact: true });

/** A behavior's evidence field in the self-assessment. */
export const evidenceField = (page: Page, b: Behavior) =>
	page.getByRole('textbox', { name: `Evidence for: ${shortLabel(b.text)}`, exact: true });

/** A behavior's "does not apply to my role" checkbox. */
export const notApplicableBox = (page: Page, b: Behavior) =>
	page.getByRole('checkbox', { name: `Does not apply to my role: ${shortLabel(b.text)}`, exact: true });

/** A behavior's "why it does not apply" field. */
export const reasonField = (page: Page, b: Behavior) =>
	page.getByRole('textbox', { name: `Why it does not apply: ${shortLabel(b.text)}`, exact: true });

/**
 * `design`'s result line: `evidenced` behaviors with evidence, `ticked` without, `na` that do
 * not apply, of all its behaviors asked about.
 */
export function result(evidenced: number, ticked = 0, na = 0): string {
	const total = inScope(design).length - na;
	const parts = [`${evidenced} of ${total} shown with evidence`];
	if (ticked) parts.push(`${ticked} ticked without evidence`);
	if (total - evidenced - ticked) parts.push(`${total - evidenced - ticked} not yet`);
	if (na) parts.push(`${na} not applicable to your role, not counted`);
	return `${parts.join(', ')}.`;
}

/**
 * Holds back what the ladder islands load on first use (their drawing, `draw.ts`) until the
 * returned function is called, as a slow network would: what the reader does meanwhile must
 * still count.
 */
export async function holdFirstUse(page: Page): Promise<() => Promise<void>> {
	const held: (() => Promise<void>)[] = [];
	let holding = true;
	await page.route('**/_astro/draw.*.js', (route) => {
		if (holding) held.push(() => route.continue());
		else return route.continue();
	});
	return async () => {
		holding = false;
		for (const release of held.splice(0)) await release();
	};
}
