/** What the "My progress" page shows for each checklist a reader has started. */
import type { ChecklistState, Count } from '../checklist/state';

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What "My progress" says after importing a file: how many checklists and other items it restored. */
export function importSummary(result: { restored: string[]; replaced: string[] }, file: string): string {
	const checklists = result.restored.filter((name) => name.startsWith('checklist:')).length;
	const others = result.restored.length - checklists;
	if (result.restored.length === 0) return `${file} had nothing to restore.`;
	const parts = [
		...(checklists ? [plural(checklists, 'checklist', 'checklists')] : []),
		...(others ? [plural(others, 'other saved item', 'other saved items')] : []),
	];
	const replaced = result.replaced.length
		? ` What you had before for ${result.replaced.length} of them is kept aside and included in your next export.`
		: '';
	return `Restored ${parts.join(' and ')} from ${file}.${replaced}`;
}
