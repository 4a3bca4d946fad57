/**
 * `<threshold-builder>`: wires a builder model (`data-model`) to the form Builder.astro
 * rendered, with its words in `data-messages`. Everything typed is shown with
 * `textContent`, never as HTML. Drafts go through the one Store; shared documents
 * travel only in the URL fragment.
 */
import { storageNamespace } from '../../../content/site.json';
import { StoreCore, browserStorage, siteNamespace } from '../../kit/store';
import { copyText, datedName, downloadFile } from '../../kit/io';
import {
	checkValues,
	completeValues,
	isBlank,
	isShareHash,
	renderMarkdown,
	variantOf,
	variantValues,
	type BuilderModel,
	type Item,
} from './model';
import { draftCodec, draftPrefix, newDraftId, nextDraftName, type Draft } from './drafts';
import { decodeShare, encodeShare, type ShareError, type SharedDoc } from './share';

const store = new StoreCore(siteNamespace(storageNamespace, import.meta.env.BASE_URL), browserStorage());

/** Every element the script touches; `value` is only used on controls. */
type Part = HTMLElement & { value: string; type?: string };

class ThresholdBuilder extends HTMLElement {
	#model!: BuilderModel;
	#codec!: ReturnType<typeof draftCodec>;
	#words: Record<string, string> = {};
	#parts: Record<string, Part> = {};
	#prefix = '';
	#id = '';
	#draft!: Draft;
	#saved = false;
	#shared: SharedDoc | null = null;

