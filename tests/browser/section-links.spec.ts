import { expect, test, type Page } from '@playwright/test';
import { injectAliases } from '../../src/features/links/anchor-aliases';
import { targetStep } from '../support/ladder';
import { tabTo } from '../support/site';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const heading = (page: Page, name: string) => page.getByRole('button', { name: `Link to “${name}”` });

test('Copy link on a heading puts the absolute address of that section on the clipboard', async ({
	page,
	baseURL,
}) => {
	await page.goto('/playbooks/one-on-ones/');
	await page.getByRole('heading', { name: 'Status goes in writing' }).hover();
	await heading(page, 'Status goes in writing').click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect.poll(() => clipboard(page)).toBe(`${baseURL}/playbooks/one-on-ones/#status-goes-in-writing`);
	await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
		'Link to “Status goes in writing” copied.',
	);
});

test('Copy as Markdown puts "[Page › Section](address)" on the clipboard', async ({ page, baseURL }) => {
	await page.goto('/playbooks/one-on-ones/');
	// The control loads when the reader first points at a heading (src/features/links/loader.ts).
	await page.getByRole('heading', { name: 'Status goes in writing' }).hover();
	await heading(page, 'Status goes in writing').click();
	// The page's agenda builder has a "Copy as Markdown" of its own: use the section's menu.
	await page
		.getByRole('group', { name: 'Share this section' })
		.getByRole('button', { name: 'Copy as Markdown' })
		.click();
	await expect
		.poll(() => clipboard(page))
		.toBe(
			`[1:1s about growth, not status › Status goes in writing](${baseURL}/playbooks/one-on-ones/#status-goes-in-writing)`,
		);
});

test('a keyboard user opens the link menu, copies, and gets focus back on the control', async ({
	page,
	baseURL,
}) => {
	await page.goto('/playbooks/teach-through-review/');
	const control = heading(page, 'How to phrase the question');
	await tabTo(page, control);
	await expect(control).toBeVisible();
	await expect(control).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Enter');
	await expect(control).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect
		.poll(() => clipboard(page))
		.toBe(
			`[Teach through review › How to phrase the question](${baseURL}/playbooks/teach-through-review/#how-to-phrase-the-question)`,
		);
	await expect(control).toBeFocused();
	await expect(control).toHaveAttribute('aria-expanded', 'false');

	// Space opens it too, as on any button, and Escape closes it where focus was.
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	await expect(control).toBeFocused();
});

test('a question in a bank has its own link and can be copied word for word', async ({ page, baseURL }) => {
	await page.goto('/playbooks/teach-through-review/');
	const question = page.locator('#perf-query-count');
	await question.hover();
	await question.getByRole('button', { name: /^Link to “How many queries does one request run/ }).click();
	await page.getByRole('button', { name: 'Copy text' }).click();
	await expect
		.poll(() => clipboard(page))
		.toBe('How many queries does one request run, and does that number grow with the data?');
	await question.getByRole('button', { name: /^Link to/ }).click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect
		.poll(() => clipboard(page))
		.toBe(`${baseURL}/playbooks/teach-through-review/#perf-query-count`);
});

test('a deep link lands on the section and marks it for a moment', async ({ page }) => {
	// The page's clock, not the test, waits out the three seconds of the mark.
	await page.clock.install();
	await page.goto('/playbooks/teach-through-review/#how-to-phrase-the-question');
	const section = page.locator('.sl-heading-wrapper', { has: page.locator('#how-to-phrase-the-question') });
	await expect(section).toBeInViewport();
	await expect(section).toHaveClass(/section-target/);
	await page.clock.runFor(3_000);
	await expect(section).not.toHaveClass(/section-target/);
});

test('following a link inside the page marks the section it opens', async ({ page }) => {
	await page.goto('/playbooks/one-on-ones/');
	await page.locator('main').getByRole('link', { name: 'Follow-up', exact: true }).click();
	const section = page.locator('.sl-heading-wrapper', { has: page.locator('#follow-up-that-survives') });
	await expect(section).toBeInViewport();
	await expect(section).toHaveClass(/section-target/);
});

