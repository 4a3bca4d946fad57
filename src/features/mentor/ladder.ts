/**
 * The ladder as the mentor page needs it: competencies and their behaviors in ladder
 * order, and what identifies the ladder a snapshot was made against: its version, the
 * versions the site knows, the renames (`replaces`) that carry an older snapshot's marks
 * onto today's ids, and a fingerprint of its ids (the same ids give the same fingerprint).
 */
import { fnv1a } from '../../kit/hash';
import { currentLadder } from '../ladder/migrate';
import type { Ladder } from '../ladder/types';

export { fnv1a };

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
	/** The ladder's version now (`version` in ladder.yaml). */
	version: string;
	/** Every version the site knows (its history and the current one): others are refused. */
	versions: string[];
	/** Retired behavior ids, each with the id that replaces it now (`replaces` in the ladder's files). */
	replaces: Record<string, string>;
	levels: { id: string; title: string }[];
	competencies: MentorCompetency[];
}

/** The fingerprint of a ladder's level, competency and behavior ids. */
export function ladderFingerprint(ids: string[]): string {
	return fnv1a([...ids].sort().join('\n'));
}

/** What the mentor page's island needs from the validated ladder. */
export function mentorLadder(ladder: Ladder): MentorLadder {
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
		version: String(ladder.version),
		versions: [...new Set([ladder.version, ...ladder.history.map((h) => h.version)])].map(String),
		replaces: currentLadder(ladder).replaces.behaviors,
		levels: ladder.levels.map((l) => ({ id: l.id, title: l.title })),
		competencies,
	};
}
