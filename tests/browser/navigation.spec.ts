import { expect, test } from '@playwright/test';
import { tabTo } from '../support/site';

test('a keyboard user reaches a sidebar link with Tab and opens it with Enter', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/start/mentor/');
	const link = page.locator('#starlight__sidebar').getByRole('link', { name: /I Do, We Do, You Do/i });
	await tabTo(page, link);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/playbooks\/i-do-we-do-you-do\/$/);
});

test('on a phone the menu opens by keyboard and its links work', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/start/mentor/');
	const toggle = page.getByRole('button', { name: 'Menu' });
	const link = page.locator('#starlight__sidebar').getByRole('link', { name: /I Do, We Do, You Do/i });
	await expect(link).toBeHidden();
	await tabTo(page, toggle);
	await page.keyboard.press('Enter');
	await expect(link).toBeVisible();
	await tabTo(page, link);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/playbooks\/i-do-we-do-you-do\/$/);
});

test('the theme switch works by keyboard and the choice survives a reload', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	const select = page.locator('starlight-theme-select select').first();
	await tabTo(page, select);
	await page.keyboard.type('Dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
