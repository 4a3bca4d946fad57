/**
 * Mentor snapshots: what travels between a mentee and a mentor in a link's fragment
 * (`#mentor=z…`) or, when too long for a link, in a small file holding the same text.
 * Two kinds: `ask` (the mentee's self-assessment, optionally with evidence entries and a
 * growth plan) and `view` (the mentor's marks and comments sent back). Both record who
 * sent them, when, the site's storage namespace and the ladder (fingerprint and version).
 *
 * The packed text is `<checksum>\n<json>`. Decoding trusts nothing and fails with one
 * reason per problem (`SnapshotError`), each worded for readers by `snapshotProblemKey`:
 * too big, damaged, tampered (checksum), hostile (prototype keys, deep nesting, huge
 * strings), another site, an unknown ladder version. A snapshot made on an older version
 * the site knows opens with its marks carried along the ladder's renames (`againstLadder`);
 * ids the ladder does not know are returned in `unknown`, never dropped silently; every
 * value is text for the page to show as text.
 */
import { FragmentError, packText, unpackText } from '../../kit/fragment';
import { resolveId } from '../ladder/migrate';
import { fnv1a, type MentorLadder } from './ladder';

/** A mentor's mark on one behavior. */
export type ViewKind = 'seen' | 'not-yet' | 'cannot-judge';
/** The mentor's marks, in the order the page offers them. */
export const viewKinds: readonly ViewKind[] = ['seen', 'not-yet', 'cannot-judge'];

/** One mark: its kind and a line of text (the mentee's evidence or reason, the mentor's comment). */
export interface SnapshotMark {
	/** `seen`, `not-yet`, `cannot-judge`, or (from a mentee) any other kind the assessment has. */
	kind: string;
	note: string;
}

/** An evidence log entry as it travels. */
export interface SnapshotEntry {
	week: string;
	text: string;
	behaviors: string[];
}

/** What a snapshot carries. */
export interface Snapshot {
	kind: 'ask' | 'view';
	site: string;
	ladder: { fingerprint: string; version: string | null };
	/** Who sent it. */
	from: string;
	/** When it was made (ISO 8601). */
	date: string;
	marks: Record<string, SnapshotMark>;
	/** The mentee's levels (ask). */
	levels?: { current: string; target: string };
	/** Evidence log entries (ask, optional). */
	evidence?: SnapshotEntry[];
	/** The current growth-plan draft (ask, optional): its name and its answers by field. */
	plan?: { name: string; values: Record<string, string> };
	/** The ask a view answers: who asked and when (view). */
	about?: { from: string; date: string };
}

/** The longest fragment made or opened from a link (chat and mail tools cut longer ones). */
export const maxLink = 8000;
/** The longest snapshot file opened. */
export const maxFile = 400_000;
/** The most text a snapshot may inflate to. */
export const maxText = 2_000_000;
/** The longest name, note or text field opened. */
export const maxString = 5000;
/** The deepest nesting opened. */
export const maxDepth = 6;

const prefix = 'mentor=z';

/** Why a snapshot cannot be made or opened; each reason has its own message. */
export type SnapshotProblem = 'long' | 'big' | 'damaged' | 'tampered' | 'hostile' | 'site' | 'version';

/** A snapshot that cannot be made (`long`) or opened (the rest). */
export class SnapshotError extends Error {
	constructor(
		readonly reason: SnapshotProblem,
		detail = '',
	) {
		super(detail || reason);
	}
}

const fail = (reason: SnapshotProblem, detail?: string): never => {
	throw new SnapshotError(reason, detail);
};

/** What `make` returns, or a SnapshotError `reason` if it throws. */
function tryOr<T>(make: () => T, reason: SnapshotProblem): T {
	try {
		return make();
	} catch {
		return fail(reason);
	}
}

