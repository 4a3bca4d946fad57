import { describe, expect, it } from 'vitest';
import {
	addEntry,
	entriesByWeek,
	entryProblem,
	evidenceCodec,
	evidenceMarkdown,
	mondayOf,
	removeEntry,
	vaguenessHint,
	type EvidenceLog,
} from './log';

const competencyOf = (behavior: string) => (behavior.startsWith('ship-') ? 'shipping' : undefined);
const context = {
	siteName: 'Acme Growth Framework',
	competencies: [
		{ id: 'shipping', name: 'Shipping' },
		{ id: 'pairing', name: 'Pairing' },
	],
	behaviorText: (id: string) =>
		id === 'ship-rollback-plan' ? 'Writes how to roll back before each release.' : undefined,
	date: new Date('2026-11-22T10:00:00Z'),
};

describe('weeks', () => {
	it('files an entry under the Monday of its week', () => {
		expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
		expect(mondayOf('2026-11-16')).toBe('2026-11-16');
		expect(mondayOf('2026-11-18')).toBe('2026-11-16');
		expect(() => mondayOf('last week')).toThrow('"last week" is not a date.');
	});
});

describe('adding entries', () => {
	it('asks for the text, the week and a tag before an entry can be added', () => {
		expect(entryProblem({ week: '2026-11-18', text: ' ', competencies: ['shipping'] })).toBe(
			'Write what you did first.',
		);
		expect(entryProblem({ week: '', text: 'Led it', competencies: ['shipping'] })).toBe(
			'Pick the week it happened.',
		);
		expect(entryProblem({ week: '2026-11-18', text: 'Led it', competencies: [] })).toBe(
			'Tag at least one competency it shows.',
		);
		expect(
			entryProblem({ week: '2026-11-18', text: 'Led it', competencies: [], behavior: 'ship-x' }),
		).toBeNull();
	});

	it('tags the competency of the behavior an entry shows', () => {
		const log = addEntry(
			{ entries: [] },
			{
				week: '2026-11-18',
				text: ' Wrote the rollback plan for checkout. ',
				competencies: ['pairing'],
				behavior: 'ship-rollback-plan',
			},
			'e1',
			competencyOf,
		);
		expect(log.entries).toEqual([
			{
				id: 'e1',
				week: '2026-11-16',
				text: 'Wrote the rollback plan for checkout.',
				competencies: ['pairing', 'shipping'],
				behaviors: ['ship-rollback-plan'],
			},
		]);
		expect(removeEntry(log, 'e1').entries).toEqual([]);
	});

	it('nudges a vague entry toward the specific act', () => {
		expect(vaguenessHint('Contributed to the architecture work')).toMatch(
			/^"Contributed to" hides what you did/,
		);
		expect(vaguenessHint('Drove the API versioning decision and wrote the memo')).toBeNull();
	});
});

describe('the log', () => {
	const log: EvidenceLog = {
		entries: [
			{
				id: 'c',
				week: '2026-11-16',
				text: 'Paired with Sam on the importer.',
				competencies: ['pairing'],
				behaviors: [],
			},
			{
				id: 'b',
				week: '2026-11-09',
				text: 'Wrote the rollback plan.',
				competencies: ['shipping'],
				behaviors: ['ship-rollback-plan'],
			},
			{
				id: 'a',
				week: '2026-11-16',
				text: 'Shipped flags.',
				competencies: ['shipping', 'retired-skill'],
				behaviors: [],
			},
		],
	};

	it('shows entries by week, newest week first', () => {
		expect(entriesByWeek(log).map((w) => [w.week, w.entries.map((e) => e.id)])).toEqual([
			['2026-11-16', ['c', 'a']],
			['2026-11-09', ['b']],
		]);
	});

	it('exports Markdown grouped by competency, oldest first, keeping tags the ladder no longer has', () => {
		expect(evidenceMarkdown(log, context)).toBe(
			[
				'# Evidence log',
				'',
				'Acme Growth Framework, 2026-11-22.',
				'',
				'## Shipping',
				'',
				'- Week of 2026-11-09: Wrote the rollback plan. (shows: Writes how to roll back before each release.)',
				'- Week of 2026-11-16: Shipped flags.',
				'',
				'## Pairing',
				'',
				'- Week of 2026-11-16: Paired with Sam on the importer.',
				'',
				'## retired-skill',
				'',
				'- Week of 2026-11-16: Shipped flags.',
				'',
			].join('\n'),
		);
	});

	it('rejects a saved log of the wrong shape', () => {
		expect(() =>
			evidenceCodec.parse({
				entries: [{ id: 'x', week: 'monday', text: 'y', competencies: [], behaviors: [] }],
			}),
		).toThrow('entry 1 needs an id, a week (YYYY-MM-DD) and text');
		expect(evidenceCodec.parse(log)).toEqual(log);
	});
});
