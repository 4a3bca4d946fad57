/**
 * `<threshold-checklist>`: enables the boxes of a `<Checklist>` and keeps the reader's ticks
 * in this browser. What it saves and counts is in `state.ts`; actions other than ticking
 * (copy, export, import, reset, undo) are in `actions.ts`, loaded on first use.
 */
import { fill, readWords, type KitWords } from '../../kit/words';
import { StoreCore, browserStorage, type StoreProblem } from '../../kit/store';
import type { ChecklistWords } from './words';
// In the order the element uses them: the saved state, then the counts it shows and says.
import {
	storageName,
	checklistCodec,
	nextState,
	mergeTicks,
	progress,
	countText,
	announcement,
} from './state';
import type { ChecklistMeta, ChecklistState, PageItem, Progress } from './state';
import type * as Actions from './actions';
import type { Action, ChecklistHandle, Problems } from './actions';

class ThresholdChecklist extends HTMLElement implements ChecklistHandle {
	// The core store: export and import load with the actions that use them. The page names the
	// site's storage namespace (content/site.json and the base path), which saves the island a chunk.
	readonly store = new StoreCore(this.dataset['store']!, browserStorage());
	t!: ChecklistWords & KitWords;
	key = '';
	meta!: ChecklistMeta;
	readonly items: PageItem[] = [];
	state: ChecklistState | null = null;
	/** What went wrong keeping the ticks in this browser, or reading them back. */
	readonly problems: Problems = {};
	/** Ticks overall and per group, once the saved state has been read (for `<ChecklistResult>`). */
	progress: Progress | null = null;
	/** Whether notes on reworded or removed items are showing. */
	#changed = false;
	/** The actions, once their module has loaded. */
	#actions: typeof Actions | undefined;

	connectedCallback() {
		const data = this.dataset;
		this.t = readWords(this);
		this.key = storageName(data['checklistId']!);
		this.meta = { title: data['title']!, page: data['pageTitle']!, url: data['url']! };
		for (const li of this.querySelectorAll<HTMLElement>('[data-item-id]')) {
			li.querySelector('input')!.disabled = false;
			this.items.push({
				id: li.id,
				text: li.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim(),
				hash: li.dataset['textHash']!,
				group: li.parentElement!.closest<HTMLElement>('[data-group]')?.dataset['group'],
			});
		}
		this.#el('[data-actions]').hidden = false;
		if (!this.store.persistent) this.#problem('storage', 'unavailable');
		this.load();
		this.store.subscribe(this.key, () => this.load());
		this.addEventListener('change', this);
		this.addEventListener('click', this);
		// The notices and counts above may have moved a linked item since the browser scrolled to it.
		this.querySelector(':target')?.scrollIntoView({ block: 'center' });
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLInputElement;
		const action = target.closest('button')?.dataset['action'];
		if (target.type === 'file') {
			const file = target.files?.[0];
			target.value = '';
			if (file) void this.#act('importFile', file);
		} else if (event.type === 'change' || action === 'keep') {
			// "Keep" on a reworded item ticks it again with its new wording.
			this.#tick(target.closest('li')!.id, action === 'keep' || target.checked);
		} else if (action === 'import') {
			// Opened here, not after loading the actions, while the click still lets a page open a file picker.
			this.#el('[data-file]').click();
		} else if (action === 'copy' || action === 'exportFile' || action === 'reset' || action === 'undo') {
			void this.#act(action);
		}
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	/** Reads the saved state and draws the checklist; returns its progress. */
	load(): Progress {
		const read = this.store.read(this.key, checklistCodec);
		this.state = read.status === 'ok' ? read.value : null;
		this.#problem('unreadable', read.status === 'unreadable' ? read.reason : undefined);
		if (this.state) {
			// Keep the saved copy current (title, count, archived ticks) for "My progress".
			const fresh = nextState(this.state, this.meta, this.items);
			if (JSON.stringify(fresh) !== JSON.stringify(this.state)) this.#save(fresh);
		}
		return this.#render();
	}

	#save(state: ChecklistState) {
		this.state = state;
		const written = this.store.write(this.key, checklistCodec, state);
		if (!written.persisted) this.#problem('storage', written.reason);
	}

	#render(): Progress {
		const view = mergeTicks(this.items, this.state);
		const p = progress(view.items);
		let changed = view.archived.length > 0;
		for (const item of view.items) {
			document.getElementById(item.id)!.querySelector('input')!.checked = item.ticked;
			changed ||= item.was !== undefined;
		}
		// Ticks from before the checklist changed are rare: their notes load with the actions.
		if (changed || this.#changed) void this.#act('changes');
		this.#changed = changed;
		this.#el('[data-count]').textContent = fill(this.t['checklist.count'], { count: countText(this.t, p) });
		for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
			const g = p.groups.find((candidate) => candidate.label === group.dataset['group']);
			group.querySelector('.th-checklist__group-count')!.textContent = g ? `(${countText(this.t, g)})` : '';
		}
		this.progress = p;
		// For <ChecklistResult>, which shows what the progress means.
		this.dispatchEvent(new CustomEvent('checklist-progress', { bubbles: true, detail: p }));
		return p;
	}

	#tick(id: string, ticked: boolean) {
		this.#save(nextState(this.state, this.meta, this.items, { id, ticked }));
		this.#actions?.quiet(this);
		const p = this.#render();
		this.#el('[data-announce]').textContent = announcement(
			this.t,
			p,
			this.items.find((i) => i.id === id)?.group,
		);
	}

	/** Runs an action other than ticking, loading the actions on first use. */
	async #act(action: Action, file?: File) {
		this.#actions ??= await import('./actions');
		// Only "importFile" reads `file`; the element passes one with it.
		void this.#actions[action](this, file!);
	}

	/** Notes what went wrong (or that it no longer is); the notices that say so load with the actions. */
	#problem(notice: keyof Problems, reason: StoreProblem | undefined) {
		if (this.problems[notice] === reason) return;
		this.problems[notice] = reason;
		void this.#act('notices');
	}
}

customElements.define('threshold-checklist', ThresholdChecklist);
