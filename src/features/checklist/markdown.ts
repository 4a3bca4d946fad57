/**
 * A checklist as Markdown, to paste into a 1:1 note. Kept apart from `state.ts` so the
 * island loads it only when the reader copies.
 */
import { fill } from '../../kit/words';
import { countText, progress, type ArchivedTick, type ItemView } from './state';
import type { ChecklistWords } from './words';

/** A date as YYYY-MM-DD in the reader's time zone. */
export function localDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The checklist as Markdown for a 1:1 note: title, page link and date, the count, then
 * every item ticked or not, under its group, and any archived ticks.
 */
export function toMarkdown(
	words: ChecklistWords,
	view: { items: readonly ItemView[]; archived: readonly ArchivedTick[] },
	meta: { title: string; page: string; href: string },
	date: Date,
): string {
	const p = progress(view.items);
	const line = (item: ItemView) =>
		`- [${item.ticked ? 'x' : ' '}] ${item.text}${item.was === undefined ? '' : ` ${words['checklist.markdownReworded']}`}`;
	const summary = fill(words['checklist.markdownSummary'], {
		page: `[${meta.page}](${meta.href})`,
		date: localDate(date),
		count: countText(words, p),
	});
	const out = [`## ${meta.title}`, '', summary];
	const loose = view.items.filter((item) => item.group === undefined);
	if (loose.length) out.push('', ...loose.map(line));
	for (const group of p.groups) {
		out.push('', `### ${group.label} (${countText(words, group)})`, '');
		out.push(...view.items.filter((item) => item.group === group.label).map(line));
	}
	if (view.archived.length) {
		out.push(
			'',
			`### ${words['checklist.markdownArchived']}`,
			'',
			...view.archived.map((a) => `- [x] ${a.text}`),
		);
	}
	return `${out.join('\n')}\n`;
}
