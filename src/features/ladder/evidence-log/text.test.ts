import { describe, expect, it } from 'vitest';
import { behaviorText, log } from '../../../../tests/support/evidence-log';
import { englishWords } from '../../../../tests/support/words';
import { coverageCells, coverageNudge, deleteLabel, entryParts, tagLine } from './text';
import { evidenceWords } from './words';

const t = englishWords(evidenceWords);
const names = {
	competency: (id: string) => ({ shipping: 'Shipping', pairing: 'Pairing' })[id],
	behavior: behaviorText,
};

describe('what the log shows under an entry', () => {
	it('names its competencies, then each behavior it shows', () => {
		const [, rollback, flags] = log.entries;
		expect(tagLine(t, rollback!, names)).toBe(
			'Shipping · Shows: Writes how to roll back before each release.',
		);
		expect(tagLine(t, flags!, names)).toBe('Shipping, retired-skill');
	});

	it('shows only the behavior when no competency is tagged', () => {
		const entry = { ...log.entries[0]!, competencies: [], behaviors: ['gone'] };
		expect(tagLine(t, entry, names)).toBe('Shows: gone');
	});

	it('labels Delete with the start of the entry, so a screen reader says which', () => {
		const long = { ...log.entries[0]!, did: 'x'.repeat(100) };
		expect(deleteLabel(t, log.entries[0]!)).toBe('Delete: Paired with Sam on the importer.');
		expect(deleteLabel(t, long)).toBe(`Delete: ${'x'.repeat(60)}`);
	});

	it('shows the parts an entry has in the playbook’s order, and a link only when it is a web address', () => {
		const [sam, rollback] = log.entries;
		expect(entryParts(t, rollback!)).toEqual([
			{ part: 'situation', label: 'Situation', text: 'The checkout release had no way back.' },
			{ part: 'did', label: 'What I did', text: 'Wrote the rollback plan.' },
			{ part: 'result', label: 'Result', text: 'Rolled back in 4 minutes on 12 Nov.' },
			{ part: 'link', label: 'Link', text: 'https://example.com/pr/42', href: 'https://example.com/pr/42' },
		]);
		expect(entryParts(t, sam!).map((p) => `${p.label}: ${p.text}`)).toEqual([
			'What I did: Paired with Sam on the importer.',
			'Seen by: Sam',
		]);
		expect(entryParts(t, { ...sam!, link: 'javascript:alert(1)' }).at(-1)).toEqual({
			part: 'link',
			label: 'Link',
			text: 'javascript:alert(1)',
		});
	});
});

describe('the nudge beside a competency’s coverage', () => {
	const row = { id: 'x', name: 'X', entries: 0, latest: null, months: 0 };
	it('asks for evidence where there is none or none recent, and says nothing otherwise', () => {
		expect(coverageNudge(t, { ...row, nudge: 'none' }, '6')).toBe(
			'No evidence yet: log the next time you show it, or ask for work that needs it.',
		);
		expect(coverageNudge(t, { ...row, nudge: 'stale' }, '6')).toBe(
			'Nothing in the last 6 weeks: what have you done here lately?',
		);
		expect(coverageNudge(t, { ...row, nudge: null }, '6')).toBe('');
	});
});

describe('a competency’s coverage row', () => {
	it('writes the counts and the latest date the page’s way, or says there is none yet', () => {
		const none = { id: 'x', name: 'X', entries: 0, latest: null, months: 0, nudge: 'none' as const };
		expect(coverageCells(t, none, '6', 'en')).toEqual([
			'0',
			'None yet',
			'0',
			'No evidence yet: log the next time you show it, or ask for work that needs it.',
		]);
		const many = { ...none, entries: 1200, latest: '2026-11-27', months: 3, nudge: null };
		expect(coverageCells(t, many, '6', 'en')).toEqual(['1,200', 'Nov 27, 2026', '3', '']);
		expect(coverageCells(t, many, '6', 'de')[0]).toBe('1.200');
	});
});
