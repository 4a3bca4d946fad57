/** Small ladders and saved states for the tests of `src/features/ladder/migrate.ts`. */
import { fingerprint, type CurrentLadder, type Saved, type Tagged } from '../../src/features/ladder/migrate';

export interface Mark {
	shown: boolean;
	evidence: string;
}
export const mark = (evidence: string, shown = true): Mark => ({ shown, evidence });
export const entry = (
	id: string,
	competencies: string[],
	behaviors: string[] = [],
): Tagged & { text: string } => ({
	id,
	text: `Entry ${id}`,
	competencies,
	behaviors,
});

/** A ladder with the given behavior texts, competencies and renames. */
export function ladder(
	version: number,
	behaviors: Record<string, string>,
	competencies: string[],
	replaces: Partial<CurrentLadder['replaces']> = {},
): CurrentLadder {
	return {
		version,
		behaviors: Object.fromEntries(Object.entries(behaviors).map(([id, text]) => [id, fingerprint(text)])),
		competencies,
		replaces: { behaviors: {}, competencies: {}, ...replaces },
	};
}

const empty = { marks: [], tags: [] };
export const saved = (
	marks: Record<string, Mark>,
	entries: (Tagged & { text: string })[] = [],
	seen?: CurrentLadder,
): Saved<Mark, Tagged & { text: string }> => ({
	marks,
	entries,
	archive: empty,
	seen: seen && { version: seen.version, behaviors: seen.behaviors, competencies: seen.competencies },
});
