/**
 * `<threshold-evidence-log>`: enables the entry form and keeps the log in the browser. The
 * page is built with an empty log and the coverage of the default target level, so what
 * loads with it only enables the form, fills in today's date and knows whether anything is
 * saved. The rest (`draw.ts`: the saved log week by week, Delete and its undo, the coverage
 * of the self-assessment's target level, adding an entry, the status line, the actions)
 * loads on first use: when the reader uses the form or a button, or with the page when a
 * log or an assessment is saved.
 */
import { siteStore, type StoreProblem } from '../../../kit/store';
import type { CurrentLadder } from '../migrate-types';
import { localDay } from './day';
import { readForm } from './read-form';
import type * as Draw from './draw';
import type { EvidenceHandle } from './draw';
import type { EvidenceWords } from './words';

class ThresholdEvidenceLog extends HTMLElement implements EvidenceHandle {
	// The core store: backups load with the actions that use them.
	readonly store = siteStore();
	ladder!: CurrentLadder;
	/** The drawing code once it has loaded, and while it loads. */
	#draw: typeof Draw | undefined;
	#drawing: Promise<typeof Draw> | undefined;

	connectedCallback() {
		this.ladder = JSON.parse(this.dataset['ladder']!) as CurrentLadder;
		for (const control of this.querySelectorAll<HTMLInputElement>('input, textarea, select, button'))
			control.disabled = false;
		this.querySelector<HTMLInputElement>('#evidence_date')!.value = localDay(new Date());
		// The actions, and the coverage the page was built with (that of no entries), need the script.
		for (const part of this.querySelectorAll<HTMLElement>('[data-actions], [data-scripted]'))
			part.hidden = false;
		const { log: name, assessment } = this.dataset as { log: string; assessment: string };
		// Saved entries, or a target level other than the default, are drawn at once.
		const saved = this.store.names('ladder:');
		if (saved.includes(name) || saved.includes(assessment)) this.#use(() => {});
		for (const type of ['submit', 'input', 'change', 'click']) this.addEventListener(type, this);
		// Reaching for the form or a button fetches the drawing, so that it is mostly there when used.
		this.addEventListener('focusin', () => this.#use(() => {}), { once: true });
		this.store.subscribe(name, () => this.#use((draw) => draw.load()));
		// The target level is the self-assessment's: follow it when another tab changes it.
		this.store.subscribe(assessment, () => this.#use((draw) => void draw.readTarget()));
		if (!this.store.persistent) this.#say('evidence.notKept', 'unavailable');
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLInputElement;
		if (event.type === 'submit') {
			event.preventDefault();
			// What the form holds now is the entry, whatever the reader types while adding loads.
			const input = readForm(this);
			const focused = document.activeElement;
			this.#use((draw) => void draw.add(input, focused));
		} else if (event.type === 'input' && target.id === 'evidence_text') {
			this.#use((draw) => void draw.nudge());
		} else if (event.type === 'change' && target.type === 'file') {
			this.#use((draw) => draw.restore(target));
		} else if (event.type === 'click') {
			const button = target.closest('button');
			if (button?.dataset['action']) this.#use((draw) => draw.click(button));
		}
	}

	/** Runs `draw` with this log's drawing: at once once it has loaded, else when it arrives. */
	#use(draw: (view: Draw.LogView) => void) {
		if (this.#draw) return draw(this.#draw.view(this));
		void (this.#drawing ??= import('./draw').then((code) => (this.#draw = code)))
			.then((code) => code.view(this))
			.then(draw);
	}

	#say(word: keyof EvidenceWords, reason?: StoreProblem) {
		this.#use((draw) => draw.say(word, reason));
	}
}

customElements.define('threshold-evidence-log', ThresholdEvidenceLog);
