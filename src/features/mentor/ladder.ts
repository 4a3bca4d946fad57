/**
 * The ladder as the mentor page needs it: competencies and their behaviors in ladder
 * order, and what identifies the ladder a snapshot was made against: a fingerprint of its
 * ids (the same ids give the same fingerprint) and its version, once the ladder has one.
 */
import type { Ladder } from '../ladder/types';

/** One behavior the mentee and the mentor mark. */
export interface MentorItem {
	id: string;
	level: string;
	text: string;
}

/** A competency and its behaviors. */
export interface MentorCompetency {
	id: string;
	name: string;
	items: MentorItem[];
}

/** The ladder a snapshot is checked against. */
export interface MentorLadder {
	fingerprint: string;
	/** The ladder's `version` field, or null while the ladder has none. */
	version: string | null;
	levels: { id: string; title: string }[];
	competencies: MentorCompetency[];
}

/** FNV-1a (32 bits) of `text` as 8 hex digits: a checksum against edits, not a secret. */
export function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** The fingerprint of a ladder's level, competency and behavior ids. */
export function ladderFingerprint(ids: string[]): string {
	return fnv1a([...ids].sort().join('\n'));
}

/** What the mentor page's island needs from the validated ladder. */
export function mentorLadder(ladder: Ladder & { version?: unknown }): MentorLadder {
	const competencies = ladder.competencies.map((c) => ({
		id: c.id,
		name: c.name,
		items: ladder.levels.flatMap((level) =>
			(c.levels[level.id]?.behaviors ?? []).map((b) => ({ id: b.id, level: level.id, text: b.text })),
		),
	}));
	const ids = [
		...ladder.levels.map((l) => `level:${l.id}`),
		...competencies.flatMap((c) => [`competency:${c.id}`, ...c.items.map((i) => i.id)]),
	];
	return {
		fingerprint: ladderFingerprint(ids),
		version:
			typeof ladder.version === 'string' || typeof ladder.version === 'number'
				? String(ladder.version)
				: null,
		levels: ladder.levels.map((l) => ({ id: l.id, title: l.title })),
		competencies,
	};
}
