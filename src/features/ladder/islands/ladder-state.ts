/**
 * The part of a ladder island's saved data that knows the ladder: `seen`, the ladder the
 * reader last acknowledged, and `archive`, what a ladder change set aside (see `migrate.ts`).
 * The self-assessment and the evidence log both save them (format version 3). This module
 * is on their load path, so it only checks the saved parts and tells whether anything needs
 * carrying over; the migration and the notice load on first use (`ladder-change.ts`).
 */
import type { Archive, ArchivedMark, CurrentLadder, LadderState } from '../migrate-types';

/** What a ladder island saves about the ladder, beside its own data. */
export interface LadderParts<M> {
	/** The ladder the reader last acknowledged; missing in data saved before format version 3. */
	seen?: LadderState | undefined;
	/** Marks and tags set aside by ladder changes; missing when nothing was ever set aside. */
	archive?: Archive<M> | undefined;
}

type Data = Record<string, unknown>;
const isRecord = (value: unknown): value is Data =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isTexts = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');
const check = (ok: boolean, problem: string) => {
	if (!ok) throw new Error(problem);
};

function parseSeen(seen: unknown): LadderState {
	const s = isRecord(seen) ? seen : {};
	const behaviors = s['behaviors'];
	check(
		typeof s['version'] === 'number' &&
			isRecord(behaviors) &&
			Object.values(behaviors).every((v) => typeof v === 'string') &&
			isTexts(s['competencies']),
		'seen must record the ladder version, its behaviors and its competencies',
	);
	return {
		version: s['version'] as number,
		behaviors: { ...(behaviors as Record<string, string>) },
		competencies: [...(s['competencies'] as string[])],
	};
}

function parseArchive<M>(archive: unknown, mark: (value: unknown, id: string) => M): Archive<M> {
	const a = isRecord(archive) ? archive : {};
	const marks = a['marks'];
	const tags = a['tags'];
	check(Array.isArray(marks) && Array.isArray(tags), 'the archive must list marks and tags');
	return {
		marks: (marks as unknown[]).map((raw): ArchivedMark<M> => {
			const m = isRecord(raw) ? raw : {};
			const { id, reason, into, ladderVersion } = m;
			check(
				typeof id === 'string' &&
					(reason === 'removed' || reason === 'merged') &&
					typeof ladderVersion === 'number' &&
					(into === undefined || typeof into === 'string'),
				'an archived mark needs an id, a reason (removed or merged) and a ladder version',
			);
			const out: ArchivedMark<M> = {
				id: id as string,
				mark: mark(m['mark'], id as string),
				reason: reason as 'removed' | 'merged',
				ladderVersion: ladderVersion as number,
			};
			if (typeof into === 'string') out.into = into;
			return out;
		}),
		tags: (tags as unknown[]).map((raw) => {
			const t = isRecord(raw) ? raw : {};
			check(
				typeof t['entry'] === 'string' &&
					isTexts(t['competencies']) &&
					isTexts(t['behaviors']) &&
					typeof t['ladderVersion'] === 'number',
				'archived tags need an entry, its competencies and behaviors and a ladder version',
			);
			return {
				entry: t['entry'] as string,
				competencies: [...(t['competencies'] as string[])],
				behaviors: [...(t['behaviors'] as string[])],
				ladderVersion: t['ladderVersion'] as number,
			};
		}),
	};
}

/**
 * The `seen` and `archive` of saved data, checked (archived marks with `mark`), each only
 * when present; throws an Error saying what is wrong.
 */
export function parseLadderParts<M>(data: Data, mark: (value: unknown, id: string) => M): LadderParts<M> {
	const parts: LadderParts<M> = {};
	if (data['seen'] !== undefined) parts.seen = parseSeen(data['seen']);
	if (data['archive'] !== undefined) parts.archive = parseArchive(data['archive'], mark);
	return parts;
}

/**
 * Whether saved data must be carried onto `current`: it records no ladder, or another one, or
 * names an id (`ids`: its marks and tags) the ladder no longer has. Cheap, so islands ask on
 * every load and fetch the migration only when it says so.
 */
export function ladderMoved(seen: LadderState | undefined, ids: string[], current: CurrentLadder): boolean {
	return (
		!seen ||
		seen.version !== current.version ||
		JSON.stringify([seen.behaviors, seen.competencies]) !==
			JSON.stringify([current.behaviors, current.competencies]) ||
		ids.some((id) => !Object.hasOwn(current.behaviors, id) && !current.competencies.includes(id))
	);
}
