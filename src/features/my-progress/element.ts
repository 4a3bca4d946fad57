/**
 * `<threshold-progress>`: lists the checklists a reader has started in this browser. Export
 * and import of everything the site keeps here are in `actions.ts`, loaded on first use.
 */
import { storageNamespace } from '../../../content/site.json';
import { fill, problemText, readWords, type KitWords } from '../../kit/words';
import { StoreCore, browserStorage, siteNamespace } from '../../kit/store';
import { checklistCodec, storageName } from '../checklist/state';
import { detailText, introText, summarise } from './progress';
import type { MyProgressWords } from './words';

/** The prefix of every checklist's storage name. */
const prefix = storageName('');

/** What the actions need from "My progress": the element, its store and words, and a redraw. */
export interface ProgressHandle extends HTMLElement {
	readonly store: StoreCore;
	readonly t: MyProgressWords & KitWords;
	render(): void;
}

class ThresholdProgress extends HTMLElement implements ProgressHandle {
	// The core store: export and import load with the actions that use them.
	readonly store = new StoreCore(siteNamespace(storageNamespace, import.meta.env.BASE_URL), browserStorage());
	t!: MyProgressWords & KitWords;

	connectedCallback() {
		this.t = readWords(this);
		this.querySelector<HTMLElement>('[data-actions]')!.hidden = false;
		this.render();
		this.addEventListener('click', this);
		this.addEventListener('change', this);
		// Ticks made in another tab show when the reader comes back to this one.
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
			this.querySelector<HTMLElement>('[data-file]')!.click();
		} else if (action === 'export') {
			void import('./actions').then((actions) => actions.exportAll(this));
		}
	}

	/** Lists every saved checklist, by title, then any whose saved ticks cannot be read. */
	render() {
		const unreadable: HTMLLIElement[] = [];
		const rows: { title: string; li: HTMLLIElement }[] = [];
		for (const name of this.store.names(prefix)) {
			const read = this.store.read(name, checklistCodec);
			if (read.status === 'empty') continue;
			const li = document.createElement('li');
			const detail = document.createElement('span');
			detail.className = 'th-my-progress__detail';
			if (read.status === 'ok') {
				const s = summarise(read.value);
				const link = li.appendChild(document.createElement('a'));
				link.href = s.url;
				link.textContent = s.title;
				detail.textContent = detailText(this.t, s);
				li.append(' ', detail);
				rows.push({ title: s.title, li });
			} else {
				detail.textContent = fill(this.t['myProgress.unreadable'], {
					id: name.slice(prefix.length),
					reason: problemText(this.t, read.reason),
				});
				li.append(detail);
				unreadable.push(li);
			}
		}
		rows.sort((a, b) => a.title.localeCompare(b.title));
		const all = [...rows.map((r) => r.li), ...unreadable];
		const list = this.querySelector<HTMLElement>('[data-list]')!;
		list.replaceChildren(...all);
		list.hidden = all.length === 0;
		this.querySelector('[data-intro]')!.textContent = introText(this.t, all.length);
	}
}

customElements.define('threshold-progress', ThresholdProgress);
