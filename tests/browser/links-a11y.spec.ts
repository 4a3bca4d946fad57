import { expect, test, type Page } from '@playwright/test';
import { axeInBothThemes } from '../support/axe';

// The sweep in a11y.spec.ts sees pages as they load; these check the states readers open:
// the link menu and its status line, search results with filters, a filtered question bank.
const violations = (page: Page) => axeInBothThemes(page);

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

test(`the open link menu and its status line are accessible in the light and dark themes`, async ({
	page,
}) => {
	await page.goto('/playbooks/teach-through-review/');
	// The control loads when the reader first points at a heading (src/features/links/loader.ts).
	await page.getByRole('heading', { name: 'Who this is for' }).hover();
	await page.getByRole('button', { name: 'Link to “Who this is for”' }).click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.locator('.section-link-status')).toHaveText(/copied/);
	await page.locator('#perf-hot-path').hover();
	await page.locator('#perf-hot-path').getByRole('button').click();
	await expect(page.getByRole('button', { name: 'Copy text' })).toBeVisible();
	const found = await violations(page);
	expect(found, found.join('\n')).toEqual([]);
});

test(`search results with filters are accessible in the light and dark themes`, async ({ page }) => {
	await page.goto('/search/?q=feedback&kind=conversation');
	await expect(page.locator('.th-site-search__result').first()).toBeVisible();
	const found = await violations(page);
	expect(found, found.join('\n')).toEqual([]);
});

test(`a filtered and an emptied question bank are accessible in the light and dark themes`, async ({
	page,
}) => {
	await page.goto('/playbooks/one-on-ones/?topic=growth&q=plan');
	await expect(page.locator('.th-question-bank__question:visible').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
	await page.getByLabel('Containing').fill('nothing matches this');
	await expect(page.getByRole('button', { name: 'Show all questions' })).toBeVisible();
	const found = await violations(page);
	expect(found, found.join('\n')).toEqual([]);
});
