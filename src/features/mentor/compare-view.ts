/**
 * The comparison, loaded on first use: the reader's own marks (read through the
 * self-assessment's codec) beside a kept mentor's view, disagreements first, and the
 * "What to talk about" agenda to copy or print.
 */
import { Store } from '../../kit/backup';
import { copyText } from '../../kit/io';
import { fill, formatDate } from '../../kit/words';
import { assessmentCodec, assessmentStorageName } from '../ladder/self-assessment/assessment';
import { agendaMarkdown, agendaTopics, kindWord } from './agenda';
import type { MentorTopics } from '../agenda/assemble';
import { agreementOrder, compareMarks, toTalkAbout, type CompareRow } from './compare';
import { $, el, type MentorIsland } from './island';
import { keptCodec } from './kept';

let agenda = '';
let topics: MentorTopics | undefined;

/** Shows the comparison with the kept view `name`. */
export function showCompare(island: MentorIsland, name: string): void {
	const { t, lang, root, store } = island;
	const view = store.read(name, keptCodec);
	if (view.status !== 'ok') return;
	const mine = store.read(assessmentStorageName, assessmentCodec);
	const marks = mine.status === 'ok' ? (mine.value.marks as Record<string, unknown>) : {};
	const rows = compareMarks(island.ladder.competencies, marks, view.value.marks);
	const mentor = view.value.from;
	const mentee = view.value.about?.from ?? '';
	$(root, '[data-compare-title]').textContent = fill(t['mentor.compareHeading'], { name: mentor });
	const parts: Node[] = [];
	for (const kind of agreementOrder) {
		const group = rows.filter((r) => r.agreement === kind);
		if (!group.length) continue;
		parts.push(el('h3', t[`mentor.group.${kind}`]), table(island, group, mentor));
	}
	$(root, '[data-compare]').replaceChildren(...parts);
	const talk = toTalkAbout(rows);
	agenda = agendaMarkdown(t, talk, { mentee, mentor, date: formatDate(view.value.date, lang) });
	topics = {
		from: mentor,
		date: view.value.date,
		lines: agendaTopics(t, talk, { mentee, mentor }),
		competencies: [...new Set(talk.map((r) => r.competency.id))],
	};
	$(root, '[data-agenda]').textContent = agenda;
	const panel = $(root, '[data-panel="compare"]');
	panel.hidden = false;
	$(root, '#mentor-compare').focus();
}

/** "Copy the agenda": the last agenda shown, as Markdown. */
export async function copyAgenda(island: MentorIsland): Promise<void> {
	island.say((await copyText(agenda)) ? island.t['mentor.agendaCopied'] : island.t['kit.notCopied']);
}

/**
 * "Draft a 1:1 agenda from this": the topics of the comparison on show become part of a new
 * draft of the 1:1 agenda builder, with the rest of what the reader saved (agenda/draft.ts).
 */
export async function draftAgendaFromView(island: MentorIsland): Promise<void> {
	const { draftAgenda } = await import('../agenda/draft');
	draftAgenda(
		island.store,
		JSON.parse(island.root.dataset['agenda']!),
		island.t,
		island.lang,
		island.say,
		topics,
	);
}

function table(island: MentorIsland, rows: CompareRow[], mentor: string): HTMLTableElement {
	const { t } = island;
	const table = el('table');
	table.append(el('caption', fill(t['mentor.compareCaption'], { name: mentor }), { class: 'sr-only' }));
	const head = table.createTHead().insertRow();
	for (const text of [
		t['mentor.columnBehavior'],
		t['mentor.columnMine'],
		fill(t['mentor.columnTheirs'], { name: mentor }),
	]) {
		head.append(el('th', text, { scope: 'col' }));
	}
	const body = table.createTBody();
	const said = (m: CompareRow['mine']) => `${kindWord(t, m.kind)}${m.note ? `: ${m.note}` : ''}`;
	for (const row of rows) {
		const tr = body.insertRow();
		tr.append(el('th', `${row.competency.name}: ${row.item.text}`, { scope: 'row' }));
		tr.insertCell().textContent = said(row.mine);
		tr.insertCell().textContent = said(row.theirs);
	}
	return table;
}

/** "Remove": forgets a kept view, after setting it aside so Undo can bring it back. */
export function removeKept(island: MentorIsland, name: string): void {
	const { store, t, lang } = island;
	const read = store.read(name, keptCodec);
	const title =
		read.status === 'ok'
			? fill(t['mentor.viewTitle'], { name: read.value.from, date: formatDate(read.value.date, lang) })
			: name;
	const aside = Store.over(store).remove(name, keptCodec.version);
	island.showKept();
	$(island.root, '[data-panel="compare"]').hidden = true;
	const undo = () => {
		Store.over(store).restoreAside(aside!, name, keptCodec.version);
		island.showKept();
	};
	island.say(fill(t['mentor.removed'], { title }), aside ? undo : undefined);
}
