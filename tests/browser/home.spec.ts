import { expect, test } from '@playwright/test';

test('the home page sends a mentor and a mentee each to their starting page', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'I mentor someone' }).click();
	await expect(page).toHaveURL(/\/start\/mentor\/$/);
	await page.goBack();
	await page.getByRole('link', { name: "I'm working toward senior" }).click();
	await expect(page).toHaveURL(/\/start\/mentee\/$/);
});

test('a playbook page shows its title and who it is for', async ({ page }) => {
	await page.goto('/playbooks/i-do-we-do-you-do/');
	await expect(page.getByRole('heading', { level: 1, name: /I Do, We Do, You Do/i })).toBeVisible();
	const facts = page.locator('.playbook-facts');
	await expect(facts.locator('dt').first()).toHaveText('For');
	await expect(facts.locator('dd').first()).toHaveText('Mentors');
});
