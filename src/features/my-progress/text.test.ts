import { describe, expect, it } from 'vitest';
import { coverageIntro, coverageNote, editedText, formatMonth } from './text';
import type { MyProgressWords } from './words';

const t = {
	'myProgress.coverageIntro': 'For {{level}}, from {{from}} to {{to}}.',
	'myProgress.edited': '{{what}}, started {{started}}, last edited {{date}}',
	'evidence.coverageNone': 'No evidence yet.',
	'evidence.coverageStale': 'Nothing in the last {{weeks}} weeks.',
} as MyProgressWords;
const row = { id: 'x', name: 'X', entries: 0, latest: null, months: 0 };

describe('what My growth says', () => {
	it('writes a month the way the page’s language does', () => {
		expect(formatMonth('2026-11', 'en')).toBe('Nov 2026');
		expect(formatMonth('2026-03', 'de')).toBe('März 2026');
	});

	it('names the level and the first and last month the chart shows', () => {
		expect(coverageIntro(t, 'Senior', ['2025-12', '2026-01', '2026-11'], 'en')).toBe(
			'For Senior, from Dec 2025 to Nov 2026.',
		);
	});

	it('nudges a competency with no evidence or only old evidence, and says nothing of a recent one', () => {
		expect(coverageNote(t, { ...row, nudge: 'none' }, '12')).toBe('No evidence yet.');
		expect(coverageNote(t, { ...row, nudge: 'stale' }, '12')).toBe('Nothing in the last 12 weeks.');
		expect(coverageNote(t, { ...row, nudge: null }, '12')).toBe('');
	});

	it('says what a draft is, when it was started and when it was last edited', () => {
		const item = {
			name: 'Q3',
			what: 'Growth plan',
			created: '2026-10-30T09:00:00.000Z',
			updated: '2026-11-02T09:00:00.000Z',
			url: '/',
		};
		expect(editedText(t, item, 'en')).toBe('Growth plan, started Oct 30, 2026, last edited Nov 2, 2026');
	});
});
