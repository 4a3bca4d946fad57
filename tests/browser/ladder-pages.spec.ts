import { expect, test, type Page } from '@playwright/test';
import site from '../../content/site.json' with { type: 'json' };
import {
	behaviors,
	changes,
	competency,
	competencyAt,
	escape,
	grownBehavior,
	ladder,
	level,
	opening,
	pagesWithSkills,
	rareWord,
	start,
	steps,
	targetStep,
} from '../support/ladder';
import { behaviorsAt } from '../../src/features/ladder/queries';

const levelTitles = ladder.levels.map((l) => l.title);
const last = ladder.levels.at(-1)!;

/** The path of every script file the page loads. */
async function scriptSources(page: Page): Promise<string[]> {
	return page
		.locator('script[src]')
		.evaluateAll((scripts) => scripts.map((s) => new URL((s as HTMLScriptElement).src).pathname).sort());
}

test('the ladder overview shows every level and, for each group, its competencies by level', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/ladder/');
	await expect(page.getByRole('heading', { level: 1, name: ladder.title })).toBeVisible();
	const levels = page.locator('ol.ladder-levels > li');
	await expect(levels).toHaveCount(ladder.levels.length);
	for (const [i, { title }] of ladder.levels.entries())
		await expect(levels.nth(i).getByRole('link', { name: title })).toBeVisible();
	for (const group of ladder.groups) {
		await expect(page.getByRole('heading', { level: 2, name: group.name })).toBeVisible();
	}
	const { target } = start;
	const chosen = competencyAt(target.id);
	const group = ladder.groups.find((g) => g.id === chosen.group)!;
	const table = page.getByRole('table', { name: group.name, exact: true });
	await expect(table.getByRole('columnheader')).toHaveText(['Competency', ...levelTitles]);
	await table
		.getByRole('link', { name: new RegExp(`behaviors?: ${escape(chosen.name)}, ${escape(target.title)}$`) })
		.click();
	await expect(page).toHaveURL(new RegExp(`/ladder/competencies/${chosen.id}/#${target.id}$`));
	await expect(page.getByRole('heading', { level: 2, name: target.title })).toBeInViewport();
});

test('on a phone the overview stacks each competency with its level names, without scrolling sideways', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/ladder/');
	const row = page.getByRole('row', { name: new RegExp(escape(competencyAt(last.id).name)) });
	await expect(row.getByText(last.title, { exact: true })).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('a link to a behavior lands on that behavior, which carries a label for copy-link', async ({ page }) => {
	// The last behavior of a competency at the target level: far enough down to need the scroll.
	const chosen = competencyAt(start.target.id);
	const shown = behaviorsAt(chosen, start.target.id).at(-1)!;
	await page.goto(`/ladder/competencies/${chosen.id}/#${shown.id}`);
	const behavior = page.locator(`[id="${shown.id}"]`);
	await expect(behavior).toBeInViewport();
	await expect(behavior).toContainText(shown.text);
	await expect(behavior).toHaveAttribute('data-linkable', '');
	await expect(behavior).toHaveAttribute(
		'data-link-label',
		new RegExp(`^${escape(`${chosen.name}, ${start.target.title}: ${opening(shown.text)}`)}`),
	);
});

test('a competency page says what each behavior grows out of, and links to it', async ({ page }) => {
	const { behavior, from } = grownBehavior();
	await page.goto(`/ladder/competencies/${behavior.competency}/`);
	const grown = page.locator(`[id="${behavior.id}"]`);
	await expect(grown).toContainText(`Grows from ${level(from.level).title}: ${opening(from.text)}`);
	await grown.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`#${from.id}$`));
	await expect(page.locator(`[id="${from.id}"]`)).toBeInViewport();
});

