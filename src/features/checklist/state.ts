/**
 * A reader's saved state for one checklist, and everything the island and "My progress"
 * work out from it: which boxes are ticked, progress overall and per group, the result of
 * an assessment. The Markdown copy (`markdown.ts`), the assessment result
 * (`result.ts`) and the "My progress" summary (`../my-progress/progress.ts`) build on it in
 * modules of their own, so each page's script carries only what it uses.
 *
 * What is saved (under `checklist:<id>`, see `src/kit/store.ts`) is the ticks, each with the
 * wording the item had when it was ticked. That is what lets a later version of the page
 * flag a tick whose item was reworded under the same id, and keep a tick whose item was
 * removed (or reworded under a derived id, which changes the id) as "archived" until the
 * reader resets, rather than losing it or moving it to another item.
 */
import type { Codec } from '../../kit/store';
import { fill } from '../../kit/words';
import type { ChecklistWords } from './words';

/** An item as the island reads it from the page. */
export interface PageItem {
	id: string;
	text: string;
	/** Hash of the text (`textHash` in items.ts). */
	hash: string;
	group?: string | undefined;
}

/** One tick, with the wording its item had when it was ticked. */
export interface Tick {
	text: string;
	hash: string;
	/** Set when the item was no longer on the page the last time the page saved. */
	archived?: true;
}

/** What is saved for one checklist. */
export interface ChecklistState {
	/** The checklist's title, for "My progress". */
	title: string;
	/** Title of the page the checklist is on. */
	page: string;
	/** Path of that page on this site, e.g. "/playbooks/pitfalls/". */
	url: string;
	/** How many items the checklist had when this was saved. */
	total: number;
	/** Ticked items by id. */
	ticks: Record<string, Tick>;
}

/** Where a checklist is and what it is called: what the island knows from the page. */
export type ChecklistMeta = Pick<ChecklistState, 'title' | 'page' | 'url'>;

/** An item on the page with the reader's tick merged in. */
export interface ItemView extends PageItem {
	ticked: boolean;
	/** The wording the item had when ticked, when it has changed since. */
	was?: string;
}

/** A tick whose item is no longer on the page. */
export interface ArchivedTick {
	id: string;
	text: string;
}

/** Ticks done and items in all, for a checklist or one group. */
export interface Count {
	done: number;
	total: number;
}

/** Progress of one group. */
export interface GroupProgress extends Count {
	label: string;
}

/** Progress of a checklist, overall and per group (in page order). */
export interface Progress extends Count {
	groups: GroupProgress[];
}

/** The storage name of a checklist's state (the shared convention `checklist:<checklistId>`). */
export const storageName = (checklistId: string): string => `checklist:${checklistId}`;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Only a path on this site: the link on "My progress" comes from a file a reader may import.
const pathPattern = /^\/(?!\/)[^\s\\]*$/;

/** Returns `value` if `ok`, or throws `problem`: what is wrong with the saved data. */
function check<T>(value: unknown, ok: boolean, problem: string): T {
	if (!ok) throw new Error(problem);
	return value as T;
}

const text = (value: unknown, field: string) =>
	check<string>(value, typeof value === 'string', `${field} must be text`);

/** Checks and copies saved checklist state (version 1). */
export const checklistCodec: Codec<ChecklistState> = {
	version: 1,
	parse(data) {
		const d = check<Partial<Record<keyof ChecklistState, unknown>>>(
			data,
			!!data,
			'the saved checklist is empty',
		);
		const url = check<string>(d.url, pathPattern.test(text(d.url, 'url')), 'url must be a path on this site');
		const total = check<number>(
			d.total,
			Number.isInteger(d.total) && Number(d.total) >= 0,
			'total must be a count',
		);
		const ticks: Record<string, Tick> = {};
		for (const [id, tick] of Object.entries(
			check<object>(d.ticks, typeof d.ticks === 'object', 'ticks must be a list'),
		)) {
			const t = check<Partial<Record<keyof Tick, unknown>>>(
				tick,
				idPattern.test(id) && !!tick,
				`"${id}" is not a tick`,
			);
			ticks[id] = { text: text(t.text, `ticks.${id}.text`), hash: text(t.hash, `ticks.${id}.hash`) };
			if (t.archived === true) ticks[id].archived = true;
		}
		return { title: text(d.title, 'title'), page: text(d.page, 'page'), url, total, ticks };
	},
};

const tickOf = (state: ChecklistState | null, id: string): Tick | undefined =>
	state && Object.hasOwn(state.ticks, id) ? state.ticks[id] : undefined;

/** The page's items with the reader's ticks merged in, and the ticks whose items are gone. */
export function mergeTicks(
	items: readonly PageItem[],
	state: ChecklistState | null,
): { items: ItemView[]; archived: ArchivedTick[] } {
	const ids = new Set(items.map((item) => item.id));
	return {
		items: items.map((item) => {
			const tick = tickOf(state, item.id);
			return tick && tick.hash !== item.hash
				? { ...item, ticked: true, was: tick.text }
				: { ...item, ticked: !!tick };
		}),
		archived: Object.entries(state?.ticks ?? {})
			.filter(([id]) => !ids.has(id))
			.map(([id, tick]) => ({ id, text: tick.text })),
	};
}

/**
 * The state to save: `previous` brought up to date with the page (title, item count,
 * archived ticks) and, when given, one item ticked (with its current wording) or unticked.
 */
export function nextState(
	previous: ChecklistState | null,
	meta: ChecklistMeta,
	items: readonly PageItem[],
	change?: { id: string; ticked: boolean },
): ChecklistState {
	const onPage = new Map(items.map((item) => [item.id, item]));
	const ticks: Record<string, Tick> = {};
	for (const [id, tick] of Object.entries(previous?.ticks ?? {})) {
		ticks[id] = onPage.has(id)
			? { text: tick.text, hash: tick.hash }
			: { text: tick.text, hash: tick.hash, archived: true };
	}
	if (change) {
		const item = onPage.get(change.id);
		if (item && change.ticked) ticks[item.id] = { text: item.text, hash: item.hash };
		else delete ticks[change.id];
	}
	return { title: meta.title, page: meta.page, url: meta.url, total: items.length, ticks };
}

/** Ticks overall and per group, groups in the order they first appear. */
export function progress(items: readonly ItemView[]): Progress {
	const groups = new Map<string, GroupProgress>();
	let done = 0;
	for (const item of items) {
		if (item.ticked) done++;
		if (item.group === undefined) continue;
		const group = groups.get(item.group) ?? { label: item.group, done: 0, total: 0 };
		group.total++;
		if (item.ticked) group.done++;
		groups.set(item.group, group);
	}
	return { done, total: items.length, groups: [...groups.values()] };
}

/** The words counts are written in. */
export type CountWords = Pick<ChecklistWords, 'checklist.of'>;

/** "4 of 7", in the page's words. */
export const countText = (words: CountWords, { done, total }: Count): string =>
	fill(words['checklist.of'], { done, total });

/** What a screen reader hears after a tick: the total, then the group the item is in. */
export function announcement(
	words: CountWords & Pick<ChecklistWords, 'checklist.announce' | 'checklist.announceGroup'>,
	p: Progress,
	group?: string,
): string {
	const g = p.groups.find((candidate) => candidate.label === group);
	const total = fill(words['checklist.announce'], { count: countText(words, p) });
	return g
		? `${total} ${fill(words['checklist.announceGroup'], { group: g.label, count: countText(words, g) })}`
		: total;
}
