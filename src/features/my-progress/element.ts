/**
 * `<threshold-progress>`: "My growth", the reader's home. With nothing saved in this browser
 * it shows the first steps for a mentee and a mentor; otherwise the checklists the reader
 * started, and the sections drawn from the ladder tools and builders (`sections.ts`, loaded
 * then). Export and import of everything the site keeps here are in `actions.ts`, loaded on
 * first use.
 */
import { fill, problemText, readWords, type KitWords } from '../../kit/words';
import type { StoreCore } from '../../kit/store';
import { siteStore } from '../../kit/store';
import { checklistCodec, storageName } from '../checklist/state';
import { detailText, introText, summarise } from './progress';
import type { MyProgressWords } from './words';

/** The prefix of every checklist's storage name. */
const prefix = storageName('');

/** What the sections and actions need from "My growth": the element, its store and words, and a redraw. */
export interface ProgressHandle extends HTMLElement {
	readonly store: StoreCore;
	readonly t: MyProgressWords & KitWords;
	render(): void;
}

/** A list item: a link, then a line about it. */
export function linkItem(href: string, text: string, detail: string): HTMLLIElement {
	const li = document.createElement('li');
	li.append(Object.assign(document.createElement('a'), { href, textContent: text }), ' ');
	li.appendChild(
		Object.assign(document.createElement('span'), { className: 'th-growth__detail' }),
	).textContent = detail;
	return li;
}

class ThresholdProgress extends HTMLElement implements ProgressHandle {
	// The core store: export and import load with the actions that use them.
	readonly store = siteStore();
	t!: MyProgressWords & KitWords;

	connectedCallback() {
		this.t = readWords(this);
		this.#q('[data-actions]').hidden = false;
		this.render();
		this.addEventListener('click', this);
		this.addEventListener('change', this);
		// What was saved in another tab shows when the reader comes back to this one.
		document.addEventListener('visibilitychange', this);
	}

	disconnectedCallback() {
		document.removeEventListener('visibilitychange', this);
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLInputElement;
		const action = target.closest?.('button')?.dataset['action'];
		if (event.type === 'visibilitychange') {
			if (document.visibilityState === 'visible') this.render();
		} else if (target.type === 'file') {
			const file = target.files?.[0];
			target.value = '';
			if (file) void import('./actions').then((actions) => actions.importFile(this, file));
		} else if (action === 'import') {
			// Opened here, not after loading the actions, while the click still lets a page open a file picker.
			this.#q('[data-file]').click();
		} else if (action === 'export') {
			void import('./actions').then((actions) => actions.exportAll(this));
		}
	}

	/** The one element matching `selector` inside the island (the markup guarantees it exists). */
	#q(selector: string): HTMLElement {
		return this.querySelector<HTMLElement>(selector)!;
	}

	/**
	 * Redraws the page from what this browser keeps now. With nothing saved it shows the first
	 * steps and loads nothing more; otherwise the sections, whose code (sections.ts) loads then.
	 */
	render() {
		const t = this.t;
		const some = this.store.names().length > 0;
		this.#q('[data-intro]').textContent = t[some ? 'myProgress.kept' : 'myProgress.empty'];
		this.#q('[data-growth="first"]').hidden = some;
		for (const section of this.querySelectorAll<HTMLElement>('[data-growth]:not([data-growth="first"])'))
			section.hidden = !some;
		const checklists = this.#checklists();
		this.#q('[data-count]').textContent = introText(t, checklists.length);
		const list = this.#q('[data-list]');
		list.replaceChildren(...checklists);
		list.hidden = checklists.length === 0;
		if (some) void import('./sections').then((sections) => sections.renderSections(this));
	}

	/** Every saved checklist, by title, then any whose saved ticks cannot be read. */
	#checklists(): HTMLLIElement[] {
		const unreadable: HTMLLIElement[] = [];
		const rows: { title: string; li: HTMLLIElement }[] = [];
		for (const name of this.store.names(prefix)) {
			const read = this.store.read(name, checklistCodec);
			if (read.status === 'ok') {
				const s = summarise(read.value);
				rows.push({ title: s.title, li: linkItem(s.url, s.title, detailText(this.t, s)) });
			} else if (read.status === 'unreadable') {
				const li = document.createElement('li');
				li.appendChild(
					Object.assign(document.createElement('span'), { className: 'th-growth__detail' }),
				).textContent = fill(this.t['myProgress.unreadable'], {
					id: name.slice(prefix.length),
					reason: problemText(this.t, read.reason),
				});
				unreadable.push(li);
			}
		}
		rows.sort((a, b) => a.title.localeCompare(b.title));
		return [...rows.map((r) => r.li), ...unreadable];
	}
}

customElements.define('threshold-progress', ThresholdProgress);
