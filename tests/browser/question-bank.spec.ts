import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 900 } });

const bank = '/playbooks/teach-through-review/';

test('typing narrows the questions at once, and the filter is in the address', async ({ page }) => {
	await page.goto(bank);
	const questions = page.locator('.th-question-bank__question:visible');
	const all = await questions.count();
	await page.getByLabel('Containing').fill('query');
	await expect.poll(() => questions.count()).toBeLessThan(all);
	for (const question of await questions.all()) await expect(question).toContainText(/quer/i);
	await expect(page).toHaveURL(/\?q=query$/);
	await expect(page.locator('.th-question-bank__count')).toHaveText(/^Showing \d+ of \d+ questions\.$/);
});

test('a topic and typed words survive a reload and can be cleared', async ({ page }) => {
	await page.goto(bank);
	await page.getByLabel('Topic').selectOption({ label: 'Performance' });
	await page.getByLabel('Containing').fill('cache');
	await expect(page).toHaveURL(/\?topic=performance&q=cache$/);
	await page.reload();
	await expect(page.getByLabel('Topic')).toHaveValue('performance');
	await expect(page.getByLabel('Containing')).toHaveValue('cache');
	await expect(page.locator('.th-question-bank__question:visible')).toHaveCount(1);
	await expect(page.locator('#perf-cache-staleness')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Error handling' })).toBeHidden();

	await page.getByLabel('Containing').fill('no question says this');
	await expect(page.getByText('No question matches that filter.')).toBeVisible();
	await page.getByRole('button', { name: 'Show all questions' }).click();
	await expect(page).toHaveURL(new RegExp(`${bank}$`));
	await expect(page.locator('#err-dependency-down')).toBeVisible();
});

test('a link to a question the filter would hide shows the question', async ({ page }) => {
	await page.goto(`${bank}?topic=performance#err-dependency-down`);
	await expect(page.locator('#err-dependency-down')).toBeInViewport();
	await expect(page.getByLabel('Topic')).toHaveValue('');
});

test('the one-on-one bank filters the same way', async ({ page }) => {
	await page.goto('/playbooks/one-on-ones/?topic=growth');
	await expect(page.getByLabel('Topic')).toHaveValue('growth');
	const groups = page.locator('.th-question-bank__group:visible');
	await expect(groups).toHaveCount(1);
	await expect(groups.getByRole('heading')).toHaveText('Growth');
});

test('without JavaScript the whole bank is there and the filter, which needs it, is not', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${bank}?topic=performance`);
	await expect(page.getByLabel('Containing')).toBeHidden();
	await expect(page.locator('#err-dependency-down')).toBeVisible();
	await expect(page.locator('#perf-hot-path')).toBeVisible();
	await context.close();
});

test('a question tagged with competencies links to each competency’s ladder page, and typing a competency finds its questions', async ({
	page,
}) => {
	await page.goto('/playbooks/one-on-ones/');
	const tagged = page.locator('.th-question-bank__question:has(.th-question-bank__tags)');
	await expect(tagged.first()).toBeVisible();
	const link = tagged.first().locator('.th-question-bank__tags a').first();
	const name = (await link.innerText()).trim();
	await expect(tagged.first().locator('.th-question-bank__tags')).toHaveText(/^Competencies: /);
	await page.getByLabel('Containing').fill(name);
	await expect(tagged.first()).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/\/ladder\/competencies\/[a-z0-9-]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});
