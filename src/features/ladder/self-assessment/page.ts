/**
 * What the self-assessment reads from its own HTML, turned into the shapes the logic uses.
 * The element collects one plain row per behavior and per playbook link; these functions
 * group and select them, so the page's structure is tested without a browser.
 */
import { type AssessmentCompetency, type CompetencyResult } from './assessment';
import { playbooksForGaps } from './marks';

/**
 * The most goals a plan starts with: the growth plan's own advice. Here, not in `plan.ts`,
 * because the page limits the gaps a reader picks; the plan itself loads on first use.
 */
export const maxPlanGoals = 3;

/** A behavior as the page lists it (`li[data-behavior]` inside its competency's section). */
export interface BehaviorRow {
	id: string;
	level: string;
	competency: string;
	/** The competency's name. */
	name: string;
	text: string;
}

/** The competencies and their behaviors, in page order. */
export function competenciesFrom(rows: BehaviorRow[]): AssessmentCompetency[] {
	const byId = new Map<string, AssessmentCompetency>();
	for (const row of rows) {
		let competency = byId.get(row.competency);
		if (!competency)
			byId.set(row.competency, (competency = { id: row.competency, name: row.name, items: [] }));
		competency.items.push({ id: row.id, competency: row.competency, level: row.level, text: row.text });
	}
	return [...byId.values()];
}

/** A playbook link as the page shows it under a competency at a level. */
export interface PlaybookLink {
	competency: string;
	level: string;
	slug: string;
	title: string;
	/** The link's `href` as written in the page. */
	path: string;
}

/** The playbooks that train `competency` at the levels in `scope`, each once, in page order. */
export function playbooksFor(
	links: PlaybookLink[],
	competency: string,
	scope: ReadonlySet<string>,
): PlaybookLink[] {
	const found = new Map<string, PlaybookLink>();
	for (const link of links)
		if (link.competency === competency && scope.has(link.level) && !found.has(link.slug))
			found.set(link.slug, link);
	return [...found.values()];
}

/**
 * The playbooks for the competencies with gaps, those covering the most of them first,
 * each with the names of the competencies it trains.
 */
export function gapPlaybooks(
	gaps: CompetencyResult[],
	links: PlaybookLink[],
	scope: ReadonlySet<string>,
): { link: PlaybookLink; competencies: string[] }[] {
	const bySlug = new Map<string, PlaybookLink>();
	const ranked = playbooksForGaps(
		gaps.map((gap) => ({
			competency: gap.competency.name,
			playbooks: playbooksFor(links, gap.competency.id, scope).map((link) => {
				bySlug.set(link.slug, link);
				return link.slug;
			}),
		})),
	);
	return ranked.map(({ playbook, competencies }) => ({ link: bySlug.get(playbook)!, competencies }));
}
