/**
 * The builder's rarer actions: a new draft, copy, download, deleting a draft and undoing it,
 * share links, showing a shared document and opening a hand-off; and the status line and the
 * notices about storage they and the editor speak through. The editor (editor.ts) fetches this module when a reader points at or
 * focuses one of their buttons, or opens a `#doc=` link or a hand-off, so the editor stays small.
 */
import { Store, type Codec, type StoreCore, type StoreProblem } from '../../kit/backup';
import { StatusLine } from '../../kit/status';
import { copyText, datedName, downloadFile } from '../../kit/io';
import { handoffCodec, handoffName } from '../../kit/handoff';
import { fill } from '../../kit/words';
import {
	completeValues,
	readValues,
	renderMarkdown,
	variantOf,
	variantValues,
	type BuilderModel,
} from './model';
import { newDraftId, type Draft } from './drafts';
import { MAX_FRAGMENT, decodeShare, encodeShare, type SharedDoc } from './share';
import { linkProblemText } from './share-text';
import { nextDraftName, notSavedText, unreadableText } from './draft-text';
import type { BuilderText } from './view';

/** Every element the builder touches; `value` is only used on controls. */
export type Part = HTMLElement & { value: string; type?: string };

/** What the actions need from a builder's editor (editor.ts). */
export interface BuilderHandle {
	store: StoreCore;
	model: BuilderModel;
	codec: Codec<Draft>;
	t: BuilderText;
	/** Storage names of this builder's drafts start with it: `builder:<kind>:`. */
	storePrefix: string;
	/** The open draft, its id, and whether it has been saved yet. */
	draftId: string;
	draft: Draft;
	saved: boolean;
	/** The element marked `data-part="<name>"`. */
	el(name: string): Part;
	/** The open draft as Markdown. */
	markdown(): string;
	/** Saved drafts, newest first. */
	drafts(): [string, Draft][];
	/** Shows draft `id` in the form. */
	open(id: string, draft: Draft, saved?: boolean): void;
	/** Opens a new, blank draft of the open draft's variant (not saved until it has content). */
	openNew(): void;
	/** Redraws the drafts menu. */
	list(): void;
	/** Redraws the preview and checks, and saves when `save` is set. */
	update(save: boolean): void;
}

/** The document someone sent in the link on show, if any. */
let shared: SharedDoc | null = null;

const focus = (el: Element | null) => (el as HTMLElement | null)?.focus();

/** Each builder's status line (a page may have several builders). */
const lines = new WeakMap<BuilderHandle, StatusLine>();
const line = (b: BuilderHandle) => lines.get(b) ?? lines.set(b, new StatusLine(b.el('builder'))).get(b)!;

/** Says what an action did in `b`'s status line; `undo` puts it back. */
export function say(b: BuilderHandle, message: string, undo?: () => void): void {
	line(b).say(message, undo);
}

/** Says that the draft is not being kept, and why, where the page says it is saved. */
export function notSaved(b: BuilderHandle, problem: StoreProblem): void {
	b.el('saved').textContent = notSavedText(b.t, problem);
}

/** Says that a saved draft could not be read (the store kept it aside). */
export function unreadable(b: BuilderHandle, problem: StoreProblem): void {
	say(b, unreadableText(b.t, problem));
}

/**
 * Deletes draft `id` (`draft`, open when the reader chose Delete): the store sets it aside so
 * Undo can bring it back, and removes its copies from older versions, which reading would
 * otherwise migrate back. Opens the next draft, unless the reader has moved on to another.
 */
export function deleteDraft(
	b: BuilderHandle,
	id: string,
	draft: Draft,
	saved: boolean,
	button: HTMLElement,
): void {
	const aside = saved ? Store.over(b.store).remove(b.storePrefix + id, b.codec.version) : null;
	const name = { name: draft.name };
	if (saved && !aside) return say(b, fill(b.t['builder.notDeleted'], name));
	const [next] = b.drafts();
	if (b.draftId != id) b.list();
	else if (next) b.open(...next);
	else b.openNew();
	button.closest('details')!.open = false;
	focus(b.el('select'));
	say(b, fill(b.t['builder.deleted'], name), aside ? () => undelete(b, aside, id, draft.name) : undefined);
}

