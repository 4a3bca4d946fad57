import { describe, expect, it } from 'vitest';
import { evidenceCoverage, weeksBefore } from './coverage';

const competencies = [
	{ id: 'design', name: 'System design' },
	{ id: 'mentoring', name: 'Mentoring' },
	{ id: 'writing', name: 'Technical writing' },
];
const entries = [
	{ date: '2026-11-20', competencies: ['design'] },
	{ date: '2026-11-02', competencies: ['design', 'writing'] },
	{ date: '2026-09-14', competencies: ['design', 'retired'] },
	{ date: '2026-09-30', competencies: ['writing'] },
];

describe('evidence coverage', () => {
	const rows = evidenceCoverage(entries, competencies, '2026-11-30', 6);

	it('counts entries, the latest date and the distinct months per competency of the level, in ladder order', () => {
		expect(rows.map(({ id, entries, latest, months }) => [id, entries, latest, months])).toEqual([
			['design', 3, '2026-11-20', 2],
			['mentoring', 0, null, 0],
			['writing', 2, '2026-11-02', 2],
		]);
	});

	it('nudges a competency with no evidence, and one with none newer than the weeks the ladder allows', () => {
		expect(rows.map((r) => r.nudge)).toEqual([null, 'none', null]);
		expect(evidenceCoverage(entries, competencies, '2026-12-20', 6).map((r) => r.nudge)).toEqual([
			null,
			'none',
			'stale',
		]);
		expect(evidenceCoverage(entries, competencies, '2026-12-20', 2).map((r) => r.nudge)).toEqual([
			'stale',
			'none',
			'stale',
		]);
	});

	it('keeps evidence exactly at the limit as recent', () => {
		expect(weeksBefore('2026-12-14', 6)).toBe('2026-11-02');
		expect(evidenceCoverage(entries, competencies, '2026-12-14', 6)[2]!.nudge).toBeNull();
		expect(evidenceCoverage(entries, competencies, '2026-12-15', 6)[2]!.nudge).toBe('stale');
	});

	it('gives counts and dates, never a share that could read as complete', () => {
		expect(Object.keys(rows[0]!).sort()).toEqual(['entries', 'id', 'latest', 'months', 'name', 'nudge']);
	});
});
