import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths, useTheme } from '../support/site';

// Every page the build publishes, in both themes, against WCAG 2.2 AA.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const theme of ['light', 'dark'] as const) {
	for (const path of sitemapPaths()) {
		test(`${path} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
			await useTheme(page, theme);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
			const summary = violations.map(
				(v) =>
					`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
			);
			expect(summary, summary.join('\n')).toEqual([]);
		});
	}
}
