/**
 * What the evidence log draws and does beyond the page as built, loaded on first use: the
 * saved log week by week with Delete and its undo, the coverage of the self-assessment's
 * target level (`coverage.ts`), adding an entry (`form.ts`) and its nudge (`entry.ts`), the
 * status line and its words, and the buttons (`actions.ts` on their first use). The page is
 * built with an empty log and the coverage of the default target level, so a first visit
 * loads this only when the reader uses the form; a saved log or assessment loads it with the
 * page. Carrying tags over a ladder change (with its notice) loads from `changes.ts`, only
 * when needed.
 */
import { StatusLine } from '../../../kit/status';
import type { StoreCore, StoreProblem } from '../../../kit/store';
import {
	fill,
	formatDate,
	formatNumber,
	pageLang,
	problemText,
	readWords,
	type KitWords,
} from '../../../kit/words';
import type { NotesAction } from '../islands/actions';
import { ladderMoved } from '../islands/ladder-state';
import type { LadderChangeWords } from '../islands/words';
import type { CurrentLadder } from '../migrate-types';
import { evidenceCoverage } from './coverage';
import { localDay } from './day';
import type { EntryInput } from './entry';
import { entryItem } from './entry-item';
import { evidenceCodec, evidenceStorageName as name, type EvidenceLog } from './log';
import { coverageCells } from './text';
import { entriesByWeek, removeEntry } from './weeks';
import type { EvidenceWords } from './words';

/** What drawing needs of the island: the `<threshold-evidence-log>` element. */
export interface EvidenceHandle extends HTMLElement {
	readonly store: StoreCore;
	/** The ladder the page was built from, as saved data records it. */
	readonly ladder: CurrentLadder;
}

const views = new WeakMap<EvidenceHandle, LogView>();

/** The drawing of island `a`, made on first use (reading the saved log). */
export function view(a: EvidenceHandle): LogView {
	let found = views.get(a);
	if (!found) views.set(a, (found = new LogView(a)));
	return found;
}

/** One evidence log's state and drawing. */
export class LogView {
	#a: EvidenceHandle;
	#t: EvidenceWords & KitWords & LadderChangeWords;
	#status: StatusLine;
	#log: EvidenceLog = { entries: [] };
	#competencies = new Map<string, string>();
	#behaviors = new Map<string, { competency: string; text: string }>();
	#tags: HTMLInputElement[];
	/** The self-assessment's target level; the page's default until read. */
	#target: string | undefined;
	#lang = pageLang();

