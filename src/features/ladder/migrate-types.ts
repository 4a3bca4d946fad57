/**
 * The shapes the migration of a reader's saved data works with (see `migrate.ts`): the
 * ladder as last seen and as it is now, what was saved, the archive and the summary of
 * what changed.
 */

/** Retired ids, each with the id that replaces it now, by kind. */
export interface ReplacesMap {
	behaviors: Record<string, string>;
	competencies: Record<string, string>;
}

/** The ladder as a reader saw it: its version, each behavior's fingerprint, its competencies. */
export interface LadderState {
	version: number;
	/** Behavior id → fingerprint of its text (see `fingerprint`). */
	behaviors: Record<string, string>;
	competencies: string[];
}

/** The ladder the page shows now, with the renames and merges its files declare. */
export interface CurrentLadder extends LadderState {
	replaces: ReplacesMap;
}

/** The two kinds of ids a reader's saved data names. */
export type IdKind = 'behavior' | 'competency';

/** A mark whose behavior is gone, or that lost to the mark already kept on a merged behavior. */
export interface ArchivedMark<M> {
	id: string;
	mark: M;
	/** "removed": no live id replaces it; "merged": its replacement had a mark already. */
	reason: 'removed' | 'merged';
	/** For "merged": the live id it was merged into. */
	into?: string | undefined;
	/** The ladder version on which it was archived. */
	ladderVersion: number;
}

/** Tags taken off an evidence entry because the ladder no longer has them. */
export interface ArchivedTags {
	entry: string;
	competencies: string[];
	behaviors: string[];
	ladderVersion: number;
}

/** Everything set aside from the reader's data; export includes it. */
export interface Archive<M> {
	marks: ArchivedMark<M>[];
	tags: ArchivedTags[];
}

/** An evidence entry, as far as the migration cares: its id and its tags. */
export interface Tagged {
	id: string;
	competencies: string[];
	behaviors: string[];
}

/** What a reader saved: marks by behavior id, evidence entries, the archive, the ladder last seen. */
export interface Saved<M, E extends Tagged> {
	/** The ladder at the reader's last visit; undefined for data saved before ladders had versions. */
	seen?: LadderState | undefined;
	marks: Record<string, M>;
	entries: E[];
	archive: Archive<M>;
}

/** A behavior or competency id that is new, or gone, since the last visit. */
export interface IdChange {
	kind: IdKind;
	id: string;
}

/** What changed since the reader's last visit. */
export interface LadderChanges {
	/** The version last seen; undefined when the saved data did not record one. */
	from: number | undefined;
	to: number;
	added: IdChange[];
	/** Behaviors whose id stayed and whose text changed. */
	reworded: string[];
	replaced: (IdChange & { by: string })[];
	removed: IdChange[];
	/** How many marks and tagged entries went to the archive in this migration. */
	archived: number;
}

/** The saved data on the current ladder, and what changed. */
export interface Migrated<M, E extends Tagged> extends Required<Saved<M, E>> {
	changes: LadderChanges;
}
