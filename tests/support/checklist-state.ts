/**
 * A small checklist for unit tests of what is built from saved ticks: its page, three items
 * in two groups, and a tick made the way the island makes it.
 */
import { nextState, type PageItem } from '../../src/features/checklist/state';

/** The page the checklist is on. */
export const meta = { title: 'Weekly check', page: 'Pitfalls', url: '/playbooks/pitfalls/' };

/** Three items in two groups. */
export const items: PageItem[] = [
	{ id: 'design', text: 'Wrote a design', hash: 'h1', group: 'Writing' },
	{ id: 'unassigned', text: 'Took an unassigned problem', hash: 'h2', group: 'Writing' },
	{ id: 'questions', text: 'Asked questions in review', hash: 'h3', group: 'People' },
];

/** `state` with the item `id` ticked. */
export const tick = (state: ReturnType<typeof nextState> | null, id: string) =>
	nextState(state, meta, items, { id, ticked: true });
