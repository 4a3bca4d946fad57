import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { competency, pagesWithSkills, pageTitle } from '../support/ladder';
import { sitemapPaths } from '../support/site';
import { axeViolations } from '../support/axe';

test.use({ viewport: { width: 1280, height: 900 } });

// "Saturday" appears once on the site, in "How to phrase the question" on Teach through review.
// If the content changes, pick another word that only one section uses.
const unique = { word: 'Saturday', section: '/playbooks/teach-through-review/#how-to-phrase-the-question' };

test('a word used in only one section finds that section, not just its page', async ({ page }) => {
	await page.goto('/search/');
	await page.getByLabel('Search for').fill(unique.word);
	const results = page.locator('.th-site-search__result');
	await expect(page.locator('threshold-search').getByRole('status')).toHaveText(
		`1 result for “${unique.word}”.`,
	);
	await expect(results).toHaveCount(1);
	const sections = results.first().locator('.th-site-search__sections a');
	await expect(sections).toHaveCount(1);
	await expect(sections.first()).toHaveAttribute('href', unique.section);
	await expect(sections.first()).toHaveText('How to phrase the question');
	await sections.first().click();
	await expect(page).toHaveURL(new RegExp(`${unique.section}$`));
	await expect(page.getByRole('heading', { name: 'How to phrase the question' })).toBeInViewport();
});

test('the search dialog in the header also links to the section, and shows no filter ids or metadata labels', async ({
	page,
}) => {
	await page.goto('/');
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Search' }).first().click();
	const dialog = page.getByRole('dialog');
	await dialog.getByPlaceholder('Search').fill(unique.word);
	await expect(dialog.locator(`a[href="${unique.section}"]`)).toBeVisible({ timeout: 15_000 });
	// Pagefind's own filter panel names filters by id, in English; the search page has them by name.
	await expect(dialog.getByText('Filters', { exact: true })).toBeHidden();
	await expect(dialog.getByText(/^Description:/)).toBeHidden();
});

test('filters narrow the results, and the search survives a reload', async ({ page }) => {
	await page.goto('/search/');
	await page.getByLabel('Search for').fill('feedback');
	const status = page.locator('threshold-search').getByRole('status');
	await expect(status).toHaveText(/^\d+ results for “feedback”\.$/);
	const everything = Number((await status.textContent())!.split(' ')[0]);

	const kind = page
		.getByRole('group', { name: 'Kind' })
		.getByRole('checkbox', { name: 'Conversation', exact: true });
	await kind.check();
	await expect(status).not.toHaveText(`${everything} results for “feedback”.`);
	// Totals from the status line: the list shows the first few of them.
	const narrowed = Number((await status.textContent())!.split(' ')[0]);
	expect(narrowed).toBeGreaterThan(1);
	expect(narrowed).toBeLessThan(everything);
	expect(await page.locator('.th-site-search__result').count()).toBeGreaterThan(1);
	for (const meta of await page.locator('.th-site-search__meta').allTextContents()) {
		expect(meta).toMatch(/^Conversation/);
	}
	await expect(page).toHaveURL(/\/search\/\?q=feedback&kind=conversation$/);

	const audience = page
		.getByRole('group', { name: 'For' })
		.getByRole('checkbox', { name: 'Mentors', exact: true });
	await audience.check();
	await expect(page).toHaveURL(/\/search\/\?q=feedback&audience=mentor&kind=conversation$/);
	await expect(status).not.toHaveText(`${narrowed} results for “feedback”.`);
	await expect(status).toHaveText(/^\d+ results? for “feedback”\.$/);
	const titles = await page.locator('.th-site-search__title').allTextContents();
	expect(titles.length).toBeGreaterThan(0);

	await page.reload();
	await expect(page.getByLabel('Search for')).toHaveValue('feedback');
	await expect(kind).toBeChecked();
	await expect(audience).toBeChecked();
	await expect(page.locator('.th-site-search__title')).toHaveText(titles);
});

