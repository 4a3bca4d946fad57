/**
 * `<threshold-assessment>`: enables the self-assessment's levels, ticks, evidence and "does
 * not apply to my role" with its reason, and keeps them in the browser. What loads with the
 * page takes a tick, a line of evidence or a level and saves it (`edit.ts`, the codec in
 * `saved.ts`); the page as built already shows the default levels, no marks, and their
 * results. Drawing anything else (`draw.ts`: a tick's result line, the results, other levels,
 * saved marks, the status line, the actions) loads on first use: when the reader reaches for
 * a control, or with the page when saved marks must be shown. A tick paints first; saving
 * waits until it has painted (`kit/later.ts`), and does not wait for the drawing to arrive.
 */
import { later } from '../../../kit/later';
import { siteStore, type StoreProblem } from '../../../kit/store';
import { ladderMoved } from '../islands/ladder-state';
import type { CurrentLadder } from '../migrate-types';
import type * as Draw from './draw';
import type { AssessmentHandle } from './draw';
import { emptyAssessment, setMark } from './edit';
import { showMark } from './fields';
import { assessmentCodec, assessmentStorageName as name, type AssessmentState } from './saved';
import type { AssessmentWords } from './words';

class ThresholdAssessment extends HTMLElement implements AssessmentHandle {
	// The core store: backups load with the actions that use them.
	readonly store = siteStore();
	state: AssessmentState = emptyAssessment('', '');
	ladder!: CurrentLadder;
	/** The drawing code once it has loaded, and while it loads. */
	#draw: typeof Draw | undefined;
	#drawing: Promise<typeof Draw> | undefined;
	// A tick paints first; saving and the results out of sight follow (see `kit/later.ts`).
	#later = later(() => {
		this.save();
		this.#use((draw) => draw.results(this));
	});

	connectedCallback() {
		this.ladder = JSON.parse(this.dataset['ladder']!) as CurrentLadder;
		// Enable before loading: drawing disables "seen" where a behavior does not apply.
		for (const input of this.querySelectorAll<HTMLInputElement>('input, select')) input.disabled = false;
		this.load();
		// The actions, and the results the page was built with (those of no marks), need the script.
		for (const part of this.querySelectorAll<HTMLElement>('[data-actions], [data-scripted]'))
			part.hidden = false;
		for (const type of ['change', 'input', 'click']) this.addEventListener(type, this);
		// Reaching for a control fetches the drawing, so that it is mostly there when the tick lands.
		this.addEventListener('focusin', () => this.#use(() => {}), { once: true });
		this.store.subscribe(name, () => {
			this.load();
			this.#say('assessment.otherTab');
		});
		if (!this.store.persistent) this.#say('assessment.notKept', 'unavailable');
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLInputElement;
		const kind = target.id.replace(/-.*/, '');
		const id = target.id.slice(kind.length + 1);
		if (event.type === 'click') {
			const button = target.closest('button');
			if (!button?.dataset['action']) return;
			this.#later.flush();
			this.#use((draw) => draw.click(this, button));
		} else if (event.type === 'input') {
			if (kind !== 'evidence' && kind !== 'reason') return;
			this.state = setMark(this.state, id, { [kind]: target.value });
			this.#use((draw) => draw.line(this, target));
			// Save (and count the rest) once the reader pauses, not on every key.
			this.#later.schedule(400);
		} else if (target.type === 'file') {
			this.#use((draw) => draw.restore(this, target));
		} else if (kind === 'plan') {
			this.#use((draw) => draw.limit(this));
		} else if (kind === 'evidence' || kind === 'reason') {
			// A text field lost focus: save now rather than after the pause.
			this.#later.flush();
		} else if (kind === 'shown' || kind === 'na') {
			this.state = setMark(this.state, id, {
				[kind === 'shown' ? 'shown' : 'notApplicable']: target.checked,
			});
			// What the reader must see at once: the behavior's fields now, its competency's line
			// as soon as the drawing is here.
			showMark(target.closest('li')!, this.state.marks[id]);
			this.#use((draw) => draw.tick(this, target));
			this.#later.schedule();
		} else {
			// A level (#assessment_current or _target), kept as picked; the drawing checks the pair.
			this.state = { ...this.state, [kind.slice(11)]: target.value };
			this.#use((draw) => draw.levels(this));
			this.#later.schedule();
		}
	}

	/** Reads the saved state and draws it, unless the page as built already shows it. */
	load() {
		const result = this.store.read(name, assessmentCodec);
		const { defaultCurrent, defaultTarget } = this.dataset;
		this.state =
			result.status === 'ok'
				? result.value
				: // A fresh start records the ladder it is made on, so a later change can say what is new.
					{ ...emptyAssessment(defaultCurrent!, defaultTarget!), seen: this.ladder };
		const { current, target, marks, seen, archive } = this.state;
		if (
			this.#draw ||
			result.status === 'unreadable' ||
			Object.keys(marks).length ||
			current !== defaultCurrent ||
			target !== defaultTarget ||
			archive?.marks.length ||
			ladderMoved(seen, [], this.ladder)
		)
			this.#use((draw) => draw.load(this, result.status === 'unreadable'));
	}

	save() {
		const result = this.store.write(name, assessmentCodec, this.state);
		if (!result.persisted) this.#say('assessment.notSaved', result.reason);
	}

	changed() {
		this.#later.schedule();
	}

	/**
	 * Runs `draw` with the drawing code: at once once it has loaded, else after the first paint
	 * once it arrives (it may arrive just as a tick is about to paint: the tick paints first).
	 */
	#use(draw: (code: typeof Draw) => void) {
		if (this.#draw) return draw(this.#draw);
		void (this.#drawing ??= import('./draw').then((code) => (this.#draw = code))).then((code) =>
			requestAnimationFrame(() => setTimeout(draw, 0, code)),
		);
	}

	#say(word: keyof AssessmentWords, reason?: StoreProblem) {
		this.#use((draw) => draw.say(this, word, reason));
	}
}

customElements.define('threshold-assessment', ThresholdAssessment);
