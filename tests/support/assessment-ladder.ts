/** A small ladder as the self-assessment reads it from its page, for its unit tests. */
import type { AssessmentCompetency } from '../../src/features/ladder/self-assessment/assessment';

/** Three levels, in ladder order. */
export const levels = [
	{ id: 'associate', title: 'Associate' },
	{ id: 'engineer', title: 'Engineer' },
	{ id: 'principal', title: 'Principal' },
];

/** Two competencies: shipping at every level, hiring only at the top. */
export const competencies: AssessmentCompetency[] = [
	{
		id: 'shipping',
		name: 'Shipping',
		items: [
			{
				id: 'ship-small',
				competency: 'shipping',
				level: 'associate',
				text: 'Splits work into small changes.',
			},
			{ id: 'ship-flags', competency: 'shipping', level: 'engineer', text: 'Releases behind a flag.' },
			{
				id: 'ship-rollback',
				competency: 'shipping',
				level: 'engineer',
				text: 'Writes the rollback plan [first].',
			},
			{ id: 'ship-platform', competency: 'shipping', level: 'principal', text: 'Builds release tooling.' },
		],
	},
	{
		id: 'hiring',
		name: 'Hiring',
		items: [
			{ id: 'hire-design', competency: 'hiring', level: 'principal', text: 'Designs the interview loop.' },
		],
	},
];
