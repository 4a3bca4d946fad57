/**
 * Comparing the mentee's own marks with a mentor's view, behavior by behavior: where they
 * see it differently first (one says seen it, the other not yet), then the gaps both see,
 * then what both see, then the rest (cannot judge, does not apply). Only the behaviors
 * the mentor marked are compared; the two sets of marks are never merged.
 */
import type { MentorCompetency, MentorItem } from './ladder';
import type { SnapshotMark } from './snapshot';

/** How the two marks on one behavior relate. */
export type Agreement = 'disagree' | 'both-not-yet' | 'both-seen' | 'other';
/** The order the comparison lists them in. */
export const agreementOrder: readonly Agreement[] = ['disagree', 'both-not-yet', 'both-seen', 'other'];

/** One behavior side by side. */
export interface CompareRow {
	competency: MentorCompetency;
	item: MentorItem;
	mine: SnapshotMark;
	theirs: SnapshotMark;
	agreement: Agreement;
}

/**
 * A mentee's saved mark (the self-assessment's `{ shown, evidence }`, and, from version 2
 * of its saved data, `notApplicable` with a `reason`) as a snapshot mark: `does-not-apply`
 * (whatever `shown` says), `seen` or `not-yet`. Fields it does not know are ignored.
 */
export function menteeMark(mark: unknown): SnapshotMark {
	const m = (typeof mark === 'object' && mark !== null ? mark : {}) as Record<string, unknown>;
	const text = (key: string) => (typeof m[key] === 'string' ? (m[key] as string) : '');
	if (m['notApplicable'] === true) return { kind: 'does-not-apply', note: text('reason') };
	return { kind: m['shown'] === true ? 'seen' : 'not-yet', note: text('evidence') };
}

/** How `mine` and `theirs` relate. */
export function agreementOf(mine: string, theirs: string): Agreement {
	const sides = new Set([mine, theirs]);
	if (sides.size === 1 && mine === 'seen') return 'both-seen';
	if (sides.size === 1 && mine === 'not-yet') return 'both-not-yet';
	if (sides.size === 2 && sides.has('seen') && sides.has('not-yet')) return 'disagree';
	return 'other';
}

/** Every behavior the mentor marked, side by side, in `agreementOrder` then ladder order. */
export function compareMarks(
	competencies: MentorCompetency[],
	mine: Record<string, unknown>,
	theirs: Record<string, SnapshotMark>,
): CompareRow[] {
	const rows = competencies.flatMap((competency) =>
		competency.items
			.filter((item) => Object.hasOwn(theirs, item.id))
			.map((item) => {
				const my = menteeMark(Object.hasOwn(mine, item.id) ? mine[item.id] : undefined);
				const their = theirs[item.id]!;
				return { competency, item, mine: my, theirs: their, agreement: agreementOf(my.kind, their.kind) };
			}),
	);
	// A stable sort keeps ladder order within each kind of agreement.
	return rows.sort((a, b) => agreementOrder.indexOf(a.agreement) - agreementOrder.indexOf(b.agreement));
}

/** The rows to talk about in a 1:1: the disagreements and the gaps both see. */
export const toTalkAbout = (rows: CompareRow[]): CompareRow[] =>
	rows.filter((r) => r.agreement === 'disagree' || r.agreement === 'both-not-yet');
