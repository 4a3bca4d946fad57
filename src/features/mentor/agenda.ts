/**
 * "What to talk about": the 1:1 agenda from a comparison, as Markdown to copy or print.
 * The disagreements come first, with both sides' notes, then the gaps both see, each
 * under its competency.
 */
import { fill, type Words } from '../../kit/words';
import type { CompareRow } from './compare';

/** The words the agenda is written in. */
export type AgendaWords = Words<
	| 'mentor.agendaTitle'
	| 'mentor.agendaDisagree'
	| 'mentor.agendaBothNotYet'
	| 'mentor.agendaNothing'
	| 'mentor.agendaMine'
	| 'mentor.agendaTheirs'
	| 'mentor.agendaTopic'
	| `mentor.kind.${string}`
>;

/** A mark's kind in words; a kind the site has no word for shows as it was saved. */
export const kindWord = (t: Record<string, string>, kind: string): string => t[`mentor.kind.${kind}`] ?? kind;

/** One line of Markdown with no line breaks or leading markup a note could smuggle in. */
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The agenda: `rows` are the ones to talk about (`toTalkAbout`), in comparison order. */
export function agendaMarkdown(
	t: AgendaWords,
	rows: CompareRow[],
	who: { mentee: string; mentor: string; date: string },
): string {
	const out = [`# ${fill(t['mentor.agendaTitle'], who)}`, ''];
	const side = (key: 'mentor.agendaMine' | 'mentor.agendaTheirs', row: CompareRow['mine'], name: string) => {
		const note = line(row.note);
		return `  - ${fill(t[key], { name, mark: kindWord(t, row.kind) })}${note ? `: ${note}` : ''}`;
	};
	for (const [heading, kind] of [
		['mentor.agendaDisagree', 'disagree'],
		['mentor.agendaBothNotYet', 'both-not-yet'],
	] as const) {
		const group = rows.filter((r) => r.agreement === kind);
		if (!group.length) continue;
		out.push(`## ${t[heading]}`, '');
		let competency = '';
		for (const row of group) {
			if (row.competency.id !== competency) {
				competency = row.competency.id;
				out.push(`### ${line(row.competency.name)}`, '');
			}
			out.push(
				`- ${line(row.item.text)}`,
				side('mentor.agendaMine', row.mine, who.mentee),
				side('mentor.agendaTheirs', row.theirs, who.mentor),
			);
		}
		out.push('');
	}
	if (!rows.length) out.push(t['mentor.agendaNothing'], '');
	return out.join('\n');
}

/**
 * The same rows as topics for the 1:1 agenda builder, one line each: the behavior under its
 * competency, with both marks (the builder's "To talk about" list; no Markdown of its own).
 */
export function agendaTopics(
	t: AgendaWords,
	rows: CompareRow[],
	who: { mentee: string; mentor: string },
): string[] {
	return rows.map((row) =>
		fill(t['mentor.agendaTopic'], {
			competency: line(row.competency.name),
			behavior: line(row.item.text),
			mine: fill(t['mentor.agendaMine'], { name: who.mentee, mark: kindWord(t, row.mine.kind) }),
			theirs: fill(t['mentor.agendaTheirs'], { name: who.mentor, mark: kindWord(t, row.theirs.kind) }),
		}),
	);
}