test('"Show more results" by keyboard adds the next results and moves focus to the first of them', async ({
	page,
}) => {
	await page.goto('/search/?q=mentor');
	const status = page.locator('threshold-search').getByRole('status');
	await expect(status).toHaveText(/^\d+ results for “mentor”\.$/);
	const total = Number((await status.textContent())!.split(' ')[0]);
	const results = page.locator('.th-site-search__result');
	const shown = await results.count();
	expect(shown, 'a first page shorter than all the results').toBeLessThan(total);
	const more = page.getByRole('button', { name: 'Show more results' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(results).toHaveCount(Math.min(total, shown * 2));
	await expect(results.nth(shown).locator('.th-site-search__title')).toBeFocused();
	// Pressed twice before the results arrive: each result still shows once.
	await more.evaluate((button: HTMLButtonElement) => {
		button.click();
		button.click();
	});
	await expect(results).toHaveCount(Math.min(total, shown * 4));
	const links = await results
		.locator('.th-site-search__title')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(new Set(links).size).toBe(links.length);
});

/** The longest checklist item on the built site, as written (one without entities), and its page. */
function longestChecklistItem(): { path: string; text: string } {
	let found = { path: '', text: '' };
	for (const path of sitemapPaths()) {
		const html = readFileSync(`dist${path}index.html`, 'utf8');
		for (const [, text = ''] of html.matchAll(
			/<input type="checkbox"[^>]*><label for="[^"]*">([^<&]+)<\/label>/g,
		)) {
			if (text.length > found.text.length) found = { path, text };
		}
	}
	expect(found.path, 'a page with a checklist').not.toBe('');
	return found;
}

test('the words of a checklist item find the page it is on', async ({ page }) => {
	const item = longestChecklistItem();
	await page.goto('/search/');
	await page.getByLabel('Search for').fill(item.text);
	await expect(page.locator(`.th-site-search__title[href="${item.path}"]`)).toBeVisible();
});

test('filters alone list the pages that match them, for a skill from the frontmatter', async ({ page }) => {
	// A playbook's last skill: the filter must find that playbook.
	const playbook = pagesWithSkills.find((p) => p.path.startsWith('/playbooks/'))!;
	expect(playbook, 'a playbook with skills in its frontmatter').toBeDefined();
	const skill = competency(playbook.skills.at(-1)!);
	await page.goto(`/search/?skill=${skill.id}`);
	await expect(
		page.getByRole('group', { name: 'Skill' }).getByRole('checkbox', { name: skill.name, exact: true }),
	).toBeChecked();
	await expect(page.locator('threshold-search').getByRole('status')).toHaveText(
		/^\d+ pages? match these filters\.$/,
	);
	await expect(
		page.locator('.th-site-search__title', { hasText: pageTitle(playbook.path.slice(1, -1)) }),
	).toBeVisible();
});

test('on a phone, nothing on screen moves when the filters and results arrive', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 640 });
	// Pagefind is held back until the page has painted without it, as on a slow connection.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/pagefind.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.addInitScript(() => {
		const record = window as unknown as { shifted: number };
		record.shifted = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) record.shifted += (entry as unknown as { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const afterTwoFrames = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve) =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() => resolve((window as unknown as { shifted: number }).shifted)),
					),
				),
		);
	await page.goto('/search/?q=feedback', { waitUntil: 'domcontentloaded' });
	await afterTwoFrames();
	release();
	await expect(page.locator('threshold-search').getByRole('status')).toHaveText(/results for “feedback”/);
	await expect(page.locator('threshold-search summary')).toHaveText('Filters');
	expect(await afterTwoFrames()).toBe(0);
});

test('on a phone, the results start on the first screen and the filters open from "Filters", which counts the chosen ones', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto('/search/?q=feedback');
	const first = page.locator('.th-site-search__result').first();
	await expect(first).toBeInViewport();
	const filters = page.getByRole('group', { name: 'Filters' });
	await expect(filters).toBeHidden();
	const summary = page.locator('threshold-search summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await filters.getByRole('checkbox').first().check();
	await expect(summary).toHaveText('Filters (1)');
	const violations = await axeViolations(page);
	expect(violations, violations.join('\n')).toEqual([]);
	await expect(page).toHaveURL(/&\w+=[\w-]+$/);
	// A linked search with filters opens with them shown.
	await page.reload();
	await expect(filters.getByRole('checkbox').first()).toBeChecked();
	await expect(filters).toBeVisible();
	await expect(summary).toHaveText('Filters (1)');
});
