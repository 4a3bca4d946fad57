/**
 * "Draft the next agenda", loaded on first use: reads what the reader saved through the
 * store (the newest growth-plan and agenda drafts, the evidence log), assembles the agenda
 * (`assemble.ts`) and hands it to the agenda builder (kit/handoff.ts) as a new draft: on
 * its page, the builder opens it at once; elsewhere the reader is taken there.
 */
import type { StoreCore } from '../../kit/store';
import { announceHandoff, handoffCodec, handoffName } from '../../kit/handoff';
import { fill, formatDate, problemText, type KitWords } from '../../kit/words';
import { draftCodec, draftPrefix, type Draft } from '../builders/drafts';
import type { BuilderModel } from '../builders/model';
import { evidenceCodec, evidenceStorageName } from '../ladder/evidence-log/log';
import { agendaKind, assembleAgenda, type MentorTopics } from './assemble';
import type { AgendaData } from './data';
import type { AgendaText } from './words';

/** The growth plan's builder kind (self-assessment/plan.ts), whose newest draft gives the goals. */
const planKind = 'growth-plan';

/** The newest draft of builder `kind`, read as any draft (the answers are only read). */
function newest(store: StoreCore, kind: string): Draft | undefined {
	// With no sections, drafts are read leniently: every answer kept, none required.
	const model: BuilderModel = {
		kind,
		draftName: '',
		variants: [{ id: '', label: '', heading: '', sections: [] }],
	};
	const codec = draftCodec(model);
	const found: [string, Draft][] = [];
	for (const name of store.names(draftPrefix(kind))) {
		const read = store.read(name, codec);
		if (read.status === 'ok') found.push([name, read.value]);
	}
	return found.sort((a, b) => b[1].updated.localeCompare(a[1].updated))[0]?.[1];
}

/**
 * Drafts the next agenda and hands it over; says why not when nothing is saved to draft
 * from, or storage will not keep it. `topics` come from a mentor's view.
 */
export function draftAgenda(
	store: StoreCore,
	data: AgendaData,
	t: AgendaText & KitWords,
	lang: string,
	say: (message: string) => void,
	topics?: MentorTopics,
): void {
	const read = store.read(evidenceStorageName, evidenceCodec);
	const log = (read.status === 'ok' ? read.value.entries : []).map((e) => ({
		date: e.date,
		// What was done and its result, then the link a mentor can open.
		text: [e.did, e.result, e.link].filter(Boolean).join(' '),
		competencies: e.competencies,
	}));
	const names = new Intl.ListFormat(lang, { type: 'conjunction' });
	// Days as the reader's calendar has them, like the evidence log's dates.
	const day = (date: Date) =>
		[date.getFullYear(), date.getMonth() + 1, date.getDate()]
			.map((n) => String(n).padStart(2, '0'))
			.join('-');
	const last = newest(store, agendaKind);
	const handoff = assembleAgenda(
		t,
		{
			plan: newest(store, planKind),
			// A draft saved at 00:30 belongs to that day here, not to yesterday in UTC.
			last: last && {
				...last,
				updated: Number.isNaN(Date.parse(last.updated)) ? '' : day(new Date(last.updated)),
			},
			log,
			topics,
			questions: data.questions,
			competencies: data.competencies,
			today: day(new Date()),
		},
		{ day: (d) => formatDate(d, lang), list: (n) => names.format(n) },
	);
	if (!handoff) return say(t['agenda.nothing']);
	const saved = store.write(handoffName(agendaKind), handoffCodec, handoff);
	if (!saved.persisted) return say(fill(t['agenda.notSent'], { reason: problemText(t, saved.reason) }));
	if (!announceHandoff(agendaKind)) location.assign(data.href);
}
