/**
 * The headings `<LadderGroup>` and `<LadderSkill>` render, added to a page's headings and
 * table of contents: Starlight collects only Markdown headings, so without this a page
 * whose sections are keyed by competency would lose them from "On this page".
 */
import type { Ladder } from './types';
import type { LadderRef } from './spine';

/** A heading as Starlight lists it. */
export interface PageHeading {
	depth: number;
	slug: string;
	text: string;
}

/** An entry of Starlight's table of contents. */
export interface TocItem extends PageHeading {
	children: TocItem[];
}

/**
 * `headings` (the page's Markdown headings, in order) with the headings of the ladder
 * components in `refs` inserted after the Markdown heading each follows, named as the ladder
 * names them. Refs with an unknown id are left out (the ladder check reports them).
 */
export function withLadderHeadings(
	headings: readonly PageHeading[],
	refs: readonly LadderRef[],
	ladder: Ladder,
): PageHeading[] {
	const name = (ref: LadderRef) =>
		ref.kind === 'group'
			? ladder.groups.find((g) => g.id === ref.ids[0])?.name
			: ladder.competencies.find((c) => c.id === ref.ids[0])?.name;
	const inserted = new Map<string | undefined, PageHeading[]>();
	for (const ref of refs) {
		const text = ref.kind === 'group' || ref.kind === 'section' ? name(ref) : undefined;
		if (text === undefined || !ref.anchor) continue;
		const after = headings.some((h) => h.slug === ref.after) ? ref.after : undefined;
		const list = inserted.get(after) ?? [];
		list.push({ depth: ref.depth ?? 3, slug: ref.anchor, text });
		inserted.set(after, list);
	}
	return [
		...(inserted.get(undefined) ?? []),
		...headings.flatMap((h) => [h, ...(inserted.get(h.slug) ?? [])]),
	];
}

/** Nests flat headings into a table of contents, as Starlight does, after its first entry (the page title). */
export function nestToc(
	headings: readonly PageHeading[],
	{ minHeadingLevel, maxHeadingLevel }: { minHeadingLevel: number; maxHeadingLevel: number },
	top: TocItem,
): TocItem[] {
	const toc: TocItem[] = [{ ...top, children: [] }];
	const inject = (items: TocItem[], item: TocItem): void => {
		const last = items.at(-1);
		if (!last || last.depth >= item.depth) items.push(item);
		else inject(last.children, item);
	};
	for (const heading of headings) {
		if (heading.depth < minHeadingLevel || heading.depth > maxHeadingLevel) continue;
		inject(toc, { ...heading, children: [] });
	}
	return toc;
}
