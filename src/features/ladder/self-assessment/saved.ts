/**
 * What the self-assessment saves, and how it is checked and migrated: the part of the
 * assessment other islands read (the evidence log reads the target level), kept apart so
 * they load only this. `assessment.ts` re-exports all of it, so the assessment's own
 * modules (and anything that does not mind its size) import it from there.
 *
 * Saved (`ladder:assessment`, version 3): the two levels and, per behavior id, whether the
 * reader shows it, a line of evidence, and whether it does not apply to their role, with
 * the reason; and the ladder the reader last acknowledged (`seen`) with the marks a ladder
 * change set aside (`archive`, see `../islands/ladder-state.ts`). Version 1 marks (no "does
 * not apply") and version 2 data (no `seen`, no archive) are migrated on read.
 */
import type { Codec } from '../../../kit/backup';
import { parseLadderParts, type LadderParts } from '../islands/ladder-state';

/** The storage name of the assessment (see the storage conventions in the brief). */
export const assessmentStorageName = 'ladder:assessment';

/** Longest evidence line kept, in characters: a line, not an essay. */
export const evidenceMaxLength = 300;

/** Longest reason kept for "does not apply to my role", in characters. */
export const reasonMaxLength = 200;

/** What the reader says about one behavior. */
export interface Mark {
	shown: boolean;
	evidence: string;
	/** "Does not apply to my role": not a gap, whatever `shown` says. */
	notApplicable: boolean;
	/** Why it does not apply (kept when the reader unticks it, so ticking again brings it back). */
	reason: string;
}

/**
 * Version 1 marks had only `shown` and `evidence`: each gets "applies" and no reason.
 * Anything else is passed on unchanged for `parse` to refuse (and the store to set aside).
 */
function fromVersion1(data: unknown): unknown {
	const marks = (data as { marks?: unknown } | null)?.marks;
	if (typeof marks !== 'object' || marks === null || Array.isArray(marks)) return data;
	return {
		...(data as object),
		marks: Object.fromEntries(
			Object.entries(marks).map(([id, mark]) => [
				id,
				typeof mark === 'object' && mark !== null ? { notApplicable: false, reason: '', ...mark } : mark,
			]),
		),
	};
}

/** Everything the assessment saves. */
export interface AssessmentState extends LadderParts<Mark> {
	current: string;
	target: string;
	marks: Record<string, Mark>;
}

/** A saved mark, checked and trimmed to the lengths kept; throws saying what is wrong. */
function parseMark(value: unknown, id: string): Mark {
	const m = value as Partial<Mark> | null;
	if (
		typeof m !== 'object' ||
		m === null ||
		typeof m.shown !== 'boolean' ||
		typeof m.evidence !== 'string' ||
		typeof m.notApplicable !== 'boolean' ||
		typeof m.reason !== 'string'
	) {
		throw new Error(
			`the mark for "${id}" must have shown and notApplicable (true or false), evidence and reason (text)`,
		);
	}
	return {
		shown: m.shown,
		evidence: m.evidence.slice(0, evidenceMaxLength),
		notApplicable: m.notApplicable,
		reason: m.reason.slice(0, reasonMaxLength),
	};
}

/** Validates saved assessment data; throws an Error saying what is wrong. */
export const assessmentCodec: Codec<AssessmentState> = {
	version: 3,
	// Version 3 added `seen` and `archive`, both optional: version 2 data is valid as it is.
	migrations: { 1: fromVersion1, 2: (data) => data },
	parse(data) {
		if (typeof data !== 'object' || data === null) throw new Error('the assessment is not an object');
		const d = data as Record<string, unknown>;
		if (typeof d['current'] !== 'string' || typeof d['target'] !== 'string') {
			throw new Error('the current and target levels must be text');
		}
		const rawMarks = d['marks'];
		if (typeof rawMarks !== 'object' || rawMarks === null || Array.isArray(rawMarks)) {
			throw new Error('marks must be an object');
		}
		const marks: Record<string, Mark> = {};
		for (const [id, value] of Object.entries(rawMarks)) marks[id] = parseMark(value, id);
		return { current: d['current'], target: d['target'], marks, ...parseLadderParts(d, parseMark) };
	},
};