	constructor(a: EvidenceHandle) {
		this.#a = a;
		this.#t = readWords(a);
		this.#status = new StatusLine(a);
		this.#tags = [...a.querySelectorAll<HTMLInputElement>('[data-tag]')];
		for (const box of this.#tags) this.#competencies.set(box.value, box.dataset['tag']!);
		for (const option of a.querySelectorAll<HTMLOptionElement>('option[data-competency]'))
			this.#behaviors.set(option.value, {
				competency: option.dataset['competency']!,
				text: option.dataset['text']!,
			});
		this.load();
		void this.readTarget();
	}

	/** The one element matching `selector` inside the island (the markup guarantees it exists). */
	#q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.#a.querySelector<T>(selector)!;
	}

	/** Says the word `word`, with `reason` (why storage failed) when it has one. */
	say(word: keyof EvidenceWords, reason?: StoreProblem): void {
		const t = this.#t;
		this.#status.say(reason ? fill(t[word], { reason: problemText(t, reason) }) : t[word]);
	}

	/** Does what a button of the island (`data-action`) says. */
	click(button: HTMLButtonElement): void {
		const action = button.dataset['action'];
		if (action === 'undo') this.#status.undo();
		else if (action === 'delete') this.#remove(button.dataset['entry']!);
		else if (action === 'print') print();
		else void this.#act(action as NotesAction);
	}

	/** Restores the backup the reader picked in `input`. */
	restore(input: HTMLInputElement): void {
		const file = input.files?.[0];
		input.value = '';
		if (file) void this.#act('restore', file);
	}

	/** Reads the saved log and draws it. */
	load(): void {
		const result = this.#a.store.read(name, evidenceCodec);
		// A fresh log records the ladder it is made on, so a later change can say what is new.
		this.#log = result.status === 'ok' ? result.value : { entries: [], seen: this.#a.ladder };
		if (result.status === 'unreadable') this.say('evidence.unreadable');
		this.#render();
		const { seen, entries } = this.#log;
		// Carrying tags over a ladder change and its notice load on first use.
		if (
			ladderMoved(
				seen,
				entries.flatMap((e) => [...e.competencies, ...e.behaviors]),
				this.#a.ladder,
			)
		)
			void import('./changes').then((changes) =>
				changes.showChanges(
					this.#a,
					this.#t,
					this.#a.ladder,
					() => this.#log,
					(log) => {
						this.#log = log;
						this.#save();
						this.#render();
					},
				),
			);
	}

	#save(): boolean {
		const result = this.#a.store.write(name, evidenceCodec, this.#log);
		if (!result.persisted) this.say('evidence.notSaved', result.reason);
		return result.persisted;
	}

	/** Says which vague phrase the entry uses, if any (the entry logic loads on first use). */
	async nudge(): Promise<void> {
		// The form's code too, while the reader types, so adding is quick.
		void import('./form');
		const { vaguePhrase } = await import('./entry');
		// What the field holds once the code is here: nudges that arrive out of order, or after
		// an entry was added and the form cleared, say nothing stale.
		const text = this.#q<HTMLTextAreaElement>('#evidence_text').value;
		const phrase = vaguePhrase(text, this.#t['evidence.vaguePhrases']);
		this.#q('[data-nudge]').textContent = phrase ? fill(this.#t['evidence.vague'], { phrase }) : '';
	}

	/**
	 * Adds the entry `input` (what the form held at Add, when `focused` had focus), if it is
	 * complete, and saves the log.
	 */
	async add(input: EntryInput, focused: Element | null): Promise<void> {
		const form = await import('./form');
		const log = form.addFromForm(
			this.#a,
			input,
			this.#t,
			this.#log,
			(id) => this.#behaviors.get(id)?.competency,
			(message) => this.#status.say(message),
		);
		if (!log) return;
		this.#log = log;
		const saved = this.#save();
		this.#render();
		form.clearForm(this.#a, this.#tags, input, focused);
		if (saved) this.say('evidence.added');
	}

	#remove(id: string) {
		const before = this.#log;
		this.#log = removeEntry(before, id);
		this.#save();
		this.#render();
		this.#status.say(this.#t['evidence.deleted'], () => {
			this.#log = before;
			this.#save();
			this.#render();
			this.say('evidence.back');
		});
		this.#q('#your-log').focus();
	}

	/** Runs a rarely used action, loading its code on first use. */
	async #act(action: NotesAction, file?: File) {
		const { run } = await import('./actions');
		await run(
			action,
			{
				store: this.#a.store,
				t: this.#t,
				siteName: this.#a.dataset['siteName']!,
				log: this.#log,
				competencies: [...this.#competencies].map(([id, name]) => ({ id, name })),
				behaviorText: (id) => this.#behaviors.get(id)?.text,
				reload: () => this.load(),
				say: (message) => this.#status.say(message),
			},
			file,
		);
	}

	/**
	 * Reads the self-assessment's target level and shows its coverage. Only the assessment's
	 * saved-data module is needed (its codec, not its logic), and only when one is saved.
	 */
	async readTarget(): Promise<void> {
		const name = this.#a.dataset['assessment']!;
		const saved = this.#a.store.names(name).includes(name)
			? (await import('./target')).savedTarget(this.#a.store)
			: undefined;
		this.#target = saved ?? this.#a.dataset['defaultTarget'];
		this.#renderCoverage();
	}

	/** The evidence coverage of the self-assessment's target level (or the ladder's default). */
	#renderCoverage() {
		if (this.#target === undefined) return;
		const t = this.#t;
		const data = this.#a.dataset;
		const levels = JSON.parse(data['levels']!) as { id: string; title: string; competencies: string[] }[];
		const level =
			levels.find((l) => l.id === this.#target) ?? levels.find((l) => l.id === data['defaultTarget'])!;
		const weeks = Number(data['staleAfterWeeks']);
		const competencies = level.competencies.map((id) => ({ id, name: this.#competencies.get(id) ?? id }));
		const rows = evidenceCoverage(this.#log.entries, competencies, localDay(new Date()), weeks);
		const section = this.#q('[data-coverage]');
		for (const [part, word] of [
			['intro', 'evidence.coverageIntro'],
			['caption', 'evidence.coverageCaption'],
		] as const)
			section.querySelector(`[data-coverage-${part}]`)!.textContent = fill(t[word], { level: level.title });
		section.querySelector('tbody')!.replaceChildren(
			...rows.map((row) => {
				const tr = document.createElement('tr');
				const head = tr.appendChild(document.createElement('th'));
				head.scope = 'row';
				head.textContent = row.name;
				for (const text of coverageCells(t, row, formatNumber(weeks, this.#lang), this.#lang))
					tr.insertCell().textContent = text;
				return tr;
			}),
		);
	}

	#render() {
		this.#renderCoverage();
		this.#q('[data-empty]').hidden = this.#log.entries.length > 0;
		const weeks = entriesByWeek(this.#log).map(({ week, entries }) => {
			const section = document.createElement('section');
			section.className = 'th-evidence__week';
			const heading = section.appendChild(document.createElement('h3'));
			heading.textContent = fill(this.#t['evidence.weekOf'], { week: formatDate(week) });
			section.appendChild(document.createElement('ul')).append(
				...entries.map((entry) =>
					entryItem(this.#t, entry, {
						competency: (id) => this.#competencies.get(id),
						behavior: (id) => this.#behaviors.get(id)?.text,
					}),
				),
			);
			return section;
		});
		this.#q('[data-entries]').replaceChildren(...weeks);
	}
}
