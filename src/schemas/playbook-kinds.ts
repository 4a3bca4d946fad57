/**
 * The kinds and audiences a playbook can have, without dependencies, so Node scripts
 * (`scripts/measure-search.ts`) can import them as the schema does.
 */

/** What sort of practice a playbook is. Readers see the word `playbook.kind.<kind>` (`content/i18n/`). */
export const playbookKinds = [
	'skill-transfer',
	'delegation',
	'conversation',
	'growth-plan',
	'review',
	'assessment',
	'plan',
	'reference',
] as const;

/** Who runs the playbook. Readers see the word `playbook.audience.<audience>`. */
export const audiences = ['mentor', 'mentee', 'both'] as const;
