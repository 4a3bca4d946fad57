/**
 * The next 1:1 agenda, assembled from what the reader already saved: the goals of their
 * newest growth plan, three to five bank questions tagged with those goals' competencies,
 * the evidence logged since the last agenda, the commitments that agenda left open, and
 * (from the mentor page) the topics of a mentor's view. Keyed by the agenda builder's
 * permanent field ids (`content/builders/one-on-one-agenda.yaml`). Pure: no page, no store.
 */
import { listAnswer, oneLine, type Handoff, type HandoffFormat } from '../../kit/handoff';
import { listItems } from '../builders/answers';
import { fill, type Words } from '../../kit/words';

/** The builder the agenda is handed to. */
export const agendaKind = 'one-on-one-agenda';
/** Fewest and most questions an agenda offers. */
export const minQuestions = 3;
export const maxQuestions = 5;
/** Most evidence entries an agenda lists. */
export const maxEvidence = 10;
/** With no earlier agenda, evidence from this many days back counts as recent: two 1:1s. */
export const recentDays = 28;

/** A bank question as the agenda picks it: its text and the competency ids it is tagged with. */
export interface AgendaQuestion {
	id: string;
	text: string;
	competencies: string[];
}

/** A competency of the ladder: its id and its name as readers see it. */
export interface AgendaCompetency {
	id: string;
	name: string;
}

/** A saved builder draft as the agenda reads it: its name, when it was saved, its answers. */
export interface SavedDraft {
	name: string;
	updated: string;
	values: Record<string, unknown>;
}

/** An evidence log entry: its day (`YYYY-MM-DD`), its words and its competency tags. */
export interface AgendaEvidence {
	date: string;
	text: string;
	competencies: string[];
}

/** What a mentor's view gives the agenda: whose view, of when, the topics and their competencies. */
export interface MentorTopics {
	from: string;
	date: string;
	lines: string[];
	competencies: string[];
}

/** Everything the agenda is drafted from. */
export interface AgendaInput {
	/** The newest growth-plan draft, if any. */
	plan?: SavedDraft | undefined;
	/** The newest agenda draft, if any. */
	last?: SavedDraft | undefined;
	log: AgendaEvidence[];
	topics?: MentorTopics | undefined;
	/** Every bank's questions, in bank order. */
	questions: AgendaQuestion[];
	competencies: AgendaCompetency[];
	/** Today, `YYYY-MM-DD`. */
	today: string;
}

/** The words the agenda is written with. */
export type AgendaWords = Words<
	| 'agenda.source'
	| 'agenda.fromPlan'
	| 'agenda.fromLog'
	| 'agenda.fromLast'
	| 'agenda.fromMentor'
	| 'agenda.entry'
>;

/** How the page writes a day and joins names in the reader's language. */
export type AgendaFormat = HandoffFormat;

const text = (values: Record<string, unknown>, id: string) =>
	typeof values[id] === 'string' ? (values[id] as string) : '';
/** A list answer's items, without the bullets a reader may have typed. */
const items = listItems;
const unique = <T>(list: T[]) => [...new Set(list)];

/** A commitment marked done: it starts with `[x]`. */
const done = (item: string) => /^\[[xX]\]/.test(item);
/** A commitment as the agenda carries it: open, with its box. */
const open = (item: string) => `[ ] ${item.replace(/^\[ ?\]\s*/, '')}`;

/** The day `days` before `day` (`YYYY-MM-DD`). */
function daysBefore(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - days);
	return date.toISOString().slice(0, 10);
}

/**
 * The competencies a goal works on: those whose id or name its answers mention (a plan
 * started from the self-assessment names its competency in each goal), in ladder order.
 */
export function goalCompetencies(goal: Record<string, unknown>, competencies: AgendaCompetency[]): string[] {
	const words = Object.values(goal)
		.filter((v): v is string => typeof v === 'string')
		.join('\n')
		.toLowerCase();
	return competencies
		.filter((c) => words.includes(c.name.toLowerCase()) || words.includes(c.id))
		.map((c) => c.id);
}

/**
 * `count` questions for `wanted` competencies, chosen the same way every time: in turn,
 * one per competency, each the first in bank order not yet chosen; questions offered by
 * the last agenda only when there are not enough others; untagged questions (the banks'
 * general ones) to make up the count.
 */
