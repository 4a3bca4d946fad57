/**
 * The promotion case drafted from what the reader already saved: per competency of the
 * target level, the behaviors shown with their evidence (the assessment's lines and the
 * evidence log's dated entries), the behaviors not shown yet, and the questions the
 * promotion-conversation playbook asks the manager. Keyed by the promotion-case builder's
 * permanent field ids (`content/builders/promotion-case.yaml`). Pure: no page, no store.
 */
import { listAnswer, oneLine, type Handoff, type HandoffFormat } from '../../../kit/handoff';
import { fill } from '../../../kit/words';
import { itemStatus, levelsInScope } from './assessment';
import type { AssessmentCompetency, AssessmentLevel, AssessmentState } from './assessment';

/** The builder the case is handed to. */
export const caseKind = 'promotion-case';
/** The most competencies the case builder takes (its `repeat.max`), and the drafted questions ask about. */
export const [caseMaxCompetencies, caseMaxQuestions] = [20, 3] as const;

/** An evidence log entry as the case needs it: its day (`YYYY-MM-DD`), its words and its tags. */
export interface CaseEvidence {
	date: string;
	text: string;
	competencies: string[];
	behaviors: string[];
}

/** The words the case is written with. */
export interface CaseWords {
	'assessment.caseSource': string;
	'assessment.caseShown': string;
	'assessment.caseUnsupported': string;
	'assessment.caseEntry': string;
	'assessment.caseClose': string;
	'assessment.caseForward': string;
	'assessment.caseForwardReady': string;
}

/** How the page writes a day and joins names in the reader's language. */
export type CaseFormat = HandoffFormat;

const line = oneLine;
const lines = listAnswer;

/** The promotion case's answers for the reader's assessment and evidence log. */
export function caseFromData(
	t: CaseWords,
	competencies: AssessmentCompetency[],
	levels: AssessmentLevel[],
	state: AssessmentState,
	log: CaseEvidence[],
	format: CaseFormat,
	made: string,
): Handoff {
	const scope = new Set(levelsInScope(levels, state.current, state.target));
	const newest = [...log].sort((a, b) => b.date.localeCompare(a.date));
	const withGaps: { name: string; count: number }[] = [];
	const goals = competencies
		.map((competency) => ({ competency, items: competency.items.filter((item) => scope.has(item.level)) }))
		.filter(({ items }) => items.length)
		.slice(0, caseMaxCompetencies)
		.map(({ competency, items }) => {
			const status = (id: string) => itemStatus(state.marks[id]);
			const ids = new Set(competency.items.map((item) => item.id));
			const shown = items
				.filter((item) => status(item.id) === 'evidenced')
				.map((item) =>
					fill(t['assessment.caseShown'], { behavior: item.text, evidence: state.marks[item.id]!.evidence }),
				);
			const entries = newest
				.filter((e) => e.competencies.includes(competency.id) || e.behaviors.some((b) => ids.has(b)))
				.map((e) => fill(t['assessment.caseEntry'], { date: format.day(e.date), text: e.text }));
			const gaps = [
				...items.filter((item) => status(item.id) === 'not-yet').map((item) => item.text),
				...items
					.filter((item) => status(item.id) === 'unsupported')
					.map((item) => fill(t['assessment.caseUnsupported'], { behavior: item.text })),
			];
			if (gaps.length) withGaps.push({ name: competency.name, count: gaps.length });
			return {
				competency: line(competency.name),
				evidence: lines([...shown, ...entries]),
				gaps: lines(gaps),
			};
		});
	const title = (id: string) => levels.find((l) => l.id === id)?.title ?? id;
	// Ask about the competencies closest to closed (fewest gaps), not about every one.
	const ask = withGaps
		.sort((a, b) => a.count - b.count)
		.slice(0, caseMaxQuestions)
		.map((gap) => gap.name);
	const questions = [
		...ask.map((name) => fill(t['assessment.caseClose'], { competency: name })),
		ask.length
			? fill(t['assessment.caseForward'], { competencies: format.list(ask.slice(0, 2)) })
			: t['assessment.caseForwardReady'],
	];
	return {
		values: {
			name: '',
			target: line(title(state.target)).slice(0, 300),
			source: line(fill(t['assessment.caseSource'], { date: made })).slice(0, 300),
			competencies: goals,
			questions: lines(questions),
		},
	};
}
