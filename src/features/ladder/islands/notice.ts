/**
 * The words of the notice a ladder island shows when the ladder changed since the reader's
 * last visit: which version it is now, and what is new, reworded, renamed or merged, and
 * removed, named as the current ladder names them (a removed one by its id: the ladder no
 * longer has its words). Pure; `ladder-change.ts` puts it on the page.
 */
import { fill } from '../../../kit/words';
import type { IdChange, LadderChanges } from '../migrate-types';
import type { LadderChangeWords } from './words';

/** How the island names what its page shows; undefined for an id it does not show. */
export interface LadderNames {
	behavior(id: string): string | undefined;
	competency(id: string): string | undefined;
}

/** One kind of change, with what it applies to. */
export interface NoticeGroup {
	label: string;
	items: string[];
}

/** The notice: the version line, the changes by kind, and what became of saved data. */
export interface NoticeText {
	version: string;
	groups: NoticeGroup[];
	/** Said when something the reader saved was for a removed behavior or competency. */
	archived: string | null;
}

/** The name of a behavior or competency on the current ladder, or its id. */
function nameOf(t: LadderChangeWords, names: LadderNames, { kind, id }: IdChange): string {
	if (kind === 'behavior') return names.behavior(id) ?? id;
	return fill(t['ladderChange.competency'], { name: names.competency(id) ?? id });
}

/** What the notice says about `changes`. */
export function noticeText(t: LadderChangeWords, changes: LadderChanges, names: LadderNames): NoticeText {
	const name = (change: IdChange) => nameOf(t, names, change);
	const groups: NoticeGroup[] = [
		{ label: t['ladderChange.added'], items: changes.added.map(name) },
		{
			label: t['ladderChange.reworded'],
			items: changes.reworded.map((id) => name({ kind: 'behavior', id })),
		},
		{
			label: t['ladderChange.replaced'],
			items: changes.replaced.map((change) =>
				fill(t['ladderChange.replacedBy'], {
					old: change.id,
					name: name({ kind: change.kind, id: change.by }),
				}),
			),
		},
		// Gone from the ladder, so named by id.
		{
			label: t['ladderChange.removed'],
			items: changes.removed.map(({ kind, id }) =>
				kind === 'behavior' ? id : fill(t['ladderChange.competency'], { name: id }),
			),
		},
	];
	return {
		version:
			changes.from === undefined
				? fill(t['ladderChange.versionUnknown'], { to: changes.to })
				: fill(t['ladderChange.version'], { from: changes.from, to: changes.to }),
		groups: groups.filter((g) => g.items.length > 0),
		archived: changes.removed.length > 0 || changes.archived > 0 ? t['ladderChange.archived'] : null,
	};
}