/** Puts back draft `id` that a delete set aside as `aside`, and opens it. */
export function undelete(b: BuilderHandle, aside: string, id: string, name: string): void {
	if (!Store.over(b.store).restoreAside(aside, b.storePrefix + id, b.codec.version)) {
		return say(b, fill(b.t['builder.notUndeleted'], { name }));
	}
	const back = b.drafts().find(([other]) => other == id);
	if (back) b.open(...back);
	focus(b.el('select'));
	say(b, fill(b.t['builder.undeleted'], { name }));
}

async function copy(b: BuilderHandle) {
	say(b, b.t[(await copyText(b.markdown())) ? 'builder.copied' : 'kit.notCopied']);
}

function download(b: BuilderHandle) {
	const file = `${datedName(b.draft.name || b.model.draftName)}.md`;
	downloadFile(file, b.markdown(), 'text/markdown');
	say(b, fill(b.t['builder.downloaded'], { file }));
}

/** Makes a link that carries the open draft, shows it and copies it. */
async function share(b: BuilderHandle) {
	const { name, variant, values } = b.draft;
	const made = await encodeShare(b.model.kind, {
		name,
		variant,
		values: variantValues(variantOf(b.model, variant), values),
	});
	if (!made.ok) return say(b, linkProblemText(b.t, made.problem, made.detail, MAX_FRAGMENT));
	const input = b.el('link').querySelector('input')!;
	input.value = `${location.href.split('#')[0]}#${made.value}`;
	b.el('link').hidden = false;
	const copied = await copyText(input.value);
	input.select();
	say(b, b.t[copied ? 'builder.linkCopied' : 'builder.linkShown']);
}

/** Saves the shared document as a new draft of the reader's own. */
function adopt(b: BuilderHandle) {
	const { name, variant, values } = shared!;
	const draft = { name: name || b.model.draftName, variant, values, created: '', updated: '' };
	b.open(newDraftId(), draft, false);
	closeLink(b);
	b.update(true);
	say(b, fill(b.t['builder.adopted'], { name: b.draft.name }));
}

/**
 * Opens the answers another island handed over (`handoff:<kind>`) as a new draft, and saves
 * it: the reader's drafts are never overwritten. The hand-off is used once; answers that do
 * not fit this builder's fields are refused, as a share link's would be.
 */
export function receive(b: BuilderHandle): void {
	const taken = Store.over(b.store).take(handoffName(b.model.kind), handoffCodec);
	if (!taken) return;
	const variant = variantOf(b.model, taken.variant);
	let values;
	try {
		values = readValues(variant, taken.values, true);
	} catch {
		return say(b, b.t['builder.handoffRefused']);
	}
	const name = nextDraftName(b.t, b.model.draftName, b.drafts().length);
	b.open(newDraftId(), { name, variant: variant.id, values, created: '', updated: '' }, false);
	b.update(true);
	focus(b.el('name'));
	say(b, fill(b.t['builder.handedOver'], { name }));
}

/** Shows the document in the `#doc=` link read-only, or says why it cannot be opened. Saves nothing. */
export async function openLink(b: BuilderHandle): Promise<void> {
	const opened = await decodeShare(b.model, location.hash);
	shared = null;
	if (opened.ok) {
		const variant = variantOf(b.model, opened.value.variant);
		shared = { ...opened.value, values: completeValues(variant, opened.value.values) };
		b.el('shared-name').textContent = fill(b.t['builder.sharedHeading'], { name: shared.name });
		b.el('shared-md').textContent = renderMarkdown(variant, shared.values);
	} else {
		b.el('error-text').textContent = linkProblemText(b.t, opened.problem, opened.detail, MAX_FRAGMENT);
	}
	show(b, opened.ok ? 'shared' : 'error');
}

/** Shows one of the builder's views (`editor`, `shared`, `error`; see the styles) and focuses it. */
function show(b: BuilderHandle, view: string) {
	b.el('builder').dataset['view'] = view;
	focus(b.el(view).querySelector('[tabindex], select'));
}

/** Leaves the shared view and takes the document out of the address bar. */
function closeLink(b: BuilderHandle) {
	show(b, 'editor');
	history.replaceState(null, '', location.pathname + location.search);
}

const actions: Record<string, (b: BuilderHandle, button: HTMLElement) => unknown> = {
	undo: (b) => line(b).undo(),
	copy,
	download,
	share,
	adopt,
	dismiss: closeLink,
};

/** Runs the action a button names in `data-action`; unknown names do nothing. */
export function run(action: string, b: BuilderHandle, button: HTMLElement): void {
	if (Object.hasOwn(actions, action)) void actions[action]!(b, button);
}
