/**
 * A builder's editor, fetched by `<threshold-builder>` (element.ts) on first use, or as the page
 * loads when there is a draft to show: wires the builder model (`data-model`) to the form
 * Builder.astro rendered, in the words of `data-words`. It keeps the open draft, fills the form,
 * saves as the reader types and redraws the preview and the checks. The rest is in actions.ts,
 * loaded on first use: a new draft, deleting one and Undo, copy, download, share links, hand-offs,
 * the status line and the notices about storage.
 * Everything typed is shown with `textContent`, never as HTML.
 */
import type { StoreCore } from '../../kit/store';
import {
	checkValues,
	completeValues,
	isBlank,
	renderMarkdown,
	variantOf,
	type BuilderModel,
	type Item,
} from './model';
import { draftCodec, newDraftId, saveTime, type Draft } from './drafts';
import { checksState, draftMenu, newestFirst } from './view';
import { nextDraftName } from './draft-text';
import type { BuilderHandle, Part } from './actions';

/**
 * actions.ts, fetched the first time it is needed: one promise for every caller, so the actions run
 * in the order the reader asked for them. Separate import() calls can settle out of order (the
 * first also waits for the chunk's preloads), which said "Started a new draft" after a delete.
 */
let loadedActions: ReturnType<typeof loadActions> | undefined;
const loadActions = () => import('./actions');
const actions = () => (loadedActions ??= loadActions());

/** The editor of one `<threshold-builder>` (`root`), over the site's `store`. */
export class Editor implements BuilderHandle {
	model: BuilderModel;
	codec: BuilderHandle['codec'];
	t: BuilderHandle['t'];
	storePrefix: string;
	draftId = '';
	draft!: Draft;
	saved = false;
	#parts: Record<string, Part> = {};
	/** When this page last saved a draft (ms): see `saveTime`. */
	#lastSave = 0;