/** The fragment (without `#`) carrying `snapshot`; with `limit`, a SnapshotError `long` beyond it. */
export async function encodeSnapshot(snapshot: Snapshot, limit = maxLink): Promise<string> {
	const json = JSON.stringify({ format: 1, ...snapshot });
	const fragment = prefix + (await packText(`${fnv1a(json)}\n${json}`));
	return fragment.length > limit ? fail('long', String(fragment.length)) : fragment;
}

/** True when `hash` (with or without `#`) looks like a mentor snapshot. */
export const isSnapshotHash = (hash: string): boolean => hash.replace(/^#/, '').startsWith(prefix);

/** An opened snapshot on today's ids, with the ids the ladder does not know and what changed since. */
export interface Opened {
	snapshot: Snapshot;
	unknown: string[];
	/** The ladder's ids differ from the ones the snapshot was made against. */
	otherLadder: boolean;
	/** The older version the snapshot was made against (its marks followed the renames), or null. */
	olderVersion: string | null;
}

/**
 * Opens the snapshot in `text` (a link's fragment, or a file's text) for `ladder` on site
 * `site`, or throws a SnapshotError saying why not. `limit` is the longest text accepted.
 */
export async function decodeSnapshot(
	text: string,
	site: string,
	ladder: MentorLadder,
	limit = maxLink,
): Promise<Opened> {
	let fragment = text.trim().replace(/^.*?#/s, '');
	if (fragment.length > limit) fail('big');
	// A mail or chat tool may have percent-encoded the link; cut inside an escape, it is damaged.
	if (fragment.includes('%')) fragment = tryOr(() => decodeURIComponent(fragment), 'damaged');
	if (!fragment.startsWith(prefix)) fail('damaged');
	let packed = '';
	try {
		packed = await unpackText(fragment.slice(prefix.length), maxText);
	} catch (error) {
		fail(error instanceof FragmentError ? error.reason : 'damaged');
	}
	const [, sum, json] = /^([0-9a-f]{8})\n([\s\S]*)$/.exec(packed) ?? fail('damaged');
	if (fnv1a(json!) !== sum) fail('tampered');
	const data: unknown = tryOr(() => JSON.parse(json!), 'damaged');
	checkHarmless(data, 0);
	const snapshot = readSnapshot(data as Record<string, unknown>);
	if (snapshot.site !== site) fail('site', snapshot.site);
	const version = snapshot.ladder.version;
	if (version !== null && !ladder.versions.includes(version)) fail('version', version);
	return againstLadder(snapshot, ladder);
}

/**
 * The snapshot on today's ids: a mark or evidence tag on a renamed or merged behavior
 * follows the ladder's `replaces` (the first mark wins where two merged); ids that lead
 * nowhere stay as they are and are listed in `unknown`.
 */
export function againstLadder(snapshot: Snapshot, ladder: MentorLadder): Opened {
	const live = new Set(ladder.competencies.flatMap((c) => c.items.map((i) => i.id)));
	const unknown = new Set<string>();
	const move = (id: string) => {
		const to = resolveId(id, ladder.replaces, live);
		if (!to) unknown.add(id);
		return to ?? id;
	};
	const marks: Snapshot['marks'] = {};
	for (const [id, mark] of Object.entries(snapshot.marks)) marks[move(id)] ??= mark;
	const moved: Snapshot = { ...snapshot, marks };
	if (snapshot.evidence)
		moved.evidence = snapshot.evidence.map((e) => ({ ...e, behaviors: e.behaviors.map(move) }));
	const version = snapshot.ladder.version;
	return {
		snapshot: moved,
		unknown: [...unknown],
		otherLadder: snapshot.ladder.fingerprint !== ladder.fingerprint,
		olderVersion: version !== null && version !== ladder.version ? version : null,
	};
}

const banned = new Set(['__proto__', 'constructor', 'prototype']);

/** Throws `hostile` for prototype keys, nesting deeper than `maxDepth` and strings over `maxString`. */
function checkHarmless(value: unknown, depth: number): void {
	if (depth > maxDepth) fail('hostile', 'nested too deep');
	if (typeof value === 'string' && value.length > maxString) fail('hostile', 'a string is too long');
	if (typeof value !== 'object' || value === null) return;
	for (const key of Object.keys(value)) {
		if (banned.has(key)) fail('hostile', `key "${key}"`);
		if (key.length > maxString) fail('hostile', 'a key is too long');
		checkHarmless((value as Record<string, unknown>)[key], depth + 1);
	}
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const textRecord = (value: unknown): Record<string, string> => {
	if (!isRecord(value) || !Object.values(value).every(isText)) fail('damaged', 'not a list of texts');
	return Object.fromEntries(Object.entries(value as Record<string, string>));
};

/** The snapshot in parsed, harmless `data`, or `damaged` naming what is wrong. */
function readSnapshot(data: Record<string, unknown>): Snapshot {
	if (!isRecord(data) || data['format'] !== 1) fail('damaged', 'not a format 1 snapshot');
	const { kind, site, ladder, from, date, marks, levels, evidence, plan, about } = data;
	if (kind !== 'ask' && kind !== 'view') fail('damaged', 'unknown kind');
	if (!isText(site) || !isText(from) || !isText(date) || Number.isNaN(Date.parse(date as string))) {
		fail('damaged', 'site, sender or date missing');
	}
	const l = isRecord(ladder) ? ladder : fail('damaged', 'no ladder');
	if (!isText(l['fingerprint']) || !(l['version'] === null || isText(l['version'])))
		fail('damaged', 'ladder');
	const out: Snapshot = {
		kind: kind as Snapshot['kind'],
		site: site as string,
		ladder: { fingerprint: l['fingerprint'] as string, version: l['version'] as string | null },
		from: from as string,
		date: date as string,
		marks: {},
	};
	for (const [id, raw] of Object.entries(isRecord(marks) ? marks : fail('damaged', 'no marks'))) {
		const m = isRecord(raw) ? raw : fail('damaged', `mark ${id}`);
		const ok = kind === 'view' ? viewKinds.includes(m['kind'] as ViewKind) : isText(m['kind']);
		if (!ok || !isText(m['note'])) fail('damaged', `mark ${id}`);
		out.marks[id] = { kind: m['kind'] as string, note: m['note'] as string };
	}
	if (levels !== undefined) {
		const v = textRecord(levels);
		if (!isText(v['current']) || !isText(v['target'])) fail('damaged', 'levels');
		out.levels = { current: v['current']!, target: v['target']! };
	}
	if (evidence !== undefined) {
		if (!Array.isArray(evidence)) fail('damaged', 'evidence');
		out.evidence = (evidence as unknown[]).map((raw) => {
			const e = isRecord(raw) ? raw : fail('damaged', 'evidence entry');
			const behaviors = e['behaviors'];
			if (!isText(e['week']) || !isText(e['text']) || !Array.isArray(behaviors) || !behaviors.every(isText)) {
				fail('damaged', 'evidence entry');
			}
			return {
				week: e['week'] as string,
				text: e['text'] as string,
				behaviors: [...(behaviors as string[])],
			};
		});
	}
	if (plan !== undefined) {
		const p = isRecord(plan) ? plan : fail('damaged', 'plan');
		if (!isText(p['name'])) fail('damaged', 'plan');
		out.plan = { name: p['name'] as string, values: textRecord(p['values']) };
	}
	if (about !== undefined) {
		const a = textRecord(about);
		if (!isText(a['from']) || !isText(a['date'])) fail('damaged', 'about');
		out.about = { from: a['from']!, date: a['date']! };
	}
	return out;
}

/** The word key that tells a reader why a snapshot cannot be made or opened. */
export const snapshotProblemKey = (reason: SnapshotProblem) => `mentor.problem.${reason}` as const;
