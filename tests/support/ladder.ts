/**
 * The ladder the site was built from, loaded by the project's own loader, so browser tests
 * derive what they expect from `content/ladder/` instead of naming this site's ids: a fork
 * that replaces the ladder passes them unchanged. Every picker throws when the ladder has
 * nothing it needs, so a test can never pass by checking nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadLadder, readPages } from '../../src/features/ladder/load';
import { behaviorsAt, changesBetween, levelPairs, pairSlug } from '../../src/features/ladder/queries';
import type { Behavior, Competency, Level } from '../../src/features/ladder/types';

const root = resolve(import.meta.dirname, '../..');

/** The validated ladder of the project's `content/ladder/`. */
export const ladder = loadLadder(root);

/** Fails a test whose ladder lacks what it needs, naming what is missing. */
function must<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`The ladder in content/ladder/ has no ${what}.`);
	return value;
}

/** A level by id. */
export const level = (id: string): Level =>
	must(
		ladder.levels.find((l) => l.id === id),
		`level "${id}"`,
	);

/** A competency by id. */
export const competency = (id: string): Competency =>
	must(
		ladder.competencies.find((c) => c.id === id),
		`competency "${id}"`,
	);

/** The level the self-assessment and the evidence log start from, and the one they aim for. */
export const start = { current: level(ladder.assessment.current), target: level(ladder.assessment.target) };

/** Competencies that describe `levelId`, in ladder order. */
export const describing = (levelId: string): Competency[] =>
	ladder.competencies.filter((c) => behaviorsAt(c, levelId).length > 0);

/** The first competency that describes `levelId` with at least `min` behaviors. */
export const competencyAt = (levelId: string, min = 1): Competency =>
	must(
		describing(levelId).find((c) => behaviorsAt(c, levelId).length >= min),
		`competency with ${min} behaviors at "${levelId}"`,
	);

/** Every behavior of the ladder, in ladder order. */
export const behaviors: Behavior[] = ladder.competencies.flatMap((c) =>
	ladder.levels.flatMap((l) => behaviorsAt(c, l.id)),
);

/** A behavior that grows out of an earlier one, with that one. */
export function grownBehavior(): { behavior: Behavior; from: Behavior } {
	const behavior = must(
		behaviors.find((b) => b.grows),
		'behavior that grows out of another',
	);
	return { behavior, from: must(byId(behavior.grows!), `behavior "${behavior.grows}"`) };
}

/** A behavior by id. */
export const byId = (id: string): Behavior | undefined => behaviors.find((b) => b.id === id);

/** Each step up the ladder: its levels and the URL of its "what changes" page. */
export const steps = levelPairs(ladder).map(([from, to]) => ({
	from,
	to,
	path: `/ladder/changes/${pairSlug(from, to)}/`,
}));

/** The step up to the level the self-assessment aims for, or else the first step. */
export const targetStep = must(steps.find((s) => s.to.id === start.target.id) ?? steps[0], 'two levels');

/** What changes between two levels, per competency (see `changesBetween`). */
export const changes = (fromId: string, toId: string) => changesBetween(ladder, fromId, toId);

/** The first four words of a text: enough to find it, short of its closing punctuation. */
export const opening = (text: string): string => text.split(/\s+/).slice(0, 4).join(' ');

/** Escapes `text` for use inside a regular expression. */
export const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pages under content/docs that name ladder competencies in their `skills`, with those ids. */
export const pagesWithSkills = readPages(root)
	.filter((p) => Array.isArray(p.skills) && p.skills.length > 0)
	.map((p) => ({ path: `/${p.slug}/`, skills: p.skills as string[] }));

/** The `title` in the frontmatter of the page at `slug` under content/docs (e.g. "playbooks/habits"). */
export function pageTitle(slug: string): string {
	const file = ['.mdx', '.md']
		.map((ext) => join(root, 'content/docs', slug + ext))
		.find((f) => existsSync(f));
	const frontmatter = file && /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
	const title = frontmatter ? (parse(frontmatter) as { title?: unknown }).title : undefined;
	return must(typeof title === 'string' ? title : undefined, `page content/docs/${slug} with a title`);
}

/** The levels the self-assessment asks about at first: above the current level, up to the target. */
export const scope = ladder.levels.filter(
	(l) => l.order > start.current.order && l.order <= start.target.order,
);

/** A competency's behaviors in `scope`, as the self-assessment lists them. */
export const inScope = (c: Competency): Behavior[] => scope.flatMap((l) => behaviorsAt(c, l.id));

/** The competencies the self-assessment asks about at first, in ladder order. */
export const assessed = ladder.competencies.filter((c) => inScope(c).length > 0);

/**
 * A behavior and a long word of its own, to search for: no other text of the ladder uses
 * it (compared without its usual endings, since search also finds other forms of a word),
 * and of those, the one the pages under content/docs use least, so the ladder's pages
 * come first in the results.
 */
export function rareWord(): { word: string; behavior: Behavior } {
	// Roughly what search matches: a word without its usual endings ("retrying" → "retry").
	const stem = (w: string) =>
		w
			.toLowerCase()
			.replace(/(ing|ed|es|s|er|ers|ion|ions|ly)$/, '')
			.slice(0, 6);
	const words = (text: string) => text.match(/\p{L}{7,}/gu) ?? [];
	const other = [
		ladder.title,
		ladder.summary,
		...ladder.levels.flatMap((l) => [l.title, l.summary]),
		...ladder.groups.flatMap((g) => [g.name, g.summary ?? '']),
		...ladder.competencies.flatMap((c) => [
			c.name,
			c.summary,
			...Object.values(c.levels).flatMap((l) => [l.summary, l.evidence, l.practice]),
		]),
	];
	const counts = new Map<string, number>();
	for (const text of [...behaviors.map((b) => b.text), ...other])
		for (const s of new Set(words(text).map(stem))) counts.set(s, (counts.get(s) ?? 0) + 1);
	const docs = readdirSync(join(root, 'content/docs'), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => readFileSync(join(root, 'content/docs', file), 'utf8').toLowerCase())
		.join('\n');
	const inDocs = (word: string) => docs.split(stem(word)).length - 1;
	// Search shows the first few results: a word the pages use often would bury the ladder's.
	const candidates = behaviors.flatMap((behavior) =>
		words(behavior.text)
			.filter((word) => counts.get(stem(word)) === 1)
			.map((word) => ({ word, behavior, docs: inDocs(word) })),
	);
	const best = candidates.sort((a, b) => a.docs - b.docs)[0];
	return must(best, 'behavior with a word of its own to search for');
}