test('a level page lists every competency at that level with its evidence, practice and playbooks', async ({
	page,
}) => {
	const { from, to, path } = targetStep;
	await page.goto(`/ladder/levels/${to.id}/`);
	await expect(page.getByRole('heading', { level: 1, name: to.title })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(ladder.competencies.length);
	const chosen = competencyAt(to.id);
	const at = chosen.levels[to.id]!;
	// Starlight wraps a heading with its link control: the competency's text follows the wrapper.
	const section = page.locator(`.sl-heading-wrapper:has(> h3[id="${chosen.id}"]) ~ *`).first();
	await expect(section).toContainText(at.summary);
	await expect(page.locator(`[id="${at.behaviors[0]!.id}"]`)).toContainText(at.behaviors[0]!.text);
	await page.getByRole('link', { name: `What changes from ${from.title}` }).click();
	await expect(page).toHaveURL(new RegExp(`${escape(path)}$`));
});

test('the "what changes" page lists, per competency, what is new, what grows and what stays', async ({
	page,
}) => {
	// The competency that changes in the most ways (new, grown, kept), preferring the step up
	// to the target level; it must have a behavior that grows, the heart of this page.
	const kinds = (c: ReturnType<typeof changes>[number]) =>
		[c.added, c.grown, c.kept].filter((list) => list.length > 0).length;
	const candidates = [targetStep, ...steps].flatMap((step) =>
		changes(step.from.id, step.to.id)
			.filter((c) => c.grown.length > 0)
			.map((change) => ({ step, change })),
	);
	expect(candidates.length, 'a behavior that grows out of one at the level before').toBeGreaterThan(0);
	const { step, change } = candidates.reduce((best, next) =>
		kinds(next.change) > kinds(best.change) ? next : best,
	);
	const { competency: chosen, added, grown, kept } = change;
	await page.goto(step.path);
	await expect(
		page.getByRole('heading', { level: 1, name: `From ${step.from.title} to ${step.to.title}` }),
	).toBeVisible();
	const section = page.locator('section.ladder-change', { has: page.locator(`h3[id="${chosen.id}"]`) });
	const lists = [
		['New', added],
		['Grows', grown],
		['Stays', kept],
	] as const;
	await expect(section.getByRole('heading', { level: 4 })).toHaveText(
		lists.filter(([, list]) => list.length > 0).map(([name]) => name),
	);
	await expect(section.locator(`[id="${grown[0]!.behavior.id}"]`)).toContainText(
		`Grows from ${grown[0]!.fromLevel.title}: ${grown[0]!.from.text}`,
	);
	for (const b of [added[0], kept[0]])
		if (b) await expect(section.locator(`[id="${b.id}"]`)).toContainText(b.text);
	for (const slug of chosen.levels[step.to.id]!.playbooks)
		await expect(section.locator(`a[href="/${slug}/"]`)).toBeVisible();
});

test('printing a "what changes" page prints the changes without the site navigation', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	const step = steps.at(-1)!;
	await page.goto(step.path);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#starlight__sidebar')).toBeHidden();
	await expect(page.locator('starlight-toc')).toBeHidden();
	const name = changes(step.from.id, step.to.id)[0]!.competency.name;
	await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
});

test('the "what changes" index links every step up the ladder', async ({ page }) => {
	await page.goto('/ladder/changes/');
	expect(steps.length).toBeGreaterThan(0);
	await expect(page.locator('main li a')).toHaveText(
		steps.map((s) => `From ${s.from.title} to ${s.to.title}`),
	);
});