	connectedCallback() {
		this.#model = JSON.parse(this.dataset['model']!);
		this.#words = JSON.parse(this.dataset['messages']!);
		this.#codec = draftCodec(this.#model);
		this.#prefix = draftPrefix(this.#model.kind);
		this.querySelectorAll<Part>('[data-part]').forEach((el) => (this.#parts[el.dataset['part']!] = el));
		this.#parts['builder']!.hidden = false;
		const [latest] = this.#drafts();
		if (latest) this.#open(...latest);
		else this.#openNew(this.dataset['variant']);
		this.addEventListener('input', (event) => this.#onInput(event.target as Part));
		this.addEventListener('click', (event) => void this.#onClick(event.target as HTMLElement));
		addEventListener('hashchange', () => void this.#openLink());
		void this.#openLink();
	}

	/** The message `key` (the general one if there is none), `{name}` filled in. */
	#word(key: string, name = this.#draft?.name) {
		return (this.#words[key] ?? this.#words['badLink']!).replace('{name}', name);
	}

	#say(key: string, name?: string) {
		this.#parts['status']!.textContent = this.#word(key, name);
	}

	get #variant() {
		return variantOf(this.#model, this.#draft.variant);
	}

	get #markdown() {
		return renderMarkdown(this.#variant, this.#draft.values);
	}

	/** Saved drafts, newest first. Drafts that cannot be read are reported once, on arrival. */
	#drafts(): [string, Draft][] {
		const found: [string, Draft][] = [];
		for (const name of store.names(this.#prefix)) {
			const result = store.read(name, this.#codec);
			if (result.status == 'ok') found.push([name.slice(this.#prefix.length), result.value]);
			else if (!this.#id) this.#say('unreadable');
		}
		return found.sort((a, b) => b[1].updated.localeCompare(a[1].updated));
	}

	#open(id: string, draft: Draft, saved = true) {
		this.#id = id;
		this.#draft = draft;
		this.#saved = saved;
		this.#fill();
		this.#update(false);
	}

	#openNew(variant = this.#draft.variant) {
		const v = variantOf(this.#model, variant);
		const name = nextDraftName(this.#model, store.names(this.#prefix).length);
		this.#open(newDraftId(), { name, variant: v.id, values: {}, updated: '' }, false);
	}

	/** Puts the draft's answers into the form of its variant, and lists the drafts. */
	#fill() {
		const { id } = this.#variant;
		const values = (this.#draft.values = completeValues(this.#variant, this.#draft.values, true));
		const box = this.querySelector(`[data-v="${id}"]`)!;
		this.#parts['name']!.value = this.#draft.name;
		this.querySelectorAll<Part>('[data-v]').forEach((el) => (el.hidden = el.dataset['v'] != id));
		this.querySelectorAll<HTMLInputElement>('[type=radio]').forEach((el) => (el.checked = el.value == id));
		// Field ids are unique in a variant, so an item's field never matches a top-level answer.
		box
			.querySelectorAll<Part>('[data-f]')
			.forEach((c) => (c.value = (values[c.dataset['f']!] as string) ?? ''));
		for (const list of box.querySelectorAll<HTMLElement>('[data-items]')) {
			const items = values[list.dataset['items']!] as Item[];
			[...list.children].forEach((slot, i) => {
				(slot as HTMLElement).hidden = !items[i];
				slot.querySelector<HTMLElement>('[data-act=remove]')!.hidden = items.length <= +list.dataset['min']!;
				slot.querySelectorAll<Part>('[data-f]').forEach((c) => (c.value = items[i]?.[c.dataset['f']!] ?? ''));
			});
			(list.nextElementSibling as HTMLElement).hidden = !list.children[items.length];
		}
		this.#list();
	}

	/** The drafts menu, the current draft selected (listed even before its first save; saving is silent until then). */
	#list() {
		const drafts = this.#drafts().filter(([id]) => id != this.#id);
		drafts.unshift([this.#id, this.#draft]);
		this.#parts['select']!.replaceChildren(
			...drafts.map(([id, d]) => new Option(d.name, id, false, id == this.#id)),
		);
	}

	/** Refreshes the preview and the checks; saves unless the draft is new and still blank. */
	#update(save: boolean) {
		const blank = isBlank(this.#variant, this.#draft.values);
		const warnings = blank ? [] : checkValues(this.#variant, this.#draft.values);
		this.#parts['md']!.textContent = this.#markdown;
		this.#parts['checks']!.dataset['state'] = blank ? 'blank' : warnings.length ? 'some' : 'none';
		this.#parts['list']!.replaceChildren(
			...warnings.map((textContent) => Object.assign(document.createElement('li'), { textContent })),
		);
		if (!save || (blank && !this.#saved)) return;
		this.#parts['link']!.hidden = true;
		this.#draft.updated = new Date().toISOString();
		const result = store.write(this.#prefix + this.#id, this.#codec, this.#draft);
		this.#parts['saved']!.dataset['state'] = String(result.persisted);
		if (!this.#saved) {
			this.#saved = true;
			this.#list();
		}
	}

	#onInput(control: Part) {
		const { f, part } = control.dataset;
		const item = control.closest('[data-item]');
		if (part == 'select') {
			const found = this.#drafts().find(([id]) => id == control.value);
			if (found) this.#open(...found);
			return;
		}
		if (part == 'name') this.#draft.name = control.value;
		else if (control.type == 'radio') {
			this.#draft.variant = control.value;
			this.#fill();
		} else if (item) {
			const list = item.parentElement!;
			(this.#draft.values[list.dataset['items']!] as Item[])[[...list.children].indexOf(item)]![f!] =
				control.value;
		} else if (f) this.#draft.values[f] = control.value;
		else return;
		this.#update(true);
		if (part) this.#list();
	}

	async #onClick(target: HTMLElement) {
		const button = target.closest<HTMLButtonElement>('button[data-act]');
		const act = button?.dataset['act'];
		const name = this.#draft.name;
		const focus = (el?: Element | null) => (el as HTMLElement | null)?.focus();
		if (act == 'add' || act == 'remove') {
			const group = button!.closest('fieldset:not([data-item])')!;
			const list = group.querySelector<HTMLElement>('[data-items]')!;
			const items = this.#draft.values[list.dataset['items']!] as Item[];
			if (act == 'add') items.push({});
			else items.splice([...list.children].indexOf(button!.closest('[data-item]')!), 1);
			this.#fill();
			this.#update(true);
			focus(
				act == 'add' ? list.children[items.length - 1]!.querySelector('[data-f]') : group.lastElementChild,
			);
			this.#say(act);
		} else if (act == 'new') {
			this.#openNew();
			focus(this.#parts['name']);
			this.#say(act);
		} else if (act == 'delete') {
			// The Store sets a removed draft aside rather than erasing it (see storage.ts).
			if (this.#saved) store.remove(this.#prefix + this.#id, this.#codec.version);
			const [next] = this.#drafts();
			if (next) this.#open(...next);
			else this.#openNew();
			(button!.closest('details') as HTMLDetailsElement).open = false;
			focus(this.#parts['select']);
			this.#say(act, name);
		} else if (act == 'copy') {
			this.#say((await copyText(this.#markdown)) ? act : 'notCopied');
		} else if (act == 'download') {
			const file = `${datedName(name || this.#model.draftName)}.md`;
			downloadFile(file, this.#markdown, 'text/markdown');
			this.#say(act, file);
		} else if (act == 'print') {
			// While this is set, the print styles in Builder.astro show only the document.
			// print() returns once the print dialog has closed.
			const root = document.documentElement;
			root.dataset['tbPrint'] = '';
			print();
			delete root.dataset['tbPrint'];
		} else if (act == 'share') {
			const input = this.#parts['link']!.querySelector('input')!;
			try {
				const values = variantValues(this.#variant, this.#draft.values);
				const fragment = await encodeShare(this.#model.kind, { name, variant: this.#draft.variant, values });
				input.value = `${location.href.split('#')[0]}#${fragment}`;
				this.#parts['link']!.hidden = false;
				const copied = await copyText(input.value);
				input.select();
				this.#say(copied ? act : 'linkShown');
			} catch (error) {
				this.#say(`link-${(error as ShareError).reason}`, (error as Error).message);
			}
		} else if (act == 'adopt') {
			const { name: shared, variant, values } = this.#shared!;
			this.#open(
				newDraftId(),
				{ name: shared || this.#model.draftName, variant, values, updated: '' },
				false,
			);
			this.#closeLink();
			this.#update(true);
			this.#say(act);
		} else if (act == 'dismiss') this.#closeLink();
	}

	/** Shows the document in a `#doc=` link read-only, or says why it cannot be opened. */
	async #openLink() {
		if (!isShareHash(location.hash)) return;
		let view = 'shared';
		try {
			const doc = await decodeShare(this.#model, location.hash);
			const variant = variantOf(this.#model, doc.variant);
			this.#shared = { ...doc, values: completeValues(variant, doc.values) };
			this.#parts['shared-name']!.textContent = doc.name;
			this.#parts['shared-md']!.textContent = renderMarkdown(variant, this.#shared.values);
		} catch (problem) {
			view = 'error';
			this.#parts['error-text']!.textContent = this.#word(
				`link-${(problem as ShareError).reason}`,
				(problem as Error).message,
			);
		}
		this.#show(view);
	}

	/** Shows one of the builder's views (`editor`, `shared`, `error`; see the styles) and focuses it. */
	#show(view: string) {
		this.#parts['builder']!.dataset['view'] = view;
		this.querySelector<HTMLElement>(`[data-part=${view}] [tabindex], [data-part=${view}] select`)!.focus();
	}

	/** Leaves the shared view and takes the document out of the address bar. */
	#closeLink() {
		this.#show('editor');
		history.replaceState(null, '', location.pathname + location.search);
	}
}

customElements.define('threshold-builder', ThresholdBuilder);
