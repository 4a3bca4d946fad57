/** What the "My progress" page shows for each checklist a reader has started. */
import type { ChecklistState, Count } from './checklist-state';

/** One line of "My progress": a checklist the reader has started. */
export interface Summary extends Count {
	title: string;
	page: string;
	url: string;
	archived: number;
}

/** What "My progress" shows for a saved checklist, as of the last time its page saved it. */
export function summarise(state: ChecklistState): Summary {
	const ticks = Object.values(state.ticks);
	const archived = ticks.filter((tick) => tick.archived).length;
	return {
		title: state.title,
		page: state.page,
		url: state.url,
		done: ticks.length - archived,
		total: state.total,
		archived,
	};
}
