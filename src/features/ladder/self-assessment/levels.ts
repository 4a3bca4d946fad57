/**
 * The self-assessment's two levels, checked: apart from `assessment.ts` because the island's
 * script needs it when the page loads (the levels saved, or just picked, are saved at once).
 */

/** A level as the assessment needs it. */
export interface AssessmentLevel {
	id: string;
	title: string;
}

/**
 * A valid pair of levels: both exist, and the target is not below the current level.
 * Unknown ids (a level the team removed) fall back to the defaults.
 */
export function normalizeLevels(
	levels: AssessmentLevel[],
	current: string,
	target: string,
	defaults: { current: string; target: string },
): { current: string; target: string } {
	const index = (id: string) => levels.findIndex((l) => l.id === id);
	let from = index(current);
	let to = index(target);
	if (from < 0 || to < 0) [from, to] = [index(defaults.current), index(defaults.target)];
	if (from < 0) from = 0;
	if (to < from) to = from;
	return { current: levels[from]!.id, target: levels[to]!.id };
}
