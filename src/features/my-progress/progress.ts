/** What the "My growth" page shows for each checklist a reader has started, in the page's words. */
import { fill } from '../../kit/words';
import { countText, type ChecklistState, type Count } from '../checklist/state';
import type { MyProgressWords } from './words';

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

/** The line under a checklist's link: "3 of 7 ticked, on Pitfalls.", and any ticks kept from an earlier version. */
export function detailText(words: MyProgressWords, s: Summary): string {
	const onPage = s.page && s.page !== s.title;
	const ticked = fill(words[onPage ? 'myProgress.tickedOnPage' : 'myProgress.ticked'], {
		count: countText(words, s),
		page: s.page,
	});
	return s.archived ? `${ticked} ${fill(words['myProgress.archived'], { count: s.archived })}` : ticked;
}

/** The sentence above the list: how many checklists the reader has started here, or that none is. */
export function introText(words: MyProgressWords, count: number): string {
	if (count === 0) return words['myProgress.none'];
	return fill(words[count === 1 ? 'myProgress.startedOne' : 'myProgress.startedOther'], { count });
}
