/**
 * The self-assessment's sentences: a competency's result and the summary of them all, in
 * the page's words (`content/i18n/`) with numbers written the page's way.
 */
import { fill, formatNumber } from '../../../kit/words';
import { type CompetencyResult } from './assessment';
import { hasGap } from './marks';
import type { AssessmentWords } from './words';

/** One line summing up a competency's result, as the page and the export show it (no full stop). */
export function resultLine(t: AssessmentWords, result: CompetencyResult, lang: string): string {
	const n = (count: number) => formatNumber(count, lang);
	const parts: string[] = [];
	// When nothing in scope applies, "0 of 0 shown" says nothing: only say why.
	if (result.total > 0)
		parts.push(
			fill(t['assessment.resultEvidenced'], { evidenced: n(result.evidenced), total: n(result.total) }),
		);
	if (result.unsupported.length)
		parts.push(fill(t['assessment.resultUnsupported'], { count: n(result.unsupported.length) }));
	if (result.notYet.length)
		parts.push(fill(t['assessment.resultNotYet'], { count: n(result.notYet.length) }));
	if (result.notApplicable.length)
		parts.push(fill(t['assessment.resultNotApplicable'], { count: n(result.notApplicable.length) }));
	return parts.join(', ');
}

/**
 * The sentence above the results table: how much is shown with evidence, where the gaps
 * are, and how many behaviors were set aside as not applying to the reader's role.
 */
export function summaryText(t: AssessmentWords, results: CompetencyResult[], lang: string): string {
	const n = (count: number) => formatNumber(count, lang);
	const notApplicable = results.reduce((sum, r) => sum + r.notApplicable.length, 0);
	const aside = notApplicable
		? ` ${fill(t['assessment.summaryNotApplicable'], { count: n(notApplicable) })}`
		: '';
	return `${gapsText(t, results, n)}${aside}`;
}

function gapsText(t: AssessmentWords, results: CompetencyResult[], n: (count: number) => string): string {
	const total = n(results.reduce((sum, r) => sum + r.total, 0));
	const gaps = results.filter(hasGap);
	if (gaps.length === 0) return fill(t['assessment.summaryDone'], { total });
	return fill(t['assessment.summaryGaps'], {
		evidenced: n(results.reduce((sum, r) => sum + r.evidenced, 0)),
		total,
		gaps: n(gaps.length),
		competencies: n(results.length),
		names: gaps.map((g) => g.competency.name).join(', '),
	});
}
