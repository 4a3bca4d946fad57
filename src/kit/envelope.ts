/**
 * The envelope every saved value is wrapped in (`{ v, savedAt, data }`), and the errors that
 * say why a saved value could not be read. Used by `store.ts` only.
 */
import type { StoreProblem } from './store';

/** An error that says which `StoreProblem` it is. */
export class ProblemError extends Error {
	constructor(
		readonly problem: StoreProblem,
		message: string,
	) {
		super(message);
	}
}

export interface Envelope {
	v: number;
	savedAt: string;
	data: unknown;
}

/** The envelope of `raw`, saved at `version`; throws a `ProblemError` saying what is wrong. */
export function parseEnvelope(raw: string, version: number): Envelope {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		throw new ProblemError('damaged', 'the saved text is not valid JSON');
	}
	if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || !('data' in parsed)) {
		throw new ProblemError('damaged', 'the saved value is not in the expected format');
	}
	const envelope = parsed as Envelope;
	if (envelope.v !== version)
		throw new ProblemError(
			'damaged',
			`the saved value says version ${String(envelope.v)}, expected ${version}`,
		);
	return envelope;
}
