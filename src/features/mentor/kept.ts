/**
 * The mentors' views a mentee chose to keep: each under its own storage name
 * (`mentor:view:<id>`), beside the self-assessment and never merged into it.
 */
import type { Codec, StoreCore, StoreProblem } from '../../kit/store';
import { fnv1a } from './ladder';
import type { Snapshot, SnapshotMark } from './snapshot';

/** The storage name prefix of kept views. */
export const keptPrefix = 'mentor:view:';

/** The storage name a view is kept under: one per mentor and date, so keeping it twice replaces it. */
export const keptName = (view: Snapshot): string => keptPrefix + fnv1a(`${view.from}\n${view.date}`);

const isText = (value: unknown): value is string => typeof value === 'string';

/** Validates a kept view (a `view` snapshot as it was opened); throws saying what is wrong. */
export const keptCodec: Codec<Snapshot> = {
	version: 1,
	parse(data) {
		const d = (data ?? {}) as Partial<Snapshot>;
		if (d.kind !== 'view' || !isText(d.from) || !isText(d.date) || !isText(d.site)) {
			throw new Error('not a mentor view');
		}
		if (typeof d.marks !== 'object' || d.marks === null) throw new Error('the view has no marks');
		const marks: Record<string, SnapshotMark> = {};
		for (const [id, m] of Object.entries(d.marks)) {
			if (!isText(m?.kind) || !isText(m?.note)) throw new Error(`the mark for "${id}" is not valid`);
			marks[id] = { kind: m.kind, note: m.note };
		}
		const ladder = d.ladder ?? { fingerprint: '', version: null };
		return { ...d, kind: 'view', from: d.from, date: d.date, site: d.site, ladder, marks } as Snapshot;
	},
};

/**
 * The views kept in `store`, by storage name, and the reason one could not be read (it is
 * set aside by the store and goes into backups; the page says so rather than drop it quietly).
 */
export function readKept(store: StoreCore): { views: [string, Snapshot][]; problem?: StoreProblem } {
	const views: [string, Snapshot][] = [];
	let problem: StoreProblem | undefined;
	for (const name of store.names(keptPrefix)) {
		const read = store.read(name, keptCodec);
		if (read.status === 'ok') views.push([name, read.value]);
		else if (read.status === 'unreadable') problem = read.reason;
	}
	return problem ? { views, problem } : { views };
}