	/**
	 * `typed`: what the reader did before the editor came, in order: the controls they typed in
	 * (or chose) with their values then, and the buttons they pressed.
	 */
	constructor(
		readonly root: HTMLElement,
		readonly store: StoreCore,
		typed: ([Part, string] | HTMLElement)[],
	) {
		this.model = JSON.parse(root.dataset['model']!);
		// As kit/words.ts's readWords, which would bring the rest of that module along.
		this.t = JSON.parse(root.dataset['words']!);
		this.codec = draftCodec(this.model);
		this.storePrefix = root.dataset['drafts']!;
		root.querySelectorAll<Part>('[data-part]').forEach((el) => (this.#parts[el.dataset['part']!] = el));
		// A link from "My growth" names the draft to open (`?draft=<id>`); otherwise the newest.
		const drafts = this.drafts();
		const first = drafts.find(([id]) => location.search == '?draft=' + id) ?? drafts[0];
		if (first) this.open(...first);
		else {
			// A first visit: the new draft the server rendered, by the name it rendered (a name typed
			// before the editor came is replayed below, into whichever draft was open then).
			const draft = {
				name: (this.el('name') as HTMLInputElement).defaultValue,
				variant: root.dataset['variant']!,
				values: {},
			};
			this.open(newDraftId(), { ...draft, created: '', updated: '' }, false);
		}
		// Then what the reader did before the editor came, in order, each control given back the
		// value it had then (opening a draft, a new draft or a change of variant redrew the form).
		// A reader who has gone on to a field keeps their place: a replayed New draft focuses the
		// name, and what they type next would land there.
		const here = document.activeElement as HTMLElement | null;
		for (const step of typed) {
			if (!Array.isArray(step)) {
				this.#onClick(step);
				continue;
			}
			const [control, value] = step;
			control.value = value;
			this.#onInput(control);
		}
		if (here?.matches('input, textarea, select')) here.focus();
		root.addEventListener('input', (event) => this.#onInput(event.target as Part));
		root.addEventListener('click', (event) => this.#onClick(event.target as HTMLElement));
		// The rarer actions are fetched when the reader points at or focuses one of their buttons.
		const soon = (event: Event) => {
			if ((event.target as Element).closest('button[data-action], summary')) void actions();
		};
		root.addEventListener('pointerover', soon, { passive: true });
		root.addEventListener('focusin', soon);
	}

	el(name: string): Part {
		return this.#parts[name]!;
	}

	markdown() {
		return renderMarkdown(variantOf(this.model, this.draft.variant), this.draft.values);
	}

	/** Saved drafts, newest first. Drafts that cannot be read are reported once, on arrival. */
	drafts(): [string, Draft][] {
		const found: [string, Draft][] = [];
		for (const name of this.store.names(this.storePrefix)) {
			const result = this.store.read(name, this.codec);
			if (result.status == 'ok') found.push([name.slice(this.storePrefix.length), result.value]);
			else if (result.status == 'unreadable' && !this.draftId)
				void actions().then((a) => a.unreadable(this, result.reason));
		}
		return newestFirst(found);
	}

	open(id: string, draft: Draft, saved = true) {
		this.draftId = id;
		this.draft = draft;
		this.saved = saved;
		this.#fill();
		this.update(false);
	}

	/** Puts the draft's answers into the form of its variant, and lists the drafts. */
	#fill() {
		const variant = variantOf(this.model, this.draft.variant);
		const values = (this.draft.values = completeValues(variant, this.draft.values, true));
		const box = this.root.querySelector(`[data-v="${variant.id}"]`)!;
		this.el('name').value = this.draft.name;
		this.root.querySelectorAll<Part>('[data-v]').forEach((el) => (el.hidden = el.dataset['v'] != variant.id));
		this.root
			.querySelectorAll<HTMLInputElement>('[type=radio]')
			.forEach((el) => (el.checked = el.value == variant.id));
		// Field ids are unique in a variant, so an item's field never matches a top-level answer.
		box
			.querySelectorAll<Part>('[data-f]')
			.forEach((c) => (c.value = (values[c.dataset['f']!] as string) ?? ''));
		for (const list of box.querySelectorAll<HTMLElement>('[data-items]')) {
			const items = values[list.dataset['items']!] as Item[];
			[...list.children].forEach((slot, i) => {
				(slot as HTMLElement).hidden = !items[i];
				slot.querySelector<HTMLElement>('[data-action=remove]')!.hidden =
					items.length <= +list.dataset['min']!;
				slot.querySelectorAll<Part>('[data-f]').forEach((c) => (c.value = items[i]?.[c.dataset['f']!] ?? ''));
			});
			(list.nextElementSibling as HTMLElement).hidden = !list.children[items.length];
		}
		this.list();
	}

	/** The drafts menu, the open draft selected. */
	list() {
		this.el('select').replaceChildren(
			...draftMenu(this.drafts(), this.draftId, this.draft).map(
				([id, name]) => new Option(name, id, false, id == this.draftId),
			),
		);
	}

	openNew() {
		const name = nextDraftName(this.t, this.model.draftName, this.store.names(this.storePrefix).length);
		const draft = { name, variant: variantOf(this.model, this.draft.variant).id, values: {} };
		this.open(newDraftId(), { ...draft, created: '', updated: '' }, false);
	}

	/** Refreshes the preview and the checks; saves unless the draft is new and still blank. */
	update(save: boolean) {
		const variant = variantOf(this.model, this.draft.variant);
		const blank = isBlank(variant, this.draft.values);
		const warnings = blank ? [] : checkValues(variant, this.draft.values);
		this.el('md').textContent = this.markdown();
		this.el('checks').dataset['state'] = checksState(blank, warnings);
		this.el('list').replaceChildren(
			...warnings.map((textContent) => Object.assign(document.createElement('li'), { textContent })),
		);
		if (!save || (blank && !this.saved)) return;
		this.el('link').hidden = true;
		this.#lastSave = saveTime(Date.now(), this.#lastSave);
		this.draft.updated = new Date(this.#lastSave).toISOString();
		// A draft is started when it is first saved.
		this.draft.created ||= this.draft.updated;
		const result = this.store.write(this.storePrefix + this.draftId, this.codec, this.draft);
		if (!result.persisted) void actions().then((a) => a.notSaved(this, result.reason));
		if (!this.saved) {
			this.saved = true;
			this.list();
		}
	}

	/** Opens the answers another island handed over (actions.ts). */
	receive() {
		void actions().then((a) => a.receive(this));
	}

	/** Shows the `#doc=` link in the address (actions.ts), or says why it cannot. */
	openLink() {
		void actions().then((a) => a.openLink(this));
	}

	#onInput(control: Part) {
		const { f, part } = control.dataset;
		const item = control.closest('[data-item]');
		if (part == 'select') {
			const found = this.drafts().find(([id]) => id == control.value);
			if (found) this.open(...found);
			return;
		}
		if (part == 'name') this.draft.name = control.value;
		else if (control.type == 'radio') {
			this.draft.variant = control.value;
			this.#fill();
		} else if (item) {
			const list = item.parentElement!;
			(this.draft.values[list.dataset['items']!] as Item[])[[...list.children].indexOf(item)]![f!] =
				control.value;
		} else if (f) this.draft.values[f] = control.value;
		else return;
		this.update(true);
		if (part) this.list();
	}

	/**
	 * What the buttons do. A new draft, adding or removing an item and print run here, at once: after an
	 * import() the reader may have typed or chosen another draft. The rest load actions.ts first
	 * (delete too, told at once which draft it deletes: it needs the full Store, kit/backup.ts).
	 */
	#onClick(target: HTMLElement) {
		const button = target.closest<HTMLButtonElement>('button[data-action]');
		const action = button?.dataset['action'];
		const { draftId, draft } = this;
		const focus = (el: Element | null) => (el as HTMLElement).focus();
		if (action == 'print') {
			// While this is set, the print styles in Builder.astro show only the document.
			// print() returns once the print dialog has closed.
			const root = document.documentElement;
			root.dataset['thPrint'] = '';
			print();
			delete root.dataset['thPrint'];
		} else if (action == 'new') {
			// At once too: a name typed right after the click belongs to the new draft, not the open one.
			this.openNew();
			focus(this.el('name'));
			const said = this.t['builder.started'];
			void actions().then((a) => a.say(this, said));
		} else if (action == 'delete') {
			// Which draft is meant is taken now, at the click; actions.ts removes it with its older copies.
			const saved = this.saved;
			void actions().then((a) => a.deleteDraft(this, draftId, draft, saved, button!));
		} else if (action == 'add' || action == 'remove') {
			const group = button!.closest('fieldset:not([data-item])')!;
			const list = group.querySelector<HTMLElement>('[data-items]')!;
			const items = draft.values[list.dataset['items']!] as Item[];
			if (action == 'add') items.push({});
			else items.splice([...list.children].indexOf(button!.closest('[data-item]')!), 1);
			this.#fill();
			this.update(true);
			focus(
				action == 'add' ? list.children[items.length - 1]!.querySelector('[data-f]') : group.lastElementChild,
			);
			const said = this.t[action == 'add' ? 'builder.added' : 'builder.removed'];
			void actions().then((a) => a.say(this, said));
		} else if (action) void actions().then((a) => a.run(action, this, button!));
	}
}
