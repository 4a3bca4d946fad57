/**
 * What a reader saved, carried onto a changed ladder. Marks and evidence tags follow the
 * `replaces` lists of the ladder's files (a rename or a merge); those for ids the ladder
 * no longer has move to an archive, never dropped; and a summary says what changed since
 * the reader's last visit: new, reworded, replaced and removed behaviors and competencies.
 * Pure functions, no browser APIs: the islands call them with what they saved and what
 * the page says the ladder is now (`currentLadder`, computed at build time).
 */
import { fnv1a } from '../../kit/hash';
import type { Ladder } from './types';
import type {
	ArchivedMark,
	ArchivedTags,
	CurrentLadder,
	IdKind,
	LadderChanges,
	Migrated,
	ReplacesMap,
	Saved,
	Tagged,
} from './migrate-types';

export type * from './migrate-types';

/** A short hash of a behavior's text, blind to line breaks and spacing (FNV-1a, 32 bits, hex). */
export function fingerprint(text: string): string {
	return fnv1a(text.trim().replace(/\s+/g, ' '));
}

/** The ladder as the migration needs it, from the validated ladder (at build time). */
export function currentLadder(ladder: Ladder): CurrentLadder {
	const behaviors: Record<string, string> = {};
	const replaces: ReplacesMap = { behaviors: {}, competencies: {} };
	for (const c of ladder.competencies) {
		for (const old of c.replaces) replaces.competencies[old] = c.id;
		for (const level of Object.values(c.levels)) {
			for (const b of level.behaviors) {
				behaviors[b.id] = b.fingerprint;
				for (const old of b.replaces) replaces.behaviors[old] = b.id;
			}
		}
	}
	return { version: ladder.version, behaviors, competencies: ladder.competencies.map((c) => c.id), replaces };
}

/**
 * The live id that `id` is now: itself if live, else the end of its chain of replacements
 * (a→b→c, for maps merged across versions). Undefined when the chain ends at an id that
 * is not live, or loops.
 */
export function resolveId(
	id: string,
	map: Record<string, string>,
	live: ReadonlySet<string>,
): string | undefined {
	const visited = new Set<string>();
	let at = id;
	while (!live.has(at)) {
		if (visited.has(at) || !Object.hasOwn(map, at)) return undefined;
		visited.add(at);
		at = map[at]!;
	}
	return at;
}

const byId = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Marks keyed by live behavior ids. A mark on a live id stays; one on a retired id
 * follows its replacement, or joins the mark already there through `combine`, or (without
 * `combine`) is archived as "merged"; one with no replacement is archived as "removed".
 */
export function migrateMarks<M>(
	marks: Record<string, M>,
	current: CurrentLadder,
	combine?: (kept: M, incoming: M) => M,
): { marks: Record<string, M>; archived: ArchivedMark<M>[] } {
	const live = new Set(Object.keys(current.behaviors));
	const out = new Map<string, M>();
	const archived: ArchivedMark<M>[] = [];
	const all = byId(Object.entries(marks));
	for (const [id, mark] of all) if (live.has(id)) out.set(id, mark);
	for (const [id, mark] of all) {
		if (live.has(id)) continue;
		const to = resolveId(id, current.replaces.behaviors, live);
		const kept = to === undefined ? undefined : out.get(to);
		if (to === undefined) archived.push({ id, mark, reason: 'removed', ladderVersion: current.version });
		else if (kept === undefined) out.set(to, mark);
		else if (combine) out.set(to, combine(kept, mark));
		else archived.push({ id, mark, reason: 'merged', into: to, ladderVersion: current.version });
	}
	return { marks: Object.fromEntries(out), archived };
}

/** Each tag mapped to its live id once; the tags with no live id, apart. */
function mapTags(tags: string[], map: Record<string, string>, live: ReadonlySet<string>) {
	const kept: string[] = [];
	const gone: string[] = [];
	for (const tag of tags) {
		const to = resolveId(tag, map, live);
		if (to === undefined) gone.push(tag);
		else if (!kept.includes(to)) kept.push(to);
	}
	return { kept, gone };
}

