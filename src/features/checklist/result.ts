/**
 * The result of a checklist used as an assessment (`<ChecklistResult>`): fewer than half
 * ticked means clear targets, and the weakest groups are the ones to train.
 */
import { fill } from '../../kit/words';
import { countText, type Count, type GroupProgress, type Progress } from './state';
import type { ChecklistResultWords } from './words';

/** How an assessment came out. */
export interface AssessmentResult {
	band: 'none' | 'under-half' | 'half-or-more' | 'all';
	/** The groups with the lowest share ticked; empty when every group has the same share. */
	weakest: GroupProgress[];
}

/** The result of a checklist used as an assessment: fewer than half ticked, and the weakest groups. */
export function assess(p: Progress): AssessmentResult {
	const band =
		p.done === 0 ? 'none' : p.done === p.total ? 'all' : p.done * 2 < p.total ? 'under-half' : 'half-or-more';
	const share = (g: Count) => g.done / g.total;
	const shares = p.groups.map(share);
	const lowest = Math.min(...shares);
	const weakest = lowest < Math.max(...shares) ? p.groups.filter((g) => share(g) === lowest) : [];
	return { band, weakest };
}

/** The sentence that opens the result, and each weakest group with its count, in the page's words. */
export function describeResult(
	words: ChecklistResultWords,
	p: Progress,
): {
	summary: string;
	weakest: { label: string; count: string }[];
} {
	const { band, weakest } = assess(p);
	const count = countText(words, p);
	const weakestIntro = weakest.length
		? ` ${words[weakest.length > 1 ? 'checklist.resultWeakestOther' : 'checklist.resultWeakestOne']}`
		: '';
	const summary =
		band === 'none'
			? words['checklist.resultNone']
			: band === 'all'
				? fill(words['checklist.resultAll'], { total: p.total })
				: fill(words[band === 'under-half' ? 'checklist.resultUnderHalf' : 'checklist.resultHalfOrMore'], {
						count,
					}) + weakestIntro;
	return {
		summary,
		weakest: weakest.map((g) => ({
			label: g.label,
			count: fill(words['checklist.resultGroup'], { count: countText(words, g) }),
		})),
	};
}
