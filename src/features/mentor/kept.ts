/**
 * The mentors' views a mentee chose to keep: each under its own storage name
 * (`mentor:view:<id>`), beside the self-assessment and never merged into it.
 * Version 2 added `keptOn` (the day the mentee kept it) and requires the ladder record;
 * version 1 views are migrated, the ladder filled as version 1 read it.
 */
import type { Codec, StoreCore, StoreProblem } from '../../kit/store';
import { fnv1a } from './ladder';
import type { Snapshot, SnapshotMark } from './snapshot';

/** The storage name prefix of kept views. */
export const keptPrefix = 'mentor:view:';

/** The storage name a view is kept under: one per mentor and date, so keeping it twice replaces it. */
export const keptName = (view: Snapshot): string => keptPrefix + fnv1a(`${view.from}\n${view.date}`);

const isText = (value: unknown): value is string => typeof value === 'string';

/** A view as kept: the snapshot as it was opened and the day the mentee kept it. */
export interface KeptView extends Snapshot {
	kind: 'view';
	/** The day the mentee chose "Keep this view" (`YYYY-MM-DD`, their time zone). */
	keptOn: string;
}

/** Version 1 to 2: a view without a ladder gets the empty one version 1 read it as; kept on its own day. */
function fromVersion1(data: unknown): unknown {
	if (typeof data !== 'object' || data === null) return data;
	const d = data as Partial<Snapshot>;
	const keptOn = isText(d.date) ? d.date.slice(0, 10) : undefined;
	return { ...d, ladder: d.ladder ?? { fingerprint: '', version: null }, keptOn };
}

const isLadder = (value: unknown): value is Snapshot['ladder'] => {
	const l = value as Partial<Snapshot['ladder']> | null;
	return (
		typeof l === 'object' && l !== null && isText(l.fingerprint) && (l.version === null || isText(l.version))
	);
};

/** Validates a kept view (a `view` snapshot as it was opened, version 2); throws saying what is wrong. */
export const keptCodec: Codec<KeptView> = {
	version: 2,
	migrations: { 1: fromVersion1 },
	parse(data) {
		const d = (data ?? {}) as Partial<KeptView>;
		if (d.kind !== 'view' || !isText(d.from) || !isText(d.date) || !isText(d.site)) {
			throw new Error('not a mentor view');
		}
		if (!isLadder(d.ladder)) throw new Error('the view has no ladder');
		if (!isText(d.keptOn) || !/^\d{4}-\d{2}-\d{2}$/.test(d.keptOn))
			throw new Error('keptOn must be a day (YYYY-MM-DD)');
		if (typeof d.marks !== 'object' || d.marks === null) throw new Error('the view has no marks');
		const marks: Record<string, SnapshotMark> = {};
		for (const [id, m] of Object.entries(d.marks)) {
			if (!isText(m?.kind) || !isText(m?.note)) throw new Error(`the mark for "${id}" is not valid`);
			marks[id] = { kind: m.kind, note: m.note };
		}
		const ladder = { fingerprint: d.ladder.fingerprint, version: d.ladder.version };
		return { ...d, kind: 'view', from: d.from, date: d.date, site: d.site, ladder, marks, keptOn: d.keptOn };
	},
};

/**
 * The views kept in `store`, by storage name, and the reason one could not be read (it is
 * set aside by the store and goes into backups; the page says so rather than drop it quietly).
 */
export function readKept(store: StoreCore): { views: [string, KeptView][]; problem?: StoreProblem } {
	const views: [string, KeptView][] = [];
	let problem: StoreProblem | undefined;
	for (const name of store.names(keptPrefix)) {
		const read = store.read(name, keptCodec);
		if (read.status === 'ok') views.push([name, read.value]);
		else if (read.status === 'unreadable') problem = read.reason;
	}
	return problem ? { views, problem } : { views };
}