/** Entries with their tags on live ids; tags with no live id go to the archive, the entries stay. */
export function migrateEntries<E extends Tagged>(
	entries: E[],
	current: CurrentLadder,
): { entries: E[]; archived: ArchivedTags[] } {
	const liveBehaviors = new Set(Object.keys(current.behaviors));
	const liveCompetencies = new Set(current.competencies);
	const archived: ArchivedTags[] = [];
	const out = entries.map((entry) => {
		const competencies = mapTags(entry.competencies, current.replaces.competencies, liveCompetencies);
		const behaviors = mapTags(entry.behaviors, current.replaces.behaviors, liveBehaviors);
		if (competencies.gone.length + behaviors.gone.length > 0) {
			archived.push({
				entry: entry.id,
				competencies: competencies.gone,
				behaviors: behaviors.gone,
				ladderVersion: current.version,
			});
		}
		return { ...entry, competencies: competencies.kept, behaviors: behaviors.kept };
	});
	return { entries: out, archived };
}

/** The ids the saved data names, by kind: what the reader would miss if the ladder lost them. */
function savedIds<M, E extends Tagged>(saved: Saved<M, E>): Record<IdKind, Set<string>> {
	return {
		behavior: new Set([
			...Object.keys(saved.marks),
			...saved.entries.flatMap((e) => e.behaviors),
			...Object.keys(saved.seen?.behaviors ?? {}),
		]),
		competency: new Set([
			...saved.entries.flatMap((e) => e.competencies),
			...(saved.seen?.competencies ?? []),
		]),
	};
}

/** What changed between the ladder last seen (and the ids the saved data names) and the current one. */
export function changesSince<M, E extends Tagged>(saved: Saved<M, E>, current: CurrentLadder): LadderChanges {
	const live: Record<IdKind, Set<string>> = {
		behavior: new Set(Object.keys(current.behaviors)),
		competency: new Set(current.competencies),
	};
	const maps: Record<IdKind, Record<string, string>> = {
		behavior: current.replaces.behaviors,
		competency: current.replaces.competencies,
	};
	const changes: LadderChanges = {
		from: saved.seen?.version,
		to: current.version,
		added: [],
		reworded: [],
		replaced: [],
		removed: [],
		archived: 0,
	};
	const known = savedIds(saved);
	const replacing = new Set<string>();
	for (const kind of ['competency', 'behavior'] as const) {
		for (const id of [...known[kind]].sort()) {
			if (live[kind].has(id)) continue;
			const by = resolveId(id, maps[kind], live[kind]);
			if (by === undefined) changes.removed.push({ kind, id });
			else {
				changes.replaced.push({ kind, id, by });
				replacing.add(`${kind}:${by}`);
			}
		}
	}
	const seen = saved.seen;
	if (!seen) return changes;
	const seenIds: Record<IdKind, Set<string>> = {
		behavior: new Set(Object.keys(seen.behaviors)),
		competency: new Set(seen.competencies),
	};
	for (const kind of ['competency', 'behavior'] as const) {
		for (const id of live[kind]) {
			if (!seenIds[kind].has(id) && !replacing.has(`${kind}:${id}`)) changes.added.push({ kind, id });
		}
	}
	for (const [id, print] of Object.entries(current.behaviors)) {
		if (Object.hasOwn(seen.behaviors, id) && seen.behaviors[id] !== print) changes.reworded.push(id);
	}
	return changes;
}

/** True when the reader has something to be told: any change, or anything archived. */
export function hasChanges(changes: LadderChanges): boolean {
	return (
		changes.added.length + changes.reworded.length + changes.replaced.length + changes.removed.length > 0 ||
		changes.archived > 0
	);
}

/** The reader's saved data carried onto the current ladder, with the summary of what changed. */
export function migrate<M, E extends Tagged>(
	saved: Saved<M, E>,
	current: CurrentLadder,
	options: { combine?: (kept: M, incoming: M) => M } = {},
): Migrated<M, E> {
	const changes = changesSince(saved, current);
	const marks = migrateMarks(saved.marks, current, options.combine);
	const entries = migrateEntries(saved.entries, current);
	changes.archived = marks.archived.length + entries.archived.length;
	return {
		seen: {
			version: current.version,
			behaviors: { ...current.behaviors },
			competencies: [...current.competencies],
		},
		marks: marks.marks,
		entries: entries.entries,
		archive: {
			marks: [...saved.archive.marks, ...marks.archived],
			tags: [...saved.archive.tags, ...entries.archived],
		},
		changes,
	};
}