export function pickQuestions(
	questions: AgendaQuestion[],
	wanted: string[],
	count: number,
	offered: string[] = [],
): AgendaQuestion[] {
	const fresh = questions.filter((q) => !offered.includes(oneLine(q.text)));
	const chosen: AgendaQuestion[] = [];
	for (const pool of [fresh, questions]) {
		const lists = wanted.map((id) => pool.filter((q) => q.competencies.includes(id)));
		for (let round = 0; chosen.length < count && lists.some((l) => l.length > round); round++) {
			for (const list of lists) {
				const q = list[round];
				if (q && !chosen.includes(q) && chosen.length < count) chosen.push(q);
			}
		}
	}
	for (const q of [...fresh, ...questions].filter((q) => !q.competencies.length)) {
		if (chosen.length >= Math.max(count, minQuestions)) break;
		if (!chosen.includes(q)) chosen.push(q);
	}
	return chosen;
}

/** The agenda's answers, or null when nothing is saved to draft it from. */
export function assembleAgenda(t: AgendaWords, input: AgendaInput, format: AgendaFormat): Handoff | null {
	const { plan, last, topics, competencies } = input;
	const goals = (Array.isArray(plan?.values['goals']) ? plan.values['goals'] : []) as Record<
		string,
		unknown
	>[];
	const goalLines = goals.map((g) => oneLine(text(g, 'behavior'))).filter(Boolean);
	// Evidence since the last agenda (not already listed in it), or from the last few weeks.
	const since = last ? last.updated.slice(0, 10) : daysBefore(input.today, recentDays);
	const listed = new Set(items(last ? text(last.values, 'evidence') : ''));
	const entries = input.log
		.filter((e) => e.date >= since)
		.map((e) => ({
			...e,
			line: oneLine(fill(t['agenda.entry'], { date: format.day(e.date), text: e.text })),
		}))
		.filter((e) => !listed.has(items(e.line)[0] ?? ''))
		.sort((a, b) => b.date.localeCompare(a.date))
		.slice(0, maxEvidence);
	const carried = last
		? unique([...items(text(last.values, 'carried')), ...items(text(last.values, 'commitments'))])
				.filter((item) => !done(item))
				.map(open)
		: [];
	if (!goalLines.length && !entries.length && !carried.length && !topics?.lines.length) return null;

	// Questions for the goals' competencies; without goals, for what the evidence or the mentor names.
	const known = new Set(competencies.map((c) => c.id));
	const fromGoals = unique(goals.flatMap((g) => goalCompetencies(g, competencies)));
	const wanted = fromGoals.length
		? fromGoals
		: unique([...(topics?.competencies ?? []), ...entries.flatMap((e) => e.competencies)]).filter((id) =>
				known.has(id),
			);
	const count = Math.min(maxQuestions, Math.max(minQuestions, 2 * wanted.length));
	const asked = items(last ? text(last.values, 'questions') : '').map(oneLine);
	const questions = pickQuestions(input.questions, wanted, count, asked).map((q) => q.text);

	const sources = [
		...(plan && goalLines.length ? [fill(t['agenda.fromPlan'], { name: plan.name })] : []),
		...(entries.length ? [t['agenda.fromLog']] : []),
		...(last ? [fill(t['agenda.fromLast'], { name: last.name })] : []),
		...(topics?.lines.length
			? [fill(t['agenda.fromMentor'], { name: topics.from, date: format.day(topics.date) })]
			: []),
	];
	const keep = (id: string) => (last ? oneLine(text(last.values, id)).slice(0, 300) : '');
	return {
		values: {
			mentee: keep('mentee') || oneLine(text(plan?.values ?? {}, 'name')).slice(0, 300),
			mentor: keep('mentor') || oneLine(text(plan?.values ?? {}, 'mentor')).slice(0, 300),
			date: format.day(input.today).slice(0, 300),
			source: oneLine(
				fill(t['agenda.source'], { sources: format.list(sources), date: format.day(input.today) }),
			).slice(0, 300),
			carried: listAnswer(carried),
			goals: listAnswer(goalLines),
			evidence: listAnswer(entries.map((e) => e.line)),
			topics: listAnswer(topics?.lines ?? []),
			questions: listAnswer(questions),
		},
	};
}
