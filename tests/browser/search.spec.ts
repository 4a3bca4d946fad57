import { expect, test } from '@playwright/test';

test('search, opened from the keyboard, finds the skill-transfer playbook', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	// Starlight builds the search UI when the page is idle; the shortcut needs it to exist.
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	// The search box takes focus once Pagefind's UI has loaded; a keyboard user types then.
	await expect(dialog.getByPlaceholder('Search')).toBeFocused();
	await page.keyboard.type('teaching points');
	const result = dialog.locator('a[href*="/playbooks/i-do-we-do-you-do/"]').first();
	await expect(result).toBeVisible({ timeout: 15_000 });
	await result.click();
	await expect(page).toHaveURL(/\/playbooks\/i-do-we-do-you-do\//);
});
