import { expect, test } from '@playwright/test';
import { watchPage } from '../support/watch';

// Nothing a reader does may reach another origin: no fonts, CDNs, analytics or images from elsewhere.
// Every page's load is watched in tests/browser/pages.spec.ts; here, what a reader does after it.

test('searching downloads the index from this site only', async ({ page, baseURL }) => {
	const origin = new URL(baseURL ?? '').origin;
	const trouble = await watchPage(page, origin);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await page.getByRole('dialog').getByPlaceholder('Search').fill('delegation');
	await expect(page.getByRole('dialog').locator('.pagefind-ui__result').first()).toBeVisible({
		timeout: 15_000,
	});
	expect(trouble.ownRequests.some((url) => url.includes('/pagefind/'))).toBe(true);
	expect(trouble.foreignRequests, trouble.foreignRequests.join('\n')).toEqual([]);
});
