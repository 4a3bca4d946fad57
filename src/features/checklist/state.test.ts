import { describe, expect, it } from 'vitest';
import {
	announcement,
	checklistCodec,
	countText,
	mergeTicks,
	nextState,
	progress,
	storageName,
	type ChecklistState,
	type PageItem,
} from './state';
import { Store, type StorageLike } from '../../kit/backup';

const words = {
	'checklist.of': '{{done}} of {{total}}',
	'checklist.announce': '{{count}} ticked.',
	'checklist.announceGroup': '{{group}}: {{count}}.',
};
const meta = { title: 'Weekly check', page: 'Pitfalls', url: '/playbooks/pitfalls/' };
const items: PageItem[] = [
	{ id: 'design', text: 'Wrote a design', hash: 'h1', group: 'Writing' },
	{ id: 'unassigned', text: 'Took an unassigned problem', hash: 'h2', group: 'Writing' },
	{ id: 'questions', text: 'Asked questions in review', hash: 'h3', group: 'People' },
];
const tick = (state: ChecklistState | null, id: string, ticked = true) =>
	nextState(state, meta, items, { id, ticked });

describe('checklistCodec', () => {
	it('accepts saved state and returns a copy', () => {
		const state = tick(null, 'design');
		const parsed = checklistCodec.parse(JSON.parse(JSON.stringify(state)));
		expect(parsed).toEqual(state);
		expect(parsed).not.toBe(state);
	});

	it.each([
		['nothing', null, 'the saved checklist is empty'],
		['a value without a url', 'x', 'url must be text'],
		[
			'a link to another site',
			{ ...meta, url: '//evil.example/', total: 1, ticks: {} },
			'url must be a path',
		],
		['a script link', { ...meta, url: 'javascript:alert(1)', total: 1, ticks: {} }, 'url must be a path'],
		['a negative total', { ...meta, total: -1, ticks: {} }, 'total must be a count'],
		['ticks that are not a list', { ...meta, total: 1, ticks: 'a' }, 'ticks must be a list'],
		['a tick without text', { ...meta, total: 1, ticks: { a: { hash: 'h' } } }, 'ticks.a.text must be text'],
		[
			'a bad item id',
			{ ...meta, total: 1, ticks: { 'A B': { text: 't', hash: 'h' } } },
			'"A B" is not a tick',
		],
		['a title that is not text', { ...meta, title: 3, total: 1, ticks: {} }, 'title must be text'],
	])('rejects %s, saying what is wrong', (_, data, message) => {
		expect(() => checklistCodec.parse(data)).toThrow(message);
	});

	it('round-trips through the store', () => {
		const items = new Map<string, string>();
		const backend: StorageLike = {
			get length() {
				return items.size;
			},
			key: (i) => [...items.keys()][i] ?? null,
			getItem: (k) => items.get(k) ?? null,
			setItem: (k, v) => void items.set(k, v),
			removeItem: (k) => void items.delete(k),
		};
		const store = new Store('threshold', backend);
		const state = tick(null, 'questions');
		store.write(storageName('pitfalls'), checklistCodec, state);
		expect([...items.keys()]).toEqual(['threshold:v1:checklist:pitfalls']);
		expect(store.read(storageName('pitfalls'), checklistCodec)).toEqual({ status: 'ok', value: state });
	});
});

describe('ticking and merging', () => {
	it('saves each tick with the wording it had, and forgets an untick', () => {
		const state = tick(tick(tick(null, 'design'), 'questions'), 'design', false);
		expect(state).toEqual({
			...meta,
			total: 3,
			ticks: { questions: { text: 'Asked questions in review', hash: 'h3' } },
		});
	});

	it('shows saved ticks on the page', () => {
		const view = mergeTicks(items, tick(null, 'unassigned'));
		expect(view.items.map((i) => i.ticked)).toEqual([false, true, false]);
		expect(view.archived).toEqual([]);
	});

	it('flags a tick whose item was reworded under the same id, with the old wording', () => {
		const state = tick(null, 'design');
		const reworded = items.map((i) =>
			i.id === 'design' ? { ...i, text: 'Wrote a one-page design', hash: 'h9' } : i,
		);
		const [design] = mergeTicks(reworded, state).items;
		expect(design).toMatchObject({ ticked: true, was: 'Wrote a design' });
		// Ticking it again accepts the new wording.
		const accepted = nextState(state, meta, reworded, { id: 'design', ticked: true });
		expect(mergeTicks(reworded, accepted).items[0]).not.toHaveProperty('was');
	});

	it('keeps a tick whose item was removed as archived, until the reader resets', () => {
		const state = tick(tick(null, 'design'), 'questions');
		const later = items.filter((i) => i.id !== 'questions');
		const view = mergeTicks(later, state);
		expect(view.archived).toEqual([{ id: 'questions', text: 'Asked questions in review' }]);
		const saved = nextState(state, meta, later, { id: 'unassigned', ticked: true });
		expect(saved.ticks['questions']).toEqual({
			text: 'Asked questions in review',
			hash: 'h3',
			archived: true,
		});
		expect(saved.total).toBe(2);
		// If the item comes back, so does the tick.
		expect(nextState(saved, meta, items).ticks['questions']).not.toHaveProperty('archived');
	});

	it('does not mistake an id like "constructor" for a tick', () => {
		const odd = [{ id: 'constructor', text: 'Odd', hash: 'h' }];
		expect(mergeTicks(odd, tick(null, 'design')).items[0]!.ticked).toBe(false);
	});
});

describe('progress', () => {
	it('counts ticks overall and per group, in page order', () => {
		const view = mergeTicks(items, tick(null, 'unassigned')).items;
		expect(progress(view)).toEqual({
			done: 1,
			total: 3,
			groups: [
				{ label: 'Writing', done: 1, total: 2 },
				{ label: 'People', done: 0, total: 1 },
			],
		});
	});

	it('tells a screen reader the total after a tick, then the count of the group ticked in', () => {
		const view = mergeTicks(items, tick(null, 'unassigned')).items;
		expect(announcement(words, progress(view), 'Writing')).toBe('1 of 3 ticked. Writing: 1 of 2.');
		expect(announcement(words, progress(view))).toBe('1 of 3 ticked.');
	});

	it('writes counts in the words of the page', () => {
		const german = { ...words, 'checklist.of': '{{done}} von {{total}}' };
		expect(countText(german, { done: 2, total: 7 })).toBe('2 von 7');
	});
});
