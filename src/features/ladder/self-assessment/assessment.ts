/**
 * The self-assessment against the ladder, as pure logic: which behaviors are in scope
 * for a current and a target level, what the reader has marked, per-competency results,
 * the gaps. Setting a mark is in `edit.ts`, checking the levels in `levels.ts`, the gaps'
 * playbooks in `marks.ts`, its sentences in `text.ts`, its Markdown export in `markdown.ts`;
 * the island's drawing (`draw.ts`) reads the ladder from its own HTML (`page.ts`) and calls
 * these; nothing here touches the DOM or storage.
 *
 * What is saved (`ladder:assessment`): see `saved.ts`, re-exported here. Marks for behaviors
 * a later ladder no longer has are kept, untouched, until the reader resets, so editing the
 * ladder loses nothing.
 */
import type { AssessmentState, Mark } from './saved';

// The saved data's API lives in `saved.ts` (so other islands load only it); it is part of this module's.
export {
	assessmentCodec,
	assessmentStorageName,
	evidenceMaxLength,
	reasonMaxLength,
	type AssessmentState,
	type Mark,
} from './saved';
// Checking the levels is in `levels.ts` (on the page's load path); part of this module's API too.
export { normalizeLevels, type AssessmentLevel } from './levels';
import type { AssessmentLevel } from './levels';

/** One behavior the reader can mark. */
export interface AssessmentItem {
	id: string;
	competency: string;
	level: string;
	text: string;
}

/** A competency and its behaviors, in ladder order. */
export interface AssessmentCompetency {
	id: string;
	name: string;
	items: AssessmentItem[];
}

/**
 * The levels whose behaviors the reader assesses: every level above the current one up
 * to the target, or the target alone when the two are the same (confirming a level).
 */
export function levelsInScope(levels: AssessmentLevel[], current: string, target: string): string[] {
	const from = levels.findIndex((l) => l.id === current);
	const to = levels.findIndex((l) => l.id === target);
	if (from < 0 || to < 0 || to < from) return [];
	return levels.slice(from === to ? to : from + 1, to + 1).map((l) => l.id);
}

/**
 * Where a behavior stands: shown with evidence, ticked without evidence, not yet, or not
 * applicable to the reader's role (never a gap).
 */
export type ItemStatus = 'evidenced' | 'unsupported' | 'not-yet' | 'not-applicable';

/** The status of one behavior given the reader's mark. */
export function itemStatus(mark: Mark | undefined): ItemStatus {
	if (mark?.notApplicable) return 'not-applicable';
	if (!mark?.shown) return 'not-yet';
	return mark.evidence.trim() ? 'evidenced' : 'unsupported';
}

/** The result for one competency, over the behaviors in scope. */
export interface CompetencyResult {
	competency: AssessmentCompetency;
	/** Behaviors in scope that apply to the reader's role. */
	total: number;
	evidenced: number;
	unsupported: AssessmentItem[];
	notYet: AssessmentItem[];
	/** Behaviors the reader marked as not applying to their role: not counted, not gaps. */
	notApplicable: AssessmentItem[];
}

/**
 * Per-competency results over the levels in scope; competencies with nothing in scope are
 * left out. Behaviors that do not apply are listed apart and count in no total.
 */
export function assessmentResults(
	competencies: AssessmentCompetency[],
	levels: AssessmentLevel[],
	state: AssessmentState,
): CompetencyResult[] {
	const scope = new Set(levelsInScope(levels, state.current, state.target));
	return competencies
		.map((competency) => {
			const items = competency.items.filter((item) => scope.has(item.level));
			const status = (item: AssessmentItem) => itemStatus(state.marks[item.id]);
			const notApplicable = items.filter((i) => status(i) === 'not-applicable');
			return {
				competency,
				total: items.length - notApplicable.length,
				evidenced: items.filter((i) => status(i) === 'evidenced').length,
				unsupported: items.filter((i) => status(i) === 'unsupported'),
				notYet: items.filter((i) => status(i) === 'not-yet'),
				notApplicable,
			};
		})
		.filter((r) => r.total + r.notApplicable.length > 0);
}
