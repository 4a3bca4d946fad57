/**
 * What the browser needs to draft an agenda, taken from the content at build time: the
 * page of the agenda builder, the ladder's competencies and the banks' questions (those
 * tagged with a competency, and the first few untagged ones to make up the count).
 */
import type { AgendaCompetency, AgendaQuestion } from './assemble';

/** Untagged questions kept: enough to make up a count when too few are tagged. */
const untaggedKept = 8;

/** The agenda's build-time data, as the page's script reads it from `data-agenda`. */
export interface AgendaData {
	/** The page that holds the agenda builder. */
	href: string;
	competencies: AgendaCompetency[];
	questions: AgendaQuestion[];
}

/** A question bank as the content collection gives it: its id and its groups' questions. */
export interface BankSource {
	id: string;
	data: { groups: { questions: { id: string; text: string; competencies?: string[] | undefined }[] }[] };
}

/** The questions of `banks` (in the order of their ids, then bank order) the agenda can pick from. */
export function agendaQuestions(banks: BankSource[]): AgendaQuestion[] {
	const all = [...banks]
		.sort((a, b) => a.id.localeCompare(b.id))
		.flatMap((bank) => bank.data.groups.flatMap((g) => g.questions))
		.map((q) => ({ id: q.id, text: q.text, competencies: q.competencies ?? [] }));
	const untagged = all.filter((q) => !q.competencies.length).slice(0, untaggedKept);
	return all.filter((q) => q.competencies.length || untagged.includes(q));
}
