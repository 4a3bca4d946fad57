/**
 * `<threshold-assessment>`: enables the self-assessment's levels, ticks, evidence and "does
 * not apply to my role" with its reason, keeps
 * them in the browser, and shows per-competency results, the summary and the playbooks for
 * the gaps. The logic is in `assessment.ts`, `text.ts` and `page.ts`, the results below the
 * behaviors in `summary.ts`. A tick redraws its behavior and its competency's line at once;
 * saving and the rest wait until it has painted (`kit/later.ts`). Copy, download,
 * backup, restore and clear load from `actions.ts` on first use, and carrying marks over a
 * ladder change (with its notice and the archive) from `changes.ts`, only when needed.
 */
import { later } from '../../../kit/later';
import { StatusLine } from '../../../kit/status';
import { siteStore } from '../../../kit/store';
import { fill, pageLang, problemText, readWords, type KitWords } from '../../../kit/words';
import { ladderMoved } from '../islands/ladder-state';
import type { LadderChangeWords } from '../islands/words';
import type { CurrentLadder } from '../migrate-types';
import type { AssessmentAction, AssessmentIsland } from './actions';
import {
	assessmentCodec,
	assessmentResults,
	assessmentStorageName as name,
	levelsInScope,
	normalizeLevels,
	type AssessmentCompetency,
	type AssessmentLevel,
	type AssessmentState,
} from './assessment';
import { emptyAssessment, hasGap, setMark } from './marks';
import { competenciesFrom, gapPlaybooks, type PlaybookLink } from './page';
import { limitPlan, renderSummary } from './summary';
import { resultLine } from './text';
import type { AssessmentWords } from './words';

