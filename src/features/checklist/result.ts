/**
 * The result of a checklist used as an assessment (`<ChecklistResult>`): fewer than half
 * ticked means clear targets, and the weakest groups are the ones to train.
 */
import type { Count, GroupProgress, Progress } from './state';

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

// The same words as `countText` in checklist-state.ts, repeated so that the result's
// script does not share a chunk with (and make every checklist page load) the state module.
const of = (c: Count) => `${c.done} of ${c.total}`;

/** The sentence that opens the result, and each weakest group with its count. */
export function describeResult(p: Progress): {
	summary: string;
	weakest: { label: string; count: string }[];
} {
	const { band, weakest } = assess(p);
	const summary =
		band === 'none'
			? 'Tick what you have evidence for, and your result shows here as you go.'
			: band === 'all'
				? `All ${p.total} ticked.`
				: `${of(p)} ticked: ` +
					(band === 'under-half' ? 'fewer than half, so you have clear targets.' : 'half or more.') +
					(weakest.length ? ` Your weakest ${weakest.length > 1 ? 'groups are' : 'group is'}:` : '');
	return { summary, weakest: weakest.map((g) => ({ label: g.label, count: of(g) })) };
}
