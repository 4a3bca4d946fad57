/**
 * The sections of "My growth" drawn from the ladder tools and the builders: where the reader
 * stands, evidence coverage, and what they are working on. Loaded by `element.ts` only when
 * this browser keeps something, so a first visit (the empty page, the way in) loads none of
 * it. Saved data is read through each feature's own codec; figures come from `growth.ts`,
 * charts from `chart.ts`, sentences from `text.ts`.
 */
import { fill, formatDate, formatNumber, pageLang, problemText } from '../../kit/words';
import type { ReadResult } from '../../kit/store';
import { assessmentCodec, assessmentStorageName } from '../ladder/self-assessment/saved';
import { evidenceCodec, evidenceStorageName, localDay } from '../ladder/evidence-log/log';
import { draftHeadCodec, draftHeadPrefix } from '../builders/draft-head';
import { marksChart, monthsChart } from './chart';
import {
	coverageByMonth,
	monthsUpTo,
	whereIStand,
	workItems,
	type BuilderInfo,
	type GrowthLadder,
	type SavedDraft,
} from './growth';
import { coverageIntro, coverageNote, editedText } from './text';
import { linkItem, type ProgressHandle } from './element';

/** How many months the coverage chart shows, up to this one. */
const chartMonths = 12;

/** A table row: the competency's name over its chart, then one cell per figure. */
function row(name: string, chart: string, cells: string[]): HTMLTableRowElement {
	const tr = document.createElement('tr');
	const head = tr.appendChild(document.createElement('th'));
	head.scope = 'row';
	head.textContent = name;
	// The chart is numbers and fixed shapes only (chart.ts), never the reader's text.
	head.insertAdjacentHTML('beforeend', chart);
	for (const text of cells) tr.insertCell().textContent = text;
	return tr;
}

/** Shows a section's figures (`[data-some]`) when it has any, otherwise the line saying why not. */
function section(c: ProgressHandle, name: string, filled: boolean, none?: string): HTMLElement {
	const el = c.querySelector<HTMLElement>(`[data-growth="${name}"]`)!;
	const line = el.querySelector<HTMLElement>('[data-none]')!;
	line.hidden = filled;
	if (none) line.textContent = none;
	el.querySelector<HTMLElement>('[data-some]')!.hidden = !filled;
	return el;
}

/** The line of a section with nothing to show: nothing saved, or what was saved cannot be read. */
const noneText = (c: ProgressHandle, read: ReadResult<unknown>, none: string, unreadable: string) =>
	read.status === 'unreadable' ? fill(unreadable, { reason: problemText(c.t, read.reason) }) : none;

/** The saved drafts of one builder; a draft that cannot be read is its builder's to report. */
function drafts(c: ProgressHandle, kind: string): SavedDraft[] {
	const prefix = draftHeadPrefix(kind);
	return c.store.names(prefix).flatMap((name) => {
		const read = c.store.read(name, draftHeadCodec);
		return read.status === 'ok' ? [{ ...read.value, id: name.slice(prefix.length) }] : [];
	});
}

/** Draws where the reader stands, evidence coverage and their drafts from what this browser keeps. */
export function renderSections(c: ProgressHandle): void {
	const t = c.t;
	const lang = pageLang();
	const number = (n: number) => formatNumber(n, lang);
	const ladder = JSON.parse(c.dataset['ladder']!) as GrowthLadder;
	const builders = JSON.parse(c.dataset['builders']!) as BuilderInfo[];
	const assessment = c.store.read(assessmentStorageName, assessmentCodec);
	const log = c.store.read(evidenceStorageName, evidenceCodec);
	const entries = log.status === 'ok' ? log.value.entries : [];

	const stand = section(
		c,
		'stand',
		assessment.status === 'ok',
		noneText(c, assessment, t['myProgress.standNone'], t['myProgress.standUnreadable']),
	);
	if (assessment.status === 'ok') {
		const { rows: lines, ...levels } = whereIStand(ladder, assessment.value);
		stand.querySelector('[data-some] p')!.textContent = fill(t['myProgress.standIntro'], levels);
		stand.querySelector('caption')!.textContent = fill(t['myProgress.standCaption'], levels);
		stand
			.querySelector('tbody')!
			.replaceChildren(
				...lines.map((r) =>
					row(r.name, marksChart(r), [r.evidenced, r.unsupported, r.notYet, r.notApplicable].map(number)),
				),
			);
	}

	const coverage = section(
		c,
		'coverage',
		entries.length > 0,
		noneText(c, log, t['myProgress.coverageNone'], t['myProgress.coverageUnreadable']),
	);
	const today = localDay(new Date());
	const months = monthsUpTo(today, chartMonths);
	const target = assessment.status === 'ok' ? assessment.value.target : ladder.target;
	const { level, rows } = coverageByMonth(ladder, entries, target, today, months);
	const weeks = number(ladder.staleAfterWeeks);
	coverage.querySelector('[data-some] p')!.textContent = coverageIntro(t, level, months, lang);
	coverage.querySelector('caption')!.textContent = fill(t['evidence.coverageCaption'], { level });
	coverage
		.querySelector('tbody')!
		.replaceChildren(
			...rows.map((r) =>
				row(r.name, monthsChart(r.perMonth), [
					number(r.entries),
					r.latest ? formatDate(r.latest, lang) : t['evidence.coverageNever'],
					number(r.months),
					coverageNote(t, r, weeks),
				]),
			),
		);

	const work = workItems(builders, new Map(builders.map((b) => [b.kind, drafts(c, b.kind)])));
	section(c, 'work', work.length > 0)
		.querySelector('ul')!
		.replaceChildren(...work.map((w) => linkItem(w.url, w.name, editedText(t, w, lang))));
}
