/**
 * Frontmatter a playbook page adds to Starlight's own. A page with a `kind`
 * is a playbook and must say who it is for, which skills it trains and how
 * long it takes; pages without one (home, guides) are plain Starlight pages.
 */
import { z } from 'astro/zod';
import { quoteList } from '../build/suggest';

export { audiences, playbookKinds } from './playbook-kinds';
import { audiences, playbookKinds } from './playbook-kinds';

/** The fields a playbook adds to Starlight's frontmatter. */
export const playbookFields = {
	/** What sort of practice this is; its presence makes the page a playbook. */
	kind: z
		.enum(playbookKinds, { error: `Set kind to one of ${quoteList(playbookKinds)}.` })
		.optional()
		.describe('What sort of practice this playbook is.'),
	/** Who runs it: the mentor, the mentee, or both together. */
	audience: z
		.enum(audiences, { error: `Set audience to one of ${quoteList(audiences)}.` })
		.optional()
		.describe('Who runs this playbook.'),
	/** Ids of the ladder competencies this playbook trains, e.g. `system-design`. */
	skills: z
		.array(
			z
				.string()
				.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Write each skill as a competency id such as "system-design".'),
		)
		.optional()
		.describe('Ids of the ladder competencies this playbook trains.'),
	/** How long running it takes, as a reader would say it: "45 minutes", "90 days". */
	timeToRun: z
		.string()
		.min(2, 'Say how long it takes, e.g. "30 minutes" or "six weeks".')
		.optional()
		.describe('How long running this playbook takes.'),
};

type PlaybookFields = {
	kind?: string | undefined;
	audience?: string | undefined;
	skills?: string[] | undefined;
	timeToRun?: string | undefined;
	description?: string | undefined;
};

/** A playbook (a page with `kind`) must fill in every playbook field. */
export function requirePlaybookFields(data: PlaybookFields, ctx: z.RefinementCtx): void {
	if (data.kind === undefined) return;
	const missing: [keyof PlaybookFields, string][] = [
		['audience', `Add audience: one of ${quoteList(audiences)}.`],
		['skills', 'Add skills: a list of competency ids, e.g. [system-design, technical-writing].'],
		['timeToRun', 'Add timeToRun, e.g. "30 minutes".'],
		['description', 'Add a description of one or two sentences; it is the link preview.'],
	];
	for (const [field, fix] of missing) {
		const value = data[field];
		if (value === undefined || (Array.isArray(value) && value.length === 0)) {
			ctx.addIssue({ code: 'custom', path: [field], message: `A playbook needs ${field}. ${fix}` });
		}
	}
}
