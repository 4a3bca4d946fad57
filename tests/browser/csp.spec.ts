import { expect, test, type Page } from '@playwright/test';
import { searchInDialog } from '../support/site';
import { collectViolations, watchPage, type PageTrouble } from '../support/watch';

// The Content-Security-Policy is on: every script and style the site needs must be allowed
// by it (hash or 'self'), and nothing on a page may break under it.

async function expectNoTrouble(page: Page, trouble: PageTrouble): Promise<void> {
	await collectViolations(page, trouble);
	expect(trouble.violations, trouble.violations.join('\n')).toEqual([]);
	expect(trouble.errors, trouble.errors.join('\n')).toEqual([]);
}

test('every page declares a policy that forbids inline scripts it does not know', async ({ page }) => {
	await page.goto('/');
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).not.toContain("'unsafe-inline'");
	expect(scriptSrc).not.toContain("'unsafe-eval'");
});

// Every page under its policy, with no violation and no console error: tests/browser/pages.spec.ts.

test('opening search and running a query breaks no rule of the policy', async ({ page, baseURL }) => {
	const trouble = await watchPage(page, new URL(baseURL ?? '').origin);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/playbooks/delegation-brief/');
	await searchInDialog(page, 'growth plan');
	await expectNoTrouble(page, trouble);
});

test('a script the policy does not know is refused and reported', async ({ page, baseURL }) => {
	// Proves the watch can see a violation: the page itself must refuse an injected inline script.
	const trouble = await watchPage(page, new URL(baseURL ?? '').origin);
	await page.goto('/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.documentElement.dataset.injected = "yes";';
		document.body.append(script);
	});
	await expect
		.poll(async () => (await collectViolations(page, trouble), trouble.violations.length))
		.toBeGreaterThan(0);
	await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'yes');
});
