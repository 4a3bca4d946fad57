/**
 * The checks of a ladder's versions and renames: `version` and its dated `history` notes,
 * and the `replaces` lists that let a reader's saved marks follow a renamed or merged
 * behavior or competency. Like `validate.ts`, each records every problem it finds.
 */
import type { LadderFile } from '../../schemas/ladder';
import { formatPath } from '../../schemas/errors';
import type { Parsed } from './source';
import type { HistoryEntry } from './types';
import type { Checker, ReadCompetency } from './validate';

/** The ladder's version when `ladder.yaml` does not say: forks from before versions stay valid. */
export const defaultVersion = 1;

const noteFor = (version: number) => `- { version: ${version}, date: YYYY-MM-DD, notes: "What changed." }`;

/** Checks `version` and `history`; returns the version and the notes, newest first. */
export function checkHistory(
	ladder: LadderFile,
	parsed: Parsed,
	check: Checker,
): { version: number; history: HistoryEntry[] } {
	const history = ladder.history ?? [];
	const newest = Math.max(0, ...history.map((h) => h.version));
	if (ladder.version === undefined) {
		if (history.length > 0)
			check.at(
				parsed,
				['history'],
				`There are notes in history but no version. Add version: ${newest} (the newest version in history) to ${parsed.file}.`,
			);
		return { version: ladder.version ?? (newest || defaultVersion), history };
	}
	const version = ladder.version;
	if (!history.some((h) => h.version === version)) {
		check.at(
			parsed,
			ladder.history ? ['history'] : ['version'],
			`There is no note for version ${version}, the current version. Add one at the top of history: ${ladder.history ? '' : 'history: '}${noteFor(version)}`,
		);
	}
	const seen = new Map<number, number>();
	history.forEach((entry, i) => {
		const first = seen.get(entry.version);
		if (first !== undefined) {
			check.at(
				parsed,
				['history', i, 'version'],
				`Version ${entry.version} has a note already (${formatPath(['history', first])}). Write one note per version: merge the two, or correct the version number.`,
			);
			return;
		}
		seen.set(entry.version, i);
		if (entry.version > version) {
			check.at(
				parsed,
				['history', i, 'version'],
				`This note is for version ${entry.version}, but the ladder's version is ${version}. Raise version to ${entry.version} if it is published, or correct the note's version.`,
			);
		}
		const previous = history[i - 1];
		if (!previous) return;
		if (entry.version > previous.version) {
			check.at(
				parsed,
				['history', i, 'version'],
				`The notes go newest first, but version ${entry.version} comes after version ${previous.version}. Move this note above it.`,
			);
		} else if (entry.version < previous.version && entry.date > previous.date) {
			check.at(
				parsed,
				['history', i - 1, 'date'],
				`Version ${previous.version} is dated ${previous.date}, before version ${entry.version} (${entry.date}). Correct one of the dates: a later version cannot be published earlier.`,
			);
		}
	});
	return { version, history };
}

/** One `replaces` entry: the retired id, the live thing that replaces it and where it is written. */
interface Declaration {
	old: string;
	by: string;
	kind: 'behavior' | 'competency';
	parsed: Parsed;
	path: (string | number)[];
}

function declarations(competencies: ReadCompetency[]): Declaration[] {
	const list: Declaration[] = [];
	for (const c of competencies) {
		c.replaces?.forEach((old, j) =>
			list.push({ old, by: c.id, kind: 'competency', parsed: c.parsed, path: ['replaces', j] }),
		);
		for (const [levelId, level] of Object.entries(c.levels)) {
			level.behaviors.forEach((b, i) =>
				b.replaces?.forEach((old, j) =>
					list.push({
						old,
						by: b.id,
						kind: 'behavior',
						parsed: c.parsed,
						path: ['levels', levelId, 'behaviors', i, 'replaces', j],
					}),
				),
			);
		}
	}
	return list;
}

/**
 * Checks every `replaces`: a retired id is no live id of any kind (so no new thing reuses
 * it), and one live id replaces it, not two. Since only live things declare `replaces`,
 * a retired id never replaces anything, so the only cycle possible is an id replacing
 * itself, which is reported as such.
 */
export function checkReplaces(competencies: ReadCompetency[], check: Checker): void {
	const claimed = new Map<string, Declaration>();
	for (const d of declarations(competencies)) {
		if (d.old === d.by) {
			check.at(
				d.parsed,
				d.path,
				`The ${d.kind} "${d.by}" replaces itself, a cycle. Remove "${d.old}" from its replaces: a kept id needs no replaces.`,
			);
			continue;
		}
		const owner = check.owner(d.old);
		if (owner) {
			check.at(
				d.parsed,
				d.path,
				`"${d.old}" is in the replaces of "${d.by}", but it is still the id of ${owner}. A replaced id is retired for good, so saved marks can follow it: give that one another id, or remove "${d.old}" from replaces.`,
			);
			continue;
		}
		const first = claimed.get(d.old);
		if (!first) {
			claimed.set(d.old, d);
		} else if (first.by === d.by) {
			check.at(d.parsed, d.path, `"${d.old}" is listed twice in the replaces of "${d.by}". Remove one.`);
		} else {
			check.at(
				d.parsed,
				d.path,
				`"${d.old}" is replaced by both "${first.by}" (${first.parsed.file}, ${formatPath(first.path)}) and "${d.by}". Saved marks can follow only one: keep "${d.old}" in the replaces of one of them.`,
			);
		}
	}
}
