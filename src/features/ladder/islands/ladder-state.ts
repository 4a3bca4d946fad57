/**
 * The part of a ladder island's saved data that knows the ladder: `seen`, the ladder the
 * reader last acknowledged, and `archive`, what a ladder change set aside (see `migrate.ts`).
 * The self-assessment and the evidence log both save them (format version 3). This module
 * is on their load path, so it only checks the saved parts and tells whether anything needs
 * carrying over; the migration and the notice load on first use (`ladder-change.ts`).
 */
import type { Archive, CurrentLadder, LadderState } from '../migrate-types';

/** What a ladder island saves about the ladder, beside its own data. */
export interface LadderParts<M> {
	/** The ladder the reader last acknowledged; missing in data saved before format version 3. */
	seen?: LadderState | undefined;
	/** Marks and tags set aside by ladder changes; missing when nothing was ever set aside. */
	archive?: Archive<M> | undefined;
}

type Data = Record<string, unknown>;
const isTexts = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');
// Short messages: this is on every page load of the islands, and only developers read them.
const bad = (what: string) => {
	throw new Error(`the saved ${what} is not in the expected format`);
};

/**
 * The `seen` and `archive` of saved data, checked (archived marks with `mark`, which may trim
 * them), each only when present; throws an Error saying which is wrong.
 */
export function parseLadderParts<M>(data: Data, mark: (value: unknown, id: string) => M): LadderParts<M> {
	const { seen, archive } = data as Partial<Record<string, Data & Record<string, Data[]>>>;
	const { version, behaviors, competencies } = seen ?? {};
	if (seen && !(typeof version === 'number' && isTexts(Object.values(behaviors!)) && isTexts(competencies)))
		bad('ladder');
	if (archive) {
		const { marks, tags } = archive;
		if (!Array.isArray(marks) || !Array.isArray(tags)) bad('archive');
		for (const a of marks!) {
			if (
				typeof a['id'] !== 'string' ||
				typeof a['ladderVersion'] !== 'number' ||
				!['removed', 'merged'].includes(a['reason'] as string)
			)
				bad('archived mark');
			a['mark'] = mark(a['mark'], a['id'] as string) as Data;
		}
		for (const a of tags!)
			if (typeof a['entry'] !== 'string' || !isTexts(a['competencies']) || !isTexts(a['behaviors']))
				bad('archived tags');
	}
	if (data['seen'] !== undefined && !seen) bad('ladder');
	if (data['archive'] !== undefined && !archive) bad('archive');
	return {
		// Only what a ladder seen records (the page's current ladder also has its renames).
		...(seen && { seen: { version, behaviors, competencies } as unknown as LadderState }),
		...(archive && { archive: archive as unknown as Archive<M> }),
	};
}

const key = (ladder: LadderState) => JSON.stringify([ladder.version, ladder.behaviors, ladder.competencies]);

/**
 * Whether saved data must be carried onto `current`: it names ids (`ids`: its marks and tags)
 * but records no ladder, or it records another ladder, or names an id the ladder no longer
 * has. Cheap, so islands ask on every load and fetch the migration only when it says so.
 */
export function ladderMoved(seen: LadderState | undefined, ids: string[], current: CurrentLadder): boolean {
	return seen
		? key(seen) !== key(current) ||
				ids.some((id) => !Object.hasOwn(current.behaviors, id) && !current.competencies.includes(id))
		: ids.length > 0;
}
