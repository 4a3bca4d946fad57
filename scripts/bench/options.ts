/**
 * The command line of `npm run bench`, as a pure function so it can be tested: which parts to
 * run, at how many pages, how many times.
 */

/** The parts of the bench, in the order they run. */
export const parts = ['build', 'js', 'inp', 'lighthouse', 'search'] as const;
/** One part of the bench. */
export type Part = (typeof parts)[number];

/** What one run of the bench does. */
export interface BenchOptions {
	/** Synthetic playbooks added to each site. */
	pages: number;
	/** Cold builds per site for the build figures. */
	runs: number;
	/** Lighthouse runs per template and site (the median is reported). */
	lighthouseRuns: number;
	/** Interactions per scenario for interaction to next paint. */
	interactions: number;
	/** The parts to run; all unless --only names some. */
	only: Set<Part>;
	/** Also build each site once at this many playbooks (--linear: 5,000) to see whether build cost grows linearly; 0 for not. */
	linearPages: number;
	/** Keep the temporary sites. */
	keep: boolean;
}

const wholeNumbers = {
	pages: 1000,
	runs: 3,
	'lighthouse-runs': 3,
	interactions: 7,
	'linear-pages': 5000,
} as const;

/** Reads `argv` (without node and the script); throws a message that says what to type instead. */
export function parseOptions(argv: readonly string[]): BenchOptions {
	const numbers: Record<keyof typeof wholeNumbers, number> = { ...wholeNumbers };
	let only = new Set<Part>(parts);
	let linear = false;
	let linearPages = false;
	let keep = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
		const name = flag.replace(/^--/, '');
		if (name === 'linear') linear = true;
		else if (name === 'keep') keep = true;
		else if (name === 'only') {
			const value = inline ?? argv[++i] ?? '';
			const chosen = value.split(',').filter(Boolean);
			const unknown = chosen.filter((part) => !(parts as readonly string[]).includes(part));
			if (chosen.length === 0 || unknown.length > 0)
				throw new Error(`--only takes one or more of ${parts.join(', ')} (comma-separated), not "${value}"`);
			only = new Set(chosen as Part[]);
		} else if (name in wholeNumbers) {
			const value = Number(inline ?? argv[++i]);
			const key = name as keyof typeof wholeNumbers;
			if (!Number.isInteger(value) || value < 1)
				throw new Error(`--${name} takes a whole number, e.g. --${name} ${wholeNumbers[key]}`);
			numbers[key] = value;
			if (key === 'linear-pages') linearPages = true;
		} else {
			throw new Error(
				`Unknown option ${arg}: the bench takes --only ${parts.join('|')}, --pages N, --runs N, --lighthouse-runs N, --interactions N, --linear, --linear-pages N, --keep`,
			);
		}
	}
	return {
		pages: numbers.pages,
		runs: numbers.runs,
		lighthouseRuns: numbers['lighthouse-runs'],
		interactions: numbers.interactions,
		only,
		linearPages: linear || linearPages ? numbers['linear-pages'] : 0,
		keep,
	};
}
