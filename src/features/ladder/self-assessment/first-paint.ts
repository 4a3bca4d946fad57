/**
 * The self-assessment's results as the page is built with them: no marks at the ladder's
 * default levels, in the same words and numbers the island draws (`draw.ts`), so a first
 * visit needs no script to show them and the drawing loads on first use.
 */
import { formatNumber } from '../../../kit/words';
import { assessmentResults, levelsInScope, type AssessmentCompetency } from './assessment';
import { emptyAssessment } from './edit';
import type { AssessmentLevel } from './levels';
import { hasGap } from './marks';
import { gapPlaybooks, type PlaybookLink } from './page';
import { resultLine, summaryText } from './text';
import type { AssessmentWords } from './words';

/** What the page shows of an assessment with no marks. */
export interface FirstPaint {
	/** Each competency's result line (full stop included) and whether it has a gap, by id. */
	lines: Map<string, { text: string; gap: boolean }>;
	/** The sentence above the results table. */
	summary: string;
	/** The results table's rows: the competency and its four counts, written the page's way. */
	rows: { id: string; name: string; counts: string[] }[];
	/** The playbooks for the gaps, as `gapPlaybooks` ranks them. */
	gaps: { link: PlaybookLink; competencies: string[] }[];
	/** Competencies with behaviors not yet shown, which a growth plan can start from. */
	open: Set<string>;
}

/** The results of no marks between `current` and `target`, in the page's words (`t`) and language. */
export function firstPaint(
	t: AssessmentWords,
	lang: string,
	page: { competencies: AssessmentCompetency[]; links: PlaybookLink[]; levels: AssessmentLevel[] },
	current: string,
	target: string,
): FirstPaint {
	const results = assessmentResults(page.competencies, page.levels, emptyAssessment(current, target));
	const scope = new Set(levelsInScope(page.levels, current, target));
	return {
		lines: new Map(
			results.map((r) => [r.competency.id, { text: `${resultLine(t, r, lang)}.`, gap: hasGap(r) }]),
		),
		summary: summaryText(t, results, lang),
		rows: results.map((r) => ({
			id: r.competency.id,
			name: r.competency.name,
			counts: [r.evidenced, r.unsupported.length, r.notYet.length, r.notApplicable.length].map((n) =>
				formatNumber(n, lang),
			),
		})),
		gaps: gapPlaybooks(results.filter(hasGap), page.links, scope),
		open: new Set(results.filter((r) => r.notYet.length).map((r) => r.competency.id)),
	};
}
