/**
 * `<threshold-builder>` as the page loads it. The server rendered the form as a new, blank draft
 * (its name, preview and checks too), so a first visit only shows it; the editor (editor.ts: the
 * drafts, saving as the reader types, the preview and checks) is fetched on the first pointer,
 * focus, touch or input in the builder, and replays what was typed before it came. When there is
 * something to show at once (a saved draft, answers another island handed over, a `#doc=` link)
 * the editor is fetched as the page loads, and the builder shows once it has filled the form.
 */
import { siteStore } from '../../kit/store';
import { editorAtLoad, isShareHash, wakeEvents } from './wake';
import type { Editor } from './editor';

const store = siteStore();

class ThresholdBuilder extends HTMLElement {
	#editor: Promise<Editor> | undefined;
	#ready = false;
	/**
	 * What the reader did before the editor came, in order: each control typed in or chosen, with
	 * its value then, and each button pressed.
	 */
	#typed: ([HTMLInputElement, string] | HTMLElement)[] = [];

	connectedCallback() {
		const { drafts, handoff } = this.dataset as { drafts: string; handoff: string };
		const show = () => (this.querySelector<HTMLElement>('[data-part=builder]')!.hidden = false);
		for (const type of wakeEvents) this.addEventListener(type, this.#load, { passive: true });
		// The character shows at once; the editor replays the typing (the last value of each run
		// in one control) when it comes, and saves it.
		this.addEventListener('input', (event) => {
			if (this.#ready) return;
			const control = event.target as HTMLInputElement;
			const last = this.#typed.at(-1);
			if (Array.isArray(last) && last[0] == control) last[1] = control.value;
			else this.#typed.push([control, control.value]);
		});
		// A click that comes before the editor (a tap) is given to it in turn with the typing, so
		// what is typed after "New draft" goes into the new draft.
		this.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
			if (button && !this.#ready) {
				this.#typed.push(button);
				void this.#load();
			}
		});
		const openLink = () => {
			if (isShareHash(location.hash)) void this.#load().then((editor) => editor.openLink());
		};
		addEventListener('hashchange', openLink);
		// Another island left answers to start from (kit/handoff.ts), before or while the page is open.
		const receive = () => void this.#load().then((editor) => editor.receive());
		document.addEventListener(handoff, receive);
		const handoffs = store.names(handoff).length;
		if (!editorAtLoad(store.names(drafts).length, handoffs, location.hash)) return void show();
		void this.#load().then(show);
		if (handoffs) receive();
		openLink();
	}

	/** Fetches the editor, once. */
	#load = (): Promise<Editor> => {
		for (const type of wakeEvents) this.removeEventListener(type, this.#load);
		return (this.#editor ??= import('./editor').then(({ Editor }) => {
			const editor = new Editor(this, store, this.#typed);
			this.#ready = true;
			return editor;
		}));
	};
}

customElements.define('threshold-builder', ThresholdBuilder);
