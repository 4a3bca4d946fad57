import { describe, expect, it } from 'vitest';
import { englishWords } from '../../../tests/support/words';
import { agendaMarkdown, agendaTopics, type AgendaWords } from './agenda';
import { agreementOf, compareMarks, menteeMark, toTalkAbout } from './compare';
import type { MentorCompetency } from './ladder';
import { mentorWords } from './words';

/** A competency whose behaviors (all at mid level) are given as id → text. */
const competency = (id: string, name: string, behaviors: Record<string, string>): MentorCompetency => ({
	id,
	name,
	items: Object.entries(behaviors).map(([item, text]) => ({ id: item, level: 'mid', text })),
});
const competencies = [
	competency('craft', 'Craft', { a: 'Writes tests first', b: 'Reviews with care', c: 'Splits big changes' }),
	competency('impact', 'Impact', { d: 'Ships small', e: 'Mentors others' }),
];
const mine = {
	a: { shown: true, evidence: 'PR 12' },
	c: { shown: true, evidence: '' },
	d: { shown: false, evidence: 'working on it' },
	e: { shown: false, evidence: '', notApplicable: true, reason: 'no juniors on the team' },
};
const theirs = {
	a: { kind: 'not-yet', note: 'tests came after' },
	b: { kind: 'not-yet', note: '' },
	c: { kind: 'seen', note: '' },
	d: { kind: 'seen', note: 'the export work' },
	e: { kind: 'cannot-judge', note: '' },
};

describe('the comparison', () => {
	it('reads the self-assessment marks, and a "does not apply" mark with its reason', () => {
		expect(menteeMark({ shown: true, evidence: 'PR 12' })).toEqual({ kind: 'seen', note: 'PR 12' });
		expect(menteeMark(undefined)).toEqual({ kind: 'not-yet', note: '' });
		const na = { shown: true, evidence: 'x', notApplicable: true, reason: 'no juniors' };
		expect(menteeMark(na)).toEqual({ kind: 'does-not-apply', note: 'no juniors' });
		// A reason kept after the reader unticked "does not apply" does not make it apply less.
		expect(menteeMark({ shown: false, evidence: '', notApplicable: false, reason: 'old' })).toEqual({
			kind: 'not-yet',
			note: '',
		});
	});

	it.each([
		{ mine: 'seen', theirs: 'not-yet', agreement: 'disagree' },
		{ mine: 'not-yet', theirs: 'seen', agreement: 'disagree' },
		{ mine: 'not-yet', theirs: 'not-yet', agreement: 'both-not-yet' },
		{ mine: 'seen', theirs: 'seen', agreement: 'both-seen' },
		{ mine: 'seen', theirs: 'cannot-judge', agreement: 'other' },
	] as const)('tells $mine against $theirs apart as $agreement', ({ mine, theirs, agreement }) => {
		expect(agreementOf(mine, theirs)).toBe(agreement);
	});

	it('lists disagreements first, then both not yet, then both seen, in ladder order within each', () => {
		const rows = compareMarks(competencies, mine, theirs);
		expect(rows.map((r) => [r.item.id, r.agreement])).toEqual([
			['a', 'disagree'],
			['d', 'disagree'],
			['b', 'both-not-yet'],
			['c', 'both-seen'],
			['e', 'other'],
		]);
		expect(rows[0]!.theirs.note).toBe('tests came after');
	});

	it('compares only what the mentor marked, and never changes the mentee marks', () => {
		const before = JSON.stringify(mine);
		expect(compareMarks(competencies, mine, { c: theirs.c }).map((r) => r.item.id)).toEqual(['c']);
		expect(JSON.stringify(mine)).toBe(before);
	});
});

describe('the "What to talk about" agenda', () => {
	const t = englishWords(mentorWords) as unknown as AgendaWords;
	const who = { mentee: 'Ana', mentor: 'Bo', date: '30 Nov 2026' };

	it('puts the disagreements with both notes first, then the gaps both see, under their competencies', () => {
		const md = agendaMarkdown(t, toTalkAbout(compareMarks(competencies, mine, theirs)), who);
		expect(md).toBe(
			[
				'# What to talk about: Ana and Bo, 30 Nov 2026',
				'',
				'## Where you see it differently',
				'',
				'### Craft',
				'',
				'- Writes tests first',
				'  - Ana: seen it: PR 12',
				'  - Bo: not yet: tests came after',
				'### Impact',
				'',
				'- Ships small',
				'  - Ana: not yet: working on it',
				'  - Bo: seen it: the export work',
				'',
				'## Gaps you both see',
				'',
				'### Craft',
				'',
				'- Reviews with care',
				'  - Ana: not yet',
				'  - Bo: not yet',
				'',
			].join('\n'),
		);
	});

	it('says there is nothing to settle when they agree', () => {
		const md = agendaMarkdown(t, toTalkAbout(compareMarks(competencies, mine, { c: theirs.c })), who);
		expect(md).toContain('You agree on everything your mentor marked');
	});

	it('keeps a comment on one line, so it cannot start a heading of its own', () => {
		const rows = toTalkAbout(
			compareMarks(competencies, mine, { b: { kind: 'not-yet', note: 'one\n# two' } }),
		);
		expect(agendaMarkdown(t, rows, who)).toContain('  - Bo: not yet: one # two');
	});

	it('gives the same rows as one-line topics for the 1:1 agenda builder, with both marks', () => {
		const rows = toTalkAbout(compareMarks(competencies, mine, theirs));
		expect(agendaTopics(t, rows, who)).toEqual([
			'Craft: Writes tests first (Ana: seen it; Bo: not yet)',
			'Impact: Ships small (Ana: not yet; Bo: seen it)',
			'Craft: Reviews with care (Ana: not yet; Bo: not yet)',
		]);
	});
});
