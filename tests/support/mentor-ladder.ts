/** A small ladder as the mentor page sees it, for unit tests of the mentor round trip. */
import type { MentorLadder } from '../../src/features/mentor/ladder';

/** Version 2 (after 1, which named `senior-b` `old-b`); two levels; one competency with a behavior at mid and two at senior. */
export const mentorLadderFixture: MentorLadder = {
	fingerprint: 'f1f1f1f1',
	version: '2',
	versions: ['2', '1'],
	replaces: { 'old-b': 'senior-b' },
	levels: [
		{ id: 'mid', title: 'Mid' },
		{ id: 'senior', title: 'Senior' },
	],
	competencies: [
		{
			id: 'craft',
			name: 'Craft',
			items: [
				{ id: 'mid-a', level: 'mid', text: 'Writes tests first' },
				{ id: 'senior-b', level: 'senior', text: 'Reviews with care' },
				{ id: 'senior-c', level: 'senior', text: 'Splits big changes' },
			],
		},
	],
};
