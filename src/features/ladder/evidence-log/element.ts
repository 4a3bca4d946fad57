/**
 * `<threshold-evidence-log>`: enables the entry form, keeps the log in the browser, shows
 * the evidence coverage of the target level (`coverage.ts`) and the log week by week,
 * newest first, with Delete and its undo. The logic is in `log.ts`, `weeks.ts` and `text.ts`; copy,
 * download, backup and restore load from `actions.ts` on first use, and carrying tags over a
 * ladder change (with its notice) from `changes.ts`, only when needed.
 */
import { StatusLine } from '../../../kit/status';
import { siteStore } from '../../../kit/store';
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
import { evidenceCodec, evidenceStorageName as name, localDay, type EvidenceLog } from './log';
import { entriesByWeek, removeEntry } from './weeks';
import { coverageNudge } from './text';
import { entryItem } from './entry-item';
import type { EvidenceWords } from './words';

class ThresholdEvidenceLog extends HTMLElement {
	// The core store: backups load with the actions that use them.
	#store = siteStore();
	#t!: EvidenceWords & KitWords & LadderChangeWords;
	#ladder!: CurrentLadder;
	#status!: StatusLine;
	#log: EvidenceLog = { entries: [] };
	#competencies = new Map<string, string>();
	#behaviors = new Map<string, { competency: string; text: string }>();
	#tags: HTMLInputElement[] = [];
	/** The self-assessment's target level; unknown (coverage not shown yet) until read. */
	#target: string | undefined;
	#lang = pageLang();

	connectedCallback() {
		this.#t = readWords(this);
		this.#ladder = JSON.parse(this.dataset['ladder']!) as CurrentLadder;
		this.#status = new StatusLine(this);
		this.#tags = [...this.querySelectorAll<HTMLInputElement>('[data-tag]')];
		for (const box of this.#tags) this.#competencies.set(box.value, box.dataset['tag']!);
		for (const option of this.querySelectorAll<HTMLOptionElement>('option[data-competency]'))
			this.#behaviors.set(option.value, {
				competency: option.dataset['competency']!,
				text: option.dataset['text']!,
			});
		for (const control of this.querySelectorAll<HTMLInputElement>('input, textarea, select, button'))
			control.disabled = false;
		this.#q<HTMLInputElement>('#evidence_date').value = localDay(new Date());
		this.#q('[data-actions]').hidden = false;
		this.#load();
		this.addEventListener('submit', this);
		this.addEventListener('input', this);
		this.addEventListener('change', this);
		this.addEventListener('click', this);
		this.#store.subscribe(name, () => this.#load());
		// The target level is the self-assessment's: follow it when another tab changes it.
		void this.#readTarget();
		this.#store.subscribe(this.dataset['assessment']!, () => void this.#readTarget());
		if (!this.#store.persistent)
			this.#status.say(fill(this.#t['evidence.notKept'], { reason: problemText(this.#t, 'unavailable') }));
	}

