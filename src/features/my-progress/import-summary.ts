/**
 * What "My growth" says after restoring a backup, in the page's words. Apart from
 * `progress.ts` so it loads with import (`actions.ts`), not with the page.
 */
import { fill } from '../../kit/words';
import type { MyProgressWords } from './words';

/** What "My growth" says after restoring a backup: how many checklists and other items, and what was kept aside. */
export function importSummary(
	words: MyProgressWords,
	result: { restored: string[]; replaced: string[] },
	file: string,
): string {
	const checklists = result.restored.filter((name) => name.startsWith('checklist:')).length;
	const others = result.restored.length - checklists;
	const count = (n: number, one: keyof MyProgressWords, other: keyof MyProgressWords) =>
		fill(words[n === 1 ? one : other], { count: n });
	const parts = [
		...(checklists ? [count(checklists, 'myProgress.checklistsOne', 'myProgress.checklistsOther')] : []),
		...(others ? [count(others, 'myProgress.othersOne', 'myProgress.othersOther')] : []),
	];
	const what =
		parts.length === 2 ? fill(words['myProgress.both'], { first: parts[0]!, second: parts[1]! }) : parts[0];
	const restored = fill(words['myProgress.restored'], { what: what ?? '', file });
	return result.replaced.length
		? `${restored} ${fill(words['myProgress.keptAside'], { count: result.replaced.length })}`
		: restored;
}
