/**
 * The filter of a `<question-bank>`: narrows the questions by topic and typed text as the
 * reader types, keeps the filter in the address (`?topic=…&q=…`), and clears it when a
 * link opens a question the filter would hide.
 */
import { readWords } from '../../kit/words';
import { countMessage, matchesText, normalize, readBankFilter, writeBankFilter } from './filter';
import type { QuestionBankWords } from './words';

class QuestionBank extends HTMLElement {
	#form = this.querySelector('form')!;
	#topic = this.#form.querySelector('select')!;
	#text = this.#form.querySelector('input')!;
	#count = this.#form.querySelector<HTMLElement>('[role="status"]')!;
	#empty = this.querySelector<HTMLElement>('.th-question-bank__empty')!;
	#words = readWords<keyof QuestionBankWords>(this);
	#groups = [...this.querySelectorAll<HTMLElement>('[data-group]')].map((section) => ({
		section,
		id: section.dataset['group']!,
		questions: [...section.querySelectorAll('li')].map((li) => ({
			li,
			words: normalize(li.textContent ?? ''),
		})),
	}));
	#timer = 0;

	connectedCallback() {
		const filter = readBankFilter(
			location.search,
			this.#groups.map((g) => g.id),
		);
		this.#topic.value = filter.topic;
		this.#text.value = filter.text;
		this.#apply(false);
		this.#reveal();
		this.#form.hidden = false;

		this.#form.addEventListener('submit', (event) => event.preventDefault());
		this.#topic.addEventListener('change', () => this.#apply(true));
		this.#text.addEventListener('input', () => this.#apply(true));
		this.#empty.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
			this.#topic.value = '';
			this.#text.value = '';
			this.#apply(true);
			this.#text.focus();
		});
		addEventListener('hashchange', () => this.#reveal());
	}

	#apply(remember: boolean) {
		const topic = this.#topic.value;
		const text = this.#text.value;
		let shown = 0;
		let total = 0;
		for (const group of this.#groups) {
			let inGroup = 0;
			for (const { li, words } of group.questions) {
				const match = (!topic || topic === group.id) && matchesText(words, text);
				li.hidden = !match;
				if (match) inGroup++;
			}
			group.section.hidden = inGroup === 0;
			shown += inGroup;
			total += group.questions.length;
		}
		this.#empty.hidden = shown > 0;
		// The count is a live region: wait until typing pauses so it is read once, not per key.
		clearTimeout(this.#timer);
		this.#timer = window.setTimeout(
			() => (this.#count.textContent = countMessage(this.#words, shown, total)),
			400,
		);
		if (remember) history.replaceState(history.state, '', writeBankFilter(location.href, { topic, text }));
	}

	/** Shows the question or group a link opened when the filter hides it. */
	#reveal() {
		// :target is the element the browser resolved the fragment to: no decoding here to throw on.
		const target = this.querySelector<HTMLElement>(':target');
		if (!target || !this.contains(target) || target.closest('[hidden]') === null) return;
		this.#topic.value = '';
		this.#text.value = '';
		this.#apply(true);
		target.scrollIntoView();
	}
}

customElements.define('question-bank', QuestionBank);
