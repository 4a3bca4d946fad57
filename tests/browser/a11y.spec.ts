import { expect, test } from '@playwright/test';
import { axeInBothThemes } from '../support/axe';
import { searchInDialog } from '../support/site';

// Every page in both themes: tests/browser/pages.spec.ts. Here, the states that need more than a load.
test(`the search dialog showing results has no accessibility violations in the light and dark themes`, async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await searchInDialog(page, 'growth plan');
	const violations = await axeInBothThemes(page);
	expect(violations, violations.join('\n')).toEqual([]);
});

test(`the search page showing results and "Show more results" has no accessibility violations in the light and dark themes`, async ({
	page,
}) => {
	await page.goto('/search/?q=mentor');
	await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
	const violations = await axeInBothThemes(page);
	expect(violations, violations.join('\n')).toEqual([]);
});
