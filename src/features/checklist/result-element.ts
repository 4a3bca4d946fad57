/**
 * `<threshold-checklist-result>`: shows what the progress of the `<Checklist>` it is `for`
 * means, as the reader ticks. The sentences are built by `describeResult` (`result.ts`).
 */
import { readWords } from '../../kit/words';
import { describeResult } from './result';
import type { Progress } from './state';
import type { ChecklistResultWords } from './words';

type Checklist = HTMLElement & { progress: Progress | null };

class ThresholdChecklistResult extends HTMLElement {
	#list: Checklist | null = null;
	#listen = (event: Event) => {
		if (event.target === this.#list) this.#render((event as CustomEvent<Progress>).detail);
	};

	connectedCallback() {
		this.#list = document.querySelector<Checklist>(
			`threshold-checklist[data-checklist-id="${CSS.escape(this.dataset['for']!)}"]`,
		);
		document.addEventListener('checklist-progress', this.#listen);
		// The checklist may have read its saved ticks before this element was defined.
		if (this.#list?.progress) this.#render(this.#list.progress);
	}

	disconnectedCallback() {
		document.removeEventListener('checklist-progress', this.#listen);
	}

	#render(p: Progress) {
		const { summary, weakest } = describeResult(readWords<keyof ChecklistResultWords>(this), p);
		const groups = [...this.#list!.querySelectorAll<HTMLElement>('[data-group]')];
		this.hidden = false;
		this.querySelector('[data-summary]')!.textContent = summary;
		this.querySelector('[data-weakest]')!.replaceChildren(
			...weakest.map(({ label, count }) => {
				const li = document.createElement('li');
				const name = li.appendChild(document.createElement('strong'));
				name.textContent = label;
				li.append(` ${count} `);
				// The group's "Train it:" line, links and all, as the author wrote it.
				const train = groups
					.find((el) => el.dataset['group'] === label)
					?.querySelector('.th-checklist__train');
				if (train) li.append(...train.cloneNode(true).childNodes);
				return li;
			}),
		);
	}
}

customElements.define('threshold-checklist-result', ThresholdChecklistResult);
