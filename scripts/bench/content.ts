/**
 * Content for `npm run bench`: synthetic playbooks made from a seeded generator (the same
 * N pages on every run), the rewrite that turns this site's MDX into plain Starlight MDX,
 * and the statistics the bench prints.
 */

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same pages. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Words for filler prose: enough variety that the search index has real work to do.
const words = `review design incident growth plan mentor mentee senior engineer feedback delegation brief
scope risk estimate rollout migration pairing ticket outage ownership roadmap service latency budget
question evidence behaviour habit weekly quarterly stakeholder decision tradeoff document prototype
boundary interface schema queue cache retry timeout alert dashboard runbook handover onboarding trust
clarity context constraint deadline milestone outcome signal noise promotion ladder competency example
practice rehearsal reflection summary agenda followup checklist template draft sketch narrative
customer support product platform team pager deploy release rollback experiment metric baseline`
	.split(/\s+/)
	.filter(Boolean);

function pick<T>(items: readonly T[], random: () => number): T {
	return items[Math.floor(random() * items.length)] as T;
}

function sentence(random: () => number, length = 8 + Math.floor(random() * 10)): string {
	const chosen = Array.from({ length }, () => pick(words, random));
	const first = chosen[0] ?? 'note';
	chosen[0] = first.charAt(0).toUpperCase() + first.slice(1);
	return `${chosen.join(' ')}.`;
}

function paragraph(random: () => number): string {
	return Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(random)).join(' ');
}

const kinds = ['skill-transfer', 'delegation', 'conversation', 'growth-plan', 'review', 'plan', 'reference'];
const audiences = ['mentor', 'mentee', 'both'];

/** The slug of synthetic playbook `index` (1-based), e.g. "bench/playbook-0042". */
export function benchSlug(index: number): string {
	return `bench/playbook-${String(index).padStart(4, '0')}`;
}

/**
 * Synthetic playbook `index` as this site's MDX: playbook frontmatter, headings, paragraphs,
 * a bullet and a numbered list, a code block, and a `<Checklist>` of six tasks (a plain
 * Markdown task list when `checklist` is false). `skills` are the ids a playbook may name
 * (the ladder's competencies, where the site validates them).
 */
export function benchPlaybook(index: number, skills: readonly string[] = [], checklist = true): string {
	const random = seededRandom(index);
	const id = String(index).padStart(4, '0');
	const title = `Playbook ${id}: ${pick(words, random)} ${pick(words, random)}`;
	const section = (heading: string) =>
		[
			`## ${heading}`,
			'',
			paragraph(random),
			'',
			...Array.from({ length: 4 }, () => `- ${sentence(random, 6)}`),
			'',
			`### ${sentence(random, 3).slice(0, -1)}`,
			'',
			paragraph(random),
			'',
			...Array.from({ length: 3 }, (_, n) => `${n + 1}. ${sentence(random, 7)}`),
			'',
		].join('\n');
	return [
		'---',
		`title: '${title}'`,
		`description: '${sentence(random, 12)}'`,
		`kind: ${pick(kinds, random)}`,
		`audience: ${pick(audiences, random)}`,
		`skills: [${skills.length > 0 ? pick(skills, random) : `${pick(words, random)}-${pick(words, random)}`}]`,
		`timeToRun: ${5 + Math.floor(random() * 55)} minutes`,
		'---',
		'',
		...(checklist ? ["import { Checklist } from '~/components';", ''] : []),
		paragraph(random),
		'',
		section('Who this is for'),
		section('How to run it'),
		'```text',
		...Array.from({ length: 5 }, () => `${pick(words, random)}: ${sentence(random, 5)}`),
		'```',
		'',
		section('What good looks like'),
		'## Tasks',
		'',
		...(checklist ? [`<Checklist id="bench-${id}" title="Before you finish">`, ''] : []),
		...Array.from(
			{ length: 6 },
			(_, n) => `- [ ] ${sentence(random, 8).slice(0, -1)}${checklist ? ` [#step-${n + 1}]` : ''}`,
		),
		'',
		...(checklist ? ['</Checklist>', ''] : []),
		section('Pitfalls'),
	].join('\n');
}

/**
 * This site's MDX as plain Starlight MDX: imports from `~/components` go, self-closing uses
 * of those components go (their output has no plain equivalent), and paired ones are
 * unwrapped so their Markdown (a checklist's task list) stays as it is.
 */
export function toPlainStarlight(mdx: string): string {
	const names = new Set<string>();
	const withoutImports = mdx.replace(
		/^import\s*\{([^}]*)\}\s*from\s*['"]~\/components['"];?\s*$/gm,
		(_line, list: string) => {
			for (const name of list.split(','))
				if (name.trim())
					names.add(
						name
							.trim()
							.split(/\s+as\s+/)
							.pop() ?? '',
					);
			return '';
		},
	);
	let plain = withoutImports;
	for (const name of names) {
		plain = plain
			.replace(new RegExp(`<${name}\\b[^>]*/>`, 'g'), '')
			.replace(new RegExp(`<${name}\\b[^>]*>`, 'g'), '')
			.replace(new RegExp(`</${name}>`, 'g'), '');
	}
	return plain;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] ?? Number.NaN)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