test('a link saved before a heading was renamed lands on the renamed section', async ({ page }) => {
	// The page as the build renders it after the author renames the heading and adds
	// `anchorAliases: { status-goes-in-writing: status-in-writing }` to its frontmatter.
	await page.route('**/playbooks/one-on-ones/', async (route) => {
		const response = await route.fetch();
		const renamed = (await response.text()).replaceAll('status-goes-in-writing', 'status-in-writing');
		const body = injectAliases(renamed, { 'status-goes-in-writing': 'status-in-writing' }, 'one-on-ones.mdx');
		await route.fulfill({ response, body });
	});
	await page.goto('/playbooks/one-on-ones/#status-goes-in-writing');
	await expect(page).toHaveURL(/\/playbooks\/one-on-ones\/#status-in-writing$/);
	const section = page.locator('.sl-heading-wrapper', { has: page.locator('#status-in-writing') });
	await expect(section).toBeInViewport();
	await expect(section).toHaveClass(/section-target/);
});

test('a saved link to a moved page lands on the same section of the new page', async ({ page }) => {
	// content/redirects.json sends /start/ to the home page.
	await page.goto('/start/#what-is-different-about-these-playbooks');
	await expect(page).toHaveURL(/\/#what-is-different-about-these-playbooks$/);
	await expect(
		page.getByRole('heading', { name: 'What is different about these playbooks' }),
	).toBeInViewport();
});

test('without JavaScript, heading anchors are still plain links to their section', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/playbooks/one-on-ones/');
	const link = page.locator('a.sl-anchor-link[href="#status-goes-in-writing"]');
	await expect(link).toHaveAttribute('href', '#status-goes-in-writing');
	await expect(link).not.toHaveAttribute('role', 'button');
	await context.close();
});

test('a heading on a generated ladder page copies a link to its section, and is a plain link without JavaScript', async ({
	page,
	browser,
	baseURL,
}) => {
	await page.goto(targetStep.path);
	const section = page.locator('.sl-markdown-content h3').first();
	const id = await section.getAttribute('id');
	const name = (await section.textContent())?.trim() ?? '';
	await section.hover();
	await heading(page, name).click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect.poll(() => clipboard(page)).toBe(`${baseURL}${targetStep.path}#${id}`);

	const context = await browser.newContext({ javaScriptEnabled: false });
	const noScript = await context.newPage();
	await noScript.goto(targetStep.path);
	await expect(noScript.locator(`a.sl-anchor-link[href="#${id}"]`)).toHaveCount(1);
	await context.close();
});

// A page with no island and no linkable items loads the control only when a reader reaches
// for a heading: these check that the first reach already gets the menu.
const noIslandPage = '/guides/publish-your-own-ladder/';
const anchor = (page: Page, id: string) => page.locator(`a.sl-anchor-link[href="#${id}"]`);

test('on a page without islands, Tab to a heading link and Enter opens the copy menu', async ({ page }) => {
	await page.goto(noIslandPage);
	await tabTo(page, anchor(page, 'who-this-is-for'));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await expect(heading(page, 'Who this is for')).toHaveAttribute('aria-expanded', 'true');
	await expect(page).toHaveURL(new RegExp(`${noIslandPage}$`));
});

test('on a page without islands, the first click on a heading link opens the menu instead of jumping', async ({
	page,
	baseURL,
}) => {
	await page.goto(noIslandPage);
	await anchor(page, 'who-this-is-for').click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect.poll(() => clipboard(page)).toBe(`${baseURL}${noIslandPage}#who-this-is-for`);
	await expect(page).toHaveURL(new RegExp(`${noIslandPage}$`));
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true });

	test('tapping a heading link on a page without islands opens the copy menu', async ({ page }) => {
		await page.goto(noIslandPage);
		await anchor(page, 'who-this-is-for').tap();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`${noIslandPage}$`));
	});
});

test('on a ladder page, a keyboard user tabs to a behavior’s link control and opens its menu', async ({
	page,
	baseURL,
}) => {
	// The behaviors' controls are made by the script, which loads on the reader's first Tab.
	await page.goto('/ladder/competencies/ambiguity/');
	const control = page.locator('#amb-specific-questions').getByRole('button', { name: /^Link to/ });
	await tabTo(page, control);
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect
		.poll(() => clipboard(page))
		.toBe(`${baseURL}/ladder/competencies/ambiguity/#amb-specific-questions`);
});
