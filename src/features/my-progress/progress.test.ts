import { describe, expect, it } from 'vitest';
import { nextState, type PageItem } from '../checklist/state';
import { importSummary, summarise } from './progress';

const meta = { title: 'Weekly check', page: 'Pitfalls', url: '/playbooks/pitfalls/' };
const items: PageItem[] = [
	{ id: 'design', text: 'Wrote a design', hash: 'h1', group: 'Writing' },
	{ id: 'unassigned', text: 'Took an unassigned problem', hash: 'h2', group: 'Writing' },
	{ id: 'questions', text: 'Asked questions in review', hash: 'h3', group: 'People' },
];
const tick = (state: ReturnType<typeof nextState> | null, id: string) =>
	nextState(state, meta, items, { id, ticked: true });

describe('summarise', () => {
	it('gives "My progress" the title, link and count, leaving archived ticks out of the count', () => {
		const state = nextState(tick(tick(null, 'design'), 'questions'), meta, items.slice(0, 2));
		expect(summarise(state)).toEqual({ ...meta, done: 1, total: 2, archived: 1 });
	});
});

describe('importSummary', () => {
	it('counts the checklists and other saved items restored, and says what was kept aside', () => {
		expect(
			importSummary(
				{ restored: ['checklist:a', 'checklist:b', 'builder:brief:1'], replaced: ['checklist:a'] },
				'all.json',
			),
		).toBe(
			'Restored 2 checklists and 1 other saved item from all.json. What you had before for 1 of them is kept aside and included in your next export.',
		);
		expect(importSummary({ restored: ['checklist:a'], replaced: [] }, 'a.json')).toBe(
			'Restored 1 checklist from a.json.',
		);
		expect(importSummary({ restored: [], replaced: [] }, 'empty.json')).toBe(
			'empty.json had nothing to restore.',
		);
	});
});
