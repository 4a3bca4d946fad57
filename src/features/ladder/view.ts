/**
 * Small pure helpers the generated ladder pages share: their URLs, short labels for
 * linkable behaviors, and the table of contents. Kept out of the `.astro` files so they
 * are unit-tested and the pages stay thin.
 */
import type { Behavior, Ladder, Level, reservedIds } from './types';
import type { CompetencyChange } from './queries';

/** Prefixes a root-relative path with the site's base path (`/our-ladder/`), once. */
export function withBase(path: string, base = '/'): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !path.startsWith('/') || path.startsWith('//')) return path;
	if (path === prefix || path.startsWith(`${prefix}/`)) return path;
	return `${prefix}${path}`;
}

/** A root-relative path under the site's base path (Astro's `BASE_URL`), for a page's links. */
export const url = (path: string): string => withBase(path, import.meta.env.BASE_URL);

/** Root-relative URLs of the ladder's pages (prefix them with `withBase`). */
export const ladderPaths = {
	overview: '/ladder/',
	level: (id: string) => `/ladder/levels/${id}/`,
	competency: (id: string, anchor?: string) => `/ladder/competencies/${id}/${anchor ? `#${anchor}` : ''}`,
	changesIndex: '/ladder/changes/',
	changes: (from: Level, to: Level) => `/ladder/changes/${from.id}-to-${to.id}/`,
	selfAssessment: '/ladder/self-assessment/',
	evidenceLog: '/ladder/evidence-log/',
	versions: '/ladder/versions/',
	mentor: '/ladder/mentor/',
	page: (slug: string) => `/${slug}/`.replace(/\/+/g, '/'),
};

/** A short label for a behavior, for "Copy as Markdown" links: its first words, cut at a word. */
export function shortLabel(text: string, max = 60): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean.replace(/[.;:]$/, '');
	const cut = clean.slice(0, max + 1);
	const end = cut.lastIndexOf(' ');
	return `${cut.slice(0, end > max / 2 ? end : max).replace(/[\s,;:.(–-]+$/, '')}…`;
}

/** A heading for Starlight's table of contents. */
export interface TocHeading {
	depth: number;
	slug: string;
	text: string;
}

/** Totals for a "what changes" page: how many behaviors are new, grow or stay. */
export function changeTotals(changes: CompetencyChange[]): { added: number; grown: number; kept: number } {
	return changes.reduce(
		(t, c) => ({
			added: t.added + c.added.length,
			grown: t.grown + c.grown.length,
			kept: t.kept + c.kept.length,
		}),
		{ added: 0, grown: 0, kept: 0 },
	);
}

/** The level before and after `id`, if any. */
export function adjacentLevels(
	ladder: Ladder,
	id: string,
): { previous?: Level | undefined; next?: Level | undefined } {
	const i = ladder.levels.findIndex((l) => l.id === id);
	return { previous: ladder.levels[i - 1], next: ladder.levels[i + 1] };
}

/** The title of the level a behavior belongs to. */
export function levelTitle(ladder: Ladder, behavior: Behavior): string {
	return ladder.levels.find((l) => l.id === behavior.level)?.title ?? behavior.level;
}

/** Headings with fixed ids on the generated pages (every other id comes from the ladder; see `reservedIds`). */
export const fixedAnchors = {
	overview: ['levels', 'use-the-ladder'],
	competency: ['suggest-a-change'],
} satisfies Record<string, (typeof reservedIds)[number][]>;

/** The id of a version's heading on the versions page, e.g. "version-2". */
export const versionAnchor = (version: number) => `version-${version}`;

/** The id of the versions page's "Renamed and merged" heading; no ladder id is an anchor there. */
export const versionsFixedAnchor = 'renamed-and-merged';

/**
 * Every generated ladder page (root-relative path) and the anchors on it, so links from
 * Markdown pages into the ladder can be checked like links between Markdown pages.
 */
export function ladderAnchors(ladder: Ladder): Map<string, Set<string>> {
	const pages = new Map<string, Set<string>>();
	const groupIds = ladder.groups.map((g) => g.id);
	const behaviorIds = (levelIds: string[], competencies = ladder.competencies) =>
		competencies.flatMap((c) => levelIds.flatMap((l) => (c.levels[l]?.behaviors ?? []).map((b) => b.id)));
	pages.set(ladderPaths.overview, new Set([...fixedAnchors.overview, ...groupIds]));
	for (const level of ladder.levels) {
		pages.set(
			ladderPaths.level(level.id),
			new Set([...groupIds, ...ladder.competencies.map((c) => c.id), ...behaviorIds([level.id])]),
		);
	}
	for (const c of ladder.competencies) {
		const levels = Object.keys(c.levels);
		pages.set(
			ladderPaths.competency(c.id),
			new Set([...fixedAnchors.competency, ...levels, ...behaviorIds(levels, [c])]),
		);
	}
	pages.set(ladderPaths.changesIndex, new Set());
	ladder.levels.slice(1).forEach((to, i) => {
		const from = ladder.levels[i]!;
		pages.set(
			ladderPaths.changes(from, to),
			new Set([...groupIds, ...ladder.competencies.map((c) => c.id), ...behaviorIds([from.id, to.id])]),
		);
	});
	pages.set(ladderPaths.selfAssessment, new Set());
	pages.set(ladderPaths.evidenceLog, new Set());
	pages.set(
		ladderPaths.versions,
		new Set([...ladder.history.map((h) => versionAnchor(h.version)), versionsFixedAnchor]),
	);
	pages.set(ladderPaths.mentor, new Set());
	return pages;
}

/** A test for links into the generated ladder pages: true when the page and its anchor exist. */
export function ladderLinkChecker(ladder: Ladder, base = '/'): (link: string) => boolean {
	const anchors = ladderAnchors(ladder);
	const prefix = base.replace(/\/+$/, '');
	return (link) => {
		const [rawPath = '', anchor] = link.split('#');
		const path = prefix && rawPath.startsWith(`${prefix}/`) ? rawPath.slice(prefix.length) : rawPath;
		const page = anchors.get(path.endsWith('/') ? path : `${path}/`);
		return page !== undefined && (!anchor || page.has(decodeURIComponent(anchor)));
	};
}