class ThresholdAssessment extends HTMLElement {
	// The core store: backups load with the actions that use them.
	#store = siteStore();
	#t!: AssessmentWords & KitWords & LadderChangeWords;
	#ladder!: CurrentLadder;
	#lang = pageLang();
	#status!: StatusLine;
	#current!: HTMLSelectElement;
	#target!: HTMLSelectElement;
	#levels: AssessmentLevel[] = [];
	#competencies: AssessmentCompetency[] = [];
	#links: PlaybookLink[] = [];
	#defaults = { current: '', target: '' };
	#state: AssessmentState = emptyAssessment('', '');
	// A tick paints first; the results out of sight and saving follow (see `kit/later.ts`).
	#later = later(() => {
		this.#renderResults();
		this.#save();
	});

	connectedCallback() {
		this.#t = readWords(this);
		this.#ladder = JSON.parse(this.dataset['ladder']!) as CurrentLadder;
		this.#status = new StatusLine(this);
		this.#current = this.$('#assessment_current');
		this.#target = this.$('#assessment_target');
		this.#readPage();
		// Enable before loading: rendering disables "seen" where a behavior does not apply.
		for (const input of this.querySelectorAll<HTMLInputElement>('input, select')) input.disabled = false;
		this.#load();
		this.$('[data-actions]').hidden = false;
		for (const type of ['change', 'input', 'click']) this.addEventListener(type, this);
		this.#store.subscribe(name, () => {
			this.#load();
			this.#status.say(this.#t['assessment.otherTab']);
		});
		if (!this.#store.persistent)
			this.#status.say(fill(this.#t['assessment.notKept'], { reason: problemText(this.#t, 'unavailable') }));
	}

	/** The one element matching `selector` inside the island (the markup guarantees it exists). */
	$<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLInputElement;
		const kind = target.id.replace(/-.*/, '');
		if (event.type === 'click') {
			const action = target.closest('button')?.dataset['action'];
			if (!action) return;
			this.#later.flush();
			if (action === 'print') print();
			else if (action === 'undo') this.#status.undo();
			else void this.#act(action as AssessmentAction, undefined, target.closest('button')!);
		} else if (event.type === 'input') {
			const typed = kind === 'evidence' ? 'evidence' : kind === 'reason' ? 'reason' : null;
			if (!typed) return;
			this.#state = setMark(this.#state, target.id.slice(typed.length + 1), { [typed]: target.value });
			this.#renderLine(target);
			// Save (and count the rest) once the reader pauses, not on every key.
			this.#later.schedule(400);
		} else if (target.type === 'file') {
			const file = target.files?.[0];
			target.value = '';
			if (file) void this.#act('restore', file);
		} else if (kind === 'plan') {
			limitPlan(this);
		} else if (kind === 'evidence' || kind === 'reason') {
			// A text field lost focus: save now rather than after the pause.
			this.#later.flush();
		} else if (kind === 'shown' || kind === 'na') {
			this.#state = setMark(this.#state, target.id.slice(kind.length + 1), {
				[kind === 'shown' ? 'shown' : 'notApplicable']: target.checked,
			});
			// What the reader must see at once: the behavior and its competency's line.
			this.#renderBehavior(target.closest('li')!);
			this.#renderLine(target);
			this.#later.schedule();
		} else {
			this.#state = {
				...this.#state,
				...normalizeLevels(this.#levels, this.#current.value, this.#target.value, this.#defaults),
			};
			this.#render();
			this.#later.schedule();
		}
	}

	#readPage() {
		this.#levels = [...this.#current.options].map((o) => ({ id: o.value, title: o.text }));
		this.#defaults = { current: this.dataset['defaultCurrent']!, target: this.dataset['defaultTarget']! };
		const competency = (el: Element) => el.closest<HTMLElement>('[data-competency]')!.dataset;
		this.#competencies = competenciesFrom(
			[...this.querySelectorAll<HTMLElement>('li[data-behavior]')].map((li) => ({
				id: li.dataset['behavior']!,
				level: li.dataset['level']!,
				competency: competency(li)['competency']!,
				name: competency(li)['name']!,
				text: li.querySelector('label')!.textContent!.trim(),
			})),
		);
		this.#links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-playbook]')].map((a) => ({
			competency: competency(a)['competency']!,
			level: a.closest('fieldset')!.dataset['level']!,
			slug: a.dataset['playbook']!,
			title: a.textContent!.trim(),
			path: a.getAttribute('href')!,
		}));
	}

	#load() {
		const result = this.#store.read(name, assessmentCodec);
		const saved =
			result.status === 'ok'
				? result.value
				: // A fresh start records the ladder it is made on, so a later change can say what is new.
					{ ...emptyAssessment(this.#defaults.current, this.#defaults.target), seen: this.#ladder };
		this.#state = { ...saved, ...normalizeLevels(this.#levels, saved.current, saved.target, this.#defaults) };
		if (result.status === 'unreadable') this.#status.say(this.#t['assessment.unreadable']);
		this.#render();
		const moved = ladderMoved(this.#state.seen, Object.keys(this.#state.marks), this.#ladder);
		// Carrying marks over a ladder change, its notice and the archive load on first use.
		if (moved || this.#state.archive?.marks.length)
			void import('./changes').then((changes) =>
				changes.showChanges(
					this,
					this.#t,
					this.#ladder,
					moved,
					() => this.#state,
					(state) => {
						this.#state = state;
						this.#save();
						this.#render();
					},
				),
			);
	}

	#save() {
		const result = this.#store.write(name, assessmentCodec, this.#state);
		if (!result.persisted)
			this.#status.say(fill(this.#t['assessment.notSaved'], { reason: problemText(this.#t, result.reason) }));
	}

	/** Runs a rarely used action, loading its code on first use. */
	async #act(action: AssessmentAction, file?: File, button?: HTMLElement) {
		const { run } = await import('./actions');
		const island: AssessmentIsland = {
			store: this.#store,
			t: this.#t,
			lang: this.#lang,
			siteName: this.dataset['siteName']!,
			levels: this.#levels,
			competencies: this.#competencies,
			links: this.#links,
			state: this.#state,
			root: this,
			reload: () => this.#load(),
			showEmpty: () => {
				this.#state = emptyAssessment(this.#state.current, this.#state.target);
				this.#render();
			},
			say: (message, undo) => this.#status.say(message, undo),
		};
		await run(action, island, file, button);
	}

	#render() {
		const { current, target } = this.#state;
		this.#current.value = current;
		this.#target.value = target;
		const scope = new Set(levelsInScope(this.#levels, current, target));
		for (const fieldset of this.querySelectorAll<HTMLElement>('fieldset[data-level]'))
			fieldset.hidden = !scope.has(fieldset.dataset['level']!);
		for (const section of this.querySelectorAll<HTMLElement>('[data-competency], [data-group]'))
			section.hidden = !section.querySelector('fieldset:not([hidden])');
		for (const li of this.querySelectorAll<HTMLElement>('li[data-behavior]')) this.#renderBehavior(li);
		this.#renderResults();
	}

	/** One behavior's ticks and fields, as its mark says. */
	#renderBehavior(li: HTMLElement) {
		const id = li.dataset['behavior']!;
		const mark = this.#state.marks[id];
		const input = (kind: string) => li.querySelector<HTMLInputElement>(`[id="${kind}-${id}"]`)!;
		const notApplicable = mark?.notApplicable ?? false;
		input('shown').checked = mark?.shown ?? false;
		input('shown').disabled = notApplicable;
		input('na').checked = notApplicable;
		li.querySelector<HTMLElement>('[data-field="evidence"]')!.hidden = notApplicable;
		li.querySelector<HTMLElement>('[data-field="reason"]')!.hidden = !notApplicable;
		// Leave the field the reader is typing in alone (another tab may have saved meanwhile).
		for (const [kind, value] of [
			['evidence', mark?.evidence],
			['reason', mark?.reason],
		] as const)
			if (document.activeElement !== input(kind)) input(kind).value = value ?? '';
	}

	/** The result line of the competency `inside` belongs to. */
	#renderLine(inside: Element) {
		const section = inside.closest<HTMLElement>('[data-competency]')!;
		const id = section.dataset['competency'];
		const [result] = assessmentResults(
			this.#competencies.filter((c) => c.id === id),
			this.#levels,
			this.#state,
		);
		const line = section.querySelector<HTMLElement>('[data-result]')!;
		line.textContent = result ? `${resultLine(this.#t, result, this.#lang)}.` : '';
		line.classList.toggle('th-assessment__result--gap', Boolean(result && hasGap(result)));
	}

	#renderResults() {
		const results = assessmentResults(this.#competencies, this.#levels, this.#state);
		for (const section of this.querySelectorAll('[data-competency]')) this.#renderLine(section);
		const scope = new Set(levelsInScope(this.#levels, this.#state.current, this.#state.target));
		renderSummary(
			this,
			this.#t,
			this.#lang,
			results,
			gapPlaybooks(results.filter(hasGap), this.#links, scope),
		);
	}
}

customElements.define('threshold-assessment', ThresholdAssessment);
