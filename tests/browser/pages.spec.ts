/**
 * Every page the build publishes, opened once and checked for everything a page owes its
 * readers: nothing requested from another origin, nothing refused by its Content-Security-Policy,
 * no console error, no WCAG 2.2 AA violation in the light or the dark theme, no failure on a
 * cut-off, malformed or 100 kB fragment, and a section-link control on every heading.
 *
 * Pages are checked in small groups of one template family, each page a step whose failures
 * name it; one load per page keeps the sweep of the whole site within a few minutes.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { sitemapPaths, useTheme } from '../support/site';
import { collectViolations, watchPage } from '../support/watch';

/** Opened with the page: a percent-escape cut off after its second byte, as chat tools cut links. */
const truncated = '#%E0%A4%A';
/** Set on the open page, one after another; the last one looks like a damaged share link. */
const malformed = ['#%', '#%%41', `#${'%E2%80'.repeat(10)}x`, `#${'x'.repeat(100_000)}`, '#doc=%E0%A4%A'];
/** Pages per test: small enough to spread over workers and finish well within the timeout. */
const perTest = 6;

/** The site's pages in groups of at most `perTest` from one template family ("playbooks", …). */
function pageGroups(): [string, string[]][] {
	const families = new Map<string, string[]>();
	for (const path of sitemapPaths()) {
		const parts = path.split('/').filter(Boolean);
		const family = parts.length > 1 ? parts.slice(0, -1).join('/') : 'top-level pages';
		families.set(family, [...(families.get(family) ?? []), path]);
	}
	const groups: [string, string[]][] = [];
	for (const [family, paths] of families) {
		const count = Math.ceil(paths.length / perTest);
		for (let i = 0; i < count; i++) {
			const name = count > 1 ? `${family} (${i + 1} of ${count})` : family;
			groups.push([name, paths.slice(i * perTest, (i + 1) * perTest)]);
		}
	}
	return groups;
}

/** Headings in the page's content (outside islands) that lack an id or a section-link control. */
const unlinkedHeadings = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.sl-markdown-content :is(h2, h3, h4, h5, h6)')]
			.filter((heading) => {
				// Headings inside an island (a custom element) name parts of a tool, not sections.
				for (let node = heading.parentElement; node; node = node.parentElement) {
					if (node.localName.includes('-') && node.localName !== 'section-links') return false;
				}
				const control = heading.parentElement?.querySelector(':scope > [data-section][role="button"]');
				return !heading.id || control?.getAttribute('data-section') !== heading.id;
			})
			.map((heading) => `${heading.localName}#${heading.id || '(no id)'} “${heading.textContent?.trim()}”`),
	);

/** Sets `hash` on the open page and waits until the page has seen it change. */
const changeHash = (page: Page, hash: string) =>
	page.evaluate(
		(next) =>
			new Promise<void>((done) => {
				addEventListener('hashchange', () => done(), { once: true });
				location.hash = next;
			}),
		hash,
	);

for (const [group, paths] of pageGroups()) {
	test(`${group}: each page loads only from this site, keeps its policy, passes axe in light and dark, survives broken fragments and links every heading`, async ({
		page,
		baseURL,
	}) => {
		test.setTimeout(paths.length * 30_000);
		const trouble = await watchPage(page, new URL(baseURL ?? '').origin);
		await useTheme(page, 'light');
		for (const path of paths) {
			await test.step(path, async () => {
				for (const list of Object.values(trouble)) list.length = 0;
				await page.goto(`${path}${truncated}`);
				// Starlight builds the search UI when the page is idle: that is part of loading too.
				await page.locator('#starlight__search input').waitFor({ state: 'attached' });

				await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
				const light = await axeViolations(page);
				expect.soft(light, `${path} in the light theme:\n${light.join('\n')}`).toEqual([]);
				await page.locator('starlight-theme-select select:visible').selectOption('dark');
				await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
				const dark = await axeViolations(page);
				expect.soft(dark, `${path} in the dark theme:\n${dark.join('\n')}`).toEqual([]);

				// Scrolling to the end runs the table-of-contents observer and lazy parts of the page.
				await page.keyboard.press('End');
				for (const hash of malformed) await changeHash(page, hash);
				if ((await page.locator('threshold-builder').count()) > 0) {
					await expect.soft(page.getByText('This link is damaged').first(), path).toBeVisible();
				}
				expect.soft(await unlinkedHeadings(page), `${path}: headings without a link control`).toEqual([]);

				await collectViolations(page, trouble);
				expect.soft(trouble.violations, `${path}: policy violations`).toEqual([]);
				expect.soft(trouble.errors, `${path}: errors`).toEqual([]);
				expect.soft(trouble.foreignRequests, `${path}: requests to other origins`).toEqual([]);
				expect
					.soft(trouble.ownRequests.length, `${path}: the watch saw the page load its files`)
					.toBeGreaterThan(1);
			});
		}
	});
}