test('a playbook\'s "Trains" line uses the ladder\'s competency names and links to them', async ({
	page,
}) => {
	// The playbook that trains the most competencies, so the order of the names is tested too.
	const playbook = pagesWithSkills
		.filter((p) => p.path.startsWith('/playbooks/'))
		.sort((a, b) => b.skills.length - a.skills.length)[0];
	expect(playbook, 'a playbook with skills in its frontmatter').toBeDefined();
	const names = playbook!.skills.map((id) => competency(id).name);
	await page.goto(playbook!.path);
	const trains = page.locator('.playbook-facts div', { has: page.locator('dt', { hasText: 'Trains' }) });
	await expect(trains.getByRole('link')).toHaveText(names);
	const chosen = competency(playbook!.skills.at(-1)!);
	await trains.getByRole('link', { name: chosen.name, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/ladder/competencies/${chosen.id}/$`));
	await expect(page.getByRole('heading', { level: 1, name: chosen.name })).toBeVisible();
});

test('the versions page, linked from the overview, lists each version with its date and notes', async ({
	page,
}) => {
	await page.goto('/ladder/');
	await page.getByRole('link', { name: "See the ladder's versions" }).click();
	await expect(page).toHaveURL(/\/ladder\/versions\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Versions of the ladder' })).toBeVisible();
	const { history } = ladder;
	await expect(page.locator('main h2')).toHaveText([
		...history.map((h) => `Version ${h.version}`),
		'Renamed and merged',
	]);
	const times = page.locator('main time');
	await expect(times).toHaveCount(history.length);
	for (const [i, h] of history.entries()) {
		await expect(times.nth(i)).toHaveAttribute('datetime', h.date);
		const shown = new Date(`${h.date}T00:00:00Z`).toLocaleDateString('en-US', {
			dateStyle: 'medium',
			timeZone: 'UTC',
		});
		await expect(times.nth(i)).toHaveText(shown);
		await expect(page.getByText(h.notes)).toBeVisible();
	}
	if (history.length === 0) await expect(page.getByText('This ladder has no dated notes yet.')).toBeVisible();
	const renamed =
		ladder.competencies.some((c) => c.replaces.length) || behaviors.some((b) => b.replaces.length);
	await expect(page.getByText('Nothing has been renamed or merged yet.')).toHaveCount(renamed ? 0 : 1);
});

test("each competency links to suggest a change to its file in the team's repository", async ({ page }) => {
	const chosen = ladder.competencies.at(-1)!;
	await page.goto(`/ladder/competencies/${chosen.id}/`);
	await expect(page.getByRole('link', { name: 'suggest a change to it in the repository' })).toHaveAttribute(
		'href',
		`${site.repository.url}/edit/${site.repository.branch}/${chosen.file}`,
	);
});

test('generated ladder pages load no script beyond what a plain page loads', async ({ page }) => {
	await page.goto('/start/mentor/');
	const plain = new Set(await scriptSources(page));
	for (const path of [
		'/ladder/',
		`/ladder/levels/${start.target.id}/`,
		`/ladder/competencies/${competencyAt(start.target.id).id}/`,
		'/ladder/changes/',
		targetStep.path,
		'/ladder/versions/',
	]) {
		await page.goto(path);
		const extra = (await scriptSources(page)).filter((src) => !plain.has(src));
		expect(extra, path).toEqual([]);
	}
});

test('search finds a behavior on the ladder pages', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/ladder/');
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByPlaceholder('Search')).toBeFocused();
	const { word, behavior } = rareWord();
	await page.keyboard.type(word);
	// The dialog searches as the reader types: wait for the results for the whole word, not a prefix
	// of it ("guid" finds "guidance" on another page).
	await expect(dialog.locator('.pagefind-ui__message')).toContainText(word, { timeout: 15_000 });
	const result = dialog.locator('a[href*="/ladder/"]').first();
	await expect(result).toBeVisible({ timeout: 15_000 });
	await result.click();
	await expect(page).toHaveURL(/\/ladder\//);
	await expect(page.locator('main')).toContainText(behavior.text);
});

test('a section keyed by a competency is headed by its name in the ladder, listed in "On this page", and links to it', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/playbooks/ten-skills/');
	const headings = page.locator('main h3[data-competency]');
	expect(await headings.count()).toBeGreaterThan(0);
	const first = headings.first();
	const [name, id] = [await first.textContent(), await first.getAttribute('id')];
	// By its target: a page may have more than one section keyed by the same competency.
	await expect(page.locator(`starlight-toc a[href="#${id}"]`)).toHaveAccessibleName(name!);
	const competency = await first.getAttribute('data-competency');
	// The links right under the heading, to the competency it names.
	await page
		.locator(`.sl-heading-wrapper:has(> h3[id="${id}"]) + p[data-competency="${competency}"]`)
		.getByRole('link')
		.click();
	await expect(page).toHaveURL(new RegExp(`/ladder/competencies/${competency}/$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
});

test('the frameworks table has a row for every competency of the ladder, each linking to it', async ({
	page,
}) => {
	await page.goto('/ladder/');
	const competencies = await page
		.locator('main a[href*="/ladder/competencies/"]')
		.evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
	await page.goto('/playbooks/gap-map/');
	const table = page.getByRole('table', { name: /Each competency of the ladder/ });
	const rows = await table
		.locator('tbody th a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	expect(rows.sort()).toEqual(competencies.sort());
	// Every section the table points to is on its page.
	const targets = await table
		.locator('tbody td a[href*="#"]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	expect(targets.length).toBeGreaterThan(0);
	for (const target of new Set(targets)) {
		await page.goto(target);
		await expect(page.locator(`[id="${new URL(target).hash.slice(1)}"]`)).toHaveCount(1);
	}
});