	/** The one element matching `selector` inside the island (the markup guarantees it exists). */
	#q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLInputElement;
		if (event.type === 'submit') {
			event.preventDefault();
			void this.#add();
		} else if (event.type === 'input' && target.id === 'evidence_text') {
			void this.#nudge(target.value);
		} else if (event.type === 'change' && target.type === 'file') {
			const file = target.files?.[0];
			target.value = '';
			if (file) void this.#act('restore', file);
		} else if (event.type === 'click') {
			const button = target.closest('button');
			const action = button?.dataset['action'];
			if (action === 'undo') this.#status.undo();
			else if (action === 'delete') this.#remove(button!.dataset['entry']!);
			else if (action === 'print') print();
			else if (action) void this.#act(action as NotesAction);
		}
	}

	#load() {
		const result = this.#store.read(name, evidenceCodec);
		// A fresh log records the ladder it is made on, so a later change can say what is new.
		this.#log = result.status === 'ok' ? result.value : { entries: [], seen: this.#ladder };
		if (result.status === 'unreadable') this.#status.say(this.#t['evidence.unreadable']);
		this.#render();
		const { seen, entries } = this.#log;
		// Carrying tags over a ladder change and its notice load on first use.
		if (
			ladderMoved(
				seen,
				entries.flatMap((e) => [...e.competencies, ...e.behaviors]),
				this.#ladder,
			)
		)
			void import('./changes').then((changes) =>
				changes.showChanges(
					this,
					this.#t,
					this.#ladder,
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
		const result = this.#store.write(name, evidenceCodec, this.#log);
		if (!result.persisted)
			this.#status.say(fill(this.#t['evidence.notSaved'], { reason: problemText(this.#t, result.reason) }));
		return result.persisted;
	}

	/** Says which vague phrase the entry uses, if any (the entry logic loads on first use). */
	async #nudge(text: string) {
		// The form's code too, while the reader types: Add reads the form once it has loaded,
		// and by then the reader may have started the next entry.
		void import('./form');
		const { vaguePhrase } = await import('./entry');
		const phrase = vaguePhrase(text, this.#t['evidence.vaguePhrases']);
		this.#q('[data-nudge]').textContent = phrase ? fill(this.#t['evidence.vague'], { phrase }) : '';
	}

	async #add() {
		const form = await import('./form');
		const log = form.addFromForm(
			this,
			this.#tags,
			this.#t,
			this.#log,
			(id) => this.#behaviors.get(id)?.competency,
			(message) => this.#status.say(message),
		);
		if (!log) return;
		this.#log = log;
		const saved = this.#save();
		this.#render();
		form.clearForm(this, this.#tags);
		if (saved) this.#status.say(this.#t['evidence.added']);
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
			this.#status.say(this.#t['evidence.back']);
		});
		this.#q('#your-log').focus();
	}

	/** Runs a rarely used action, loading its code on first use. */
	async #act(action: NotesAction, file?: File) {
		const { run } = await import('./actions');
		await run(
			action,
			{
				store: this.#store,
				t: this.#t,
				siteName: this.dataset['siteName']!,
				log: this.#log,
				competencies: [...this.#competencies].map(([id, name]) => ({ id, name })),
				behaviorText: (id) => this.#behaviors.get(id)?.text,
				reload: () => this.#load(),
				say: (message) => this.#status.say(message),
			},
			file,
		);
	}

	/**
	 * Reads the self-assessment's target level and shows its coverage. Only the assessment's
	 * saved-data module is needed (its codec, not its logic), and only when one is saved.
	 */
	async #readTarget() {
		const name = this.dataset['assessment']!;
		const saved = this.#store.names(name).includes(name)
			? (await import('./target')).savedTarget(this.#store)
			: undefined;
		this.#target = saved ?? this.dataset['defaultTarget'];
		this.#renderCoverage();
	}

	/** The evidence coverage of the self-assessment's target level (or the ladder's default). */
	#renderCoverage() {
		if (this.#target === undefined) return;
		const t = this.#t;
		const levels = JSON.parse(this.dataset['levels']!) as {
			id: string;
			title: string;
			competencies: string[];
		}[];
		const level =
			levels.find((l) => l.id === this.#target) ??
			levels.find((l) => l.id === this.dataset['defaultTarget'])!;
		const weeks = formatNumber(Number(this.dataset['staleAfterWeeks']), this.#lang);
		const competencies = level.competencies.map((id) => ({ id, name: this.#competencies.get(id) ?? id }));
		const rows = evidenceCoverage(
			this.#log.entries,
			competencies,
			localDay(new Date()),
			Number(this.dataset['staleAfterWeeks']),
		);
		const section = this.#q('[data-coverage]');
		section.querySelector('[data-coverage-intro]')!.textContent = fill(t['evidence.coverageIntro'], {
			level: level.title,
		});
		section.querySelector('[data-coverage-caption]')!.textContent = fill(t['evidence.coverageCaption'], {
			level: level.title,
		});
		section.querySelector('tbody')!.replaceChildren(
			...rows.map((row) => {
				const tr = document.createElement('tr');
				const head = tr.appendChild(document.createElement('th'));
				head.scope = 'row';
				head.textContent = row.name;
				for (const text of [
					formatNumber(row.entries, this.#lang),
					row.latest ? formatDate(row.latest) : t['evidence.coverageNever'],
					formatNumber(row.months, this.#lang),
					coverageNudge(t, row, weeks),
				])
					tr.insertCell().textContent = text;
				return tr;
			}),
		);
		section.hidden = false;
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

customElements.define('threshold-evidence-log', ThresholdEvidenceLog);
