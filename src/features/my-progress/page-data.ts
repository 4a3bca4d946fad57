/**
 * What "My growth" renders for its island at build time: the ladder cut down to what the
 * page counts (`data-ladder`) and the site's builders with the page each lives on
 * (`data-builders`). Pure, so a fork's ladder and builders are tested the same way.
 */
import type { Ladder } from '../ladder/types';
import { pageWithBuilder, type PageSource } from '../builders/pages';
import { planKind } from '../ladder/self-assessment/plan';
import { ladderPaths, withBase } from '../ladder/view';
import type { BuilderInfo, GrowthLadder } from './growth';

/** The ladder as the island needs it: levels, each competency's behaviors by level, the defaults. */
export function growthLadder(ladder: Ladder): GrowthLadder {
	return {
		levels: ladder.levels.map((l) => ({
			id: l.id,
			title: l.title,
			competencies: ladder.competencies.filter((c) => c.levels[l.id]).map((c) => c.id),
		})),
		competencies: ladder.competencies.map((c) => ({
			id: c.id,
			name: c.name,
			items: Object.entries(c.levels).flatMap(([level, at]) =>
				at.behaviors.map((b) => ({ id: b.id, competency: c.id, level, text: '' })),
			),
		})),
		current: ladder.assessment.current,
		target: ladder.assessment.target,
		staleAfterWeeks: ladder.evidence.staleAfterWeeks,
	};
}

/** A builder file as the content collection gives it: its kind (file name) and variants. */
export interface BuilderEntry {
	id: string;
	data: { variants: { id: string; label: string }[] };
}

/**
 * Every builder that some page places, growth plans first, then by kind: its page (at the
 * builder's heading), its variants' labels, and whether every draft is listed. Growth plans
 * are what a reader works on, so all of them show; of any other builder (the next 1:1
 * agenda, a promotion case) only the newest draft.
 */
export function builderInfos(builders: BuilderEntry[], pages: PageSource[], base: string): BuilderInfo[] {
	return builders
		.map((b) => ({ b, page: pageWithBuilder(pages, b.id) }))
		.filter((x): x is { b: BuilderEntry; page: string } => x.page !== undefined)
		.sort((x, y) => Number(y.b.id === planKind) - Number(x.b.id === planKind) || x.b.id.localeCompare(y.b.id))
		.map(({ b, page }) => ({
			kind: b.id,
			url: withBase(`${ladderPaths.page(page)}#tb-${b.id}-title`, base),
			variants: Object.fromEntries(b.data.variants.map((v) => [v.id, v.label])),
			all: b.id === planKind,
		}));
}
