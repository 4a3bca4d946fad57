import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { sitemapPaths, useTheme } from '../support/site';

// Every page the build publishes, in both themes, against WCAG 2.2 AA.
for (const theme of ['light', 'dark'] as const) {
	for (const path of sitemapPaths()) {
		test(`${path} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
			await useTheme(page, theme);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const violations = await axeViolations(page);
			expect(violations, violations.join('\n')).toEqual([]);
		});
	}

	test(`the search dialog showing results has no accessibility violations in the ${theme} theme`, async ({
		page,
	}) => {
		await useTheme(page, theme);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await page.locator('#starlight__search input').waitFor({ state: 'attached' });
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByPlaceholder('Search').fill('growth plan');
		await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
		const violations = await axeViolations(page);
		expect(violations, violations.join('\n')).toEqual([]);
	});
}
