import { describe, expect, it } from 'vitest';
import { loadBuilder } from '../../../tests/support/builders';
import { readValues, variantOf } from '../builders/model';
import {
	assembleAgenda,
	goalCompetencies,
	maxQuestions,
	minQuestions,
	pickQuestions,
	type AgendaInput,
	type AgendaQuestion,
} from './assemble';

const t = {
	'agenda.source': '{{sources}}, {{date}}',
	'agenda.fromPlan': 'plan "{{name}}"',
	'agenda.fromLog': 'evidence log',
	'agenda.fromLast': 'agenda "{{name}}"',
	'agenda.fromMentor': "{{name}}'s view of {{date}}",
	'agenda.entry': '{{date}}: {{text}}',
};
const format = { day: (d: string) => `day ${d.slice(0, 10)}`, list: (n: string[]) => n.join(' + ') };

// Another team's ladder and bank, so the tests hold for any content.
const competencies = [
	{ id: 'shipping', name: 'Shipping well' },
	{ id: 'pairing', name: 'Pairing' },
	{ id: 'hiring', name: 'Hiring' },
];
const q = (id: string, ...tags: string[]): AgendaQuestion => ({
	id,
	text: `Question ${id}?`,
	competencies: tags,
});
const questions = [
	q('general-1'),
	q('ship-1', 'shipping'),
	q('pair-1', 'pairing'),
	q('ship-2', 'shipping'),
	q('general-2'),
	q('ship-3', 'shipping', 'pairing'),
	q('pair-2', 'pairing'),
	q('hire-1', 'hiring'),
	q('general-3'),
];
const plan = {
	name: 'Plan 2',
	updated: '2026-05-01T09:00:00.000Z',
	values: {
		name: 'Sam',
		mentor: 'Priya',
		goals: [
			{ behavior: 'Shipping well: Ships behind flags', milestone: '' },
			{ behavior: 'Pair on one review a week', target: 'Pairing, twice a week' },
		],
	},
};
const base: AgendaInput = { log: [], questions, competencies, today: '2026-05-20' };
const texts = (value: unknown) => String(value).split('\n');

describe('goalCompetencies', () => {
	it('finds the competencies a goal names, by name or id, ignoring case, in ladder order', () => {
		expect(goalCompetencies({ behavior: 'pairing and SHIPPING WELL' }, competencies)).toEqual([
			'shipping',
			'pairing',
		]);
		expect(goalCompetencies({ behavior: 'Write more' }, competencies)).toEqual([]);
	});
});

describe('pickQuestions', () => {
	it('takes one question per competency in turn, in bank order', () => {
		expect(pickQuestions(questions, ['shipping', 'pairing'], 4).map((x) => x.id)).toEqual([
			'ship-1',
			'pair-1',
			'ship-2',
			'ship-3',
		]);
	});

	it('leaves out the questions the last agenda offered while others remain', () => {
		const offered = ['Question ship-1?', 'Question pair-1?'];
		expect(pickQuestions(questions, ['shipping', 'pairing'], 4, offered).map((x) => x.id)).toEqual([
			'ship-2',
			'ship-3',
			'pair-2',
			'ship-1',
		]);
	});

	it('makes up the count with untagged questions when too few are tagged', () => {
		expect(pickQuestions(questions, ['hiring'], 3).map((x) => x.id)).toEqual([
			'hire-1',
			'general-1',
			'general-2',
		]);
		expect(pickQuestions(questions, [], 3).map((x) => x.id)).toEqual(['general-1', 'general-2', 'general-3']);
	});
});

describe('assembleAgenda', () => {
	it('says there is nothing to draft from when nothing is saved', () => {
		expect(assembleAgenda(t, base, format)).toBeNull();
		expect(assembleAgenda(t, { ...base, plan: { ...plan, values: { goals: [] } } }, format)).toBeNull();
	});

	it('lists the plan’s goals and offers questions tagged with their competencies, between three and five', () => {
		const made = assembleAgenda(t, { ...base, plan }, format)!;
		expect(texts(made.values['goals'])).toEqual([
			'Shipping well: Ships behind flags',
			'Pair on one review a week',
		]);
		expect(texts(made.values['questions'])).toEqual([
			'Question ship-1?',
			'Question pair-1?',
			'Question ship-2?',
			'Question ship-3?',
		]);
		expect(made.values['mentee']).toBe('Sam');
		expect(made.values['mentor']).toBe('Priya');
		expect(made.values['source']).toBe('plan "Plan 2", day 2026-05-20');
		const one = assembleAgenda(
			t,
			{ ...base, plan: { ...plan, values: { goals: [plan.values.goals[0]!] } } },
			format,
		)!;
		expect(texts(one.values['questions'])).toHaveLength(minQuestions);
		const many = { ...plan, values: { goals: competencies.map((c) => ({ behavior: c.name })) } };
		expect(texts(assembleAgenda(t, { ...base, plan: many }, format)!.values['questions'])).toHaveLength(
			maxQuestions,
		);
	});

	it('lists the evidence dated since the last agenda, newest first, and not what it already listed', () => {
		const log = [
			{ date: '2026-05-02', text: 'Old news', competencies: [] },
			{ date: '2026-05-10', text: 'Listed last time', competencies: [] },
			{ date: '2026-05-12', text: 'Ran the go/no-go', competencies: ['shipping'] },
			{ date: '2026-05-15', text: 'Paired with Lena', competencies: ['pairing'] },
		];
		const last = {
			name: 'Agenda 1',
			updated: '2026-05-10T17:00:00.000Z',
			values: { evidence: '- day 2026-05-10: Listed last time', mentee: 'Sam', mentor: 'Jo' },
		};
		const made = assembleAgenda(t, { ...base, log, last }, format)!;
		expect(texts(made.values['evidence'])).toEqual([
			'day 2026-05-15: Paired with Lena',
			'day 2026-05-12: Ran the go/no-go',
		]);
		expect(made.values['mentor']).toBe('Jo');
		expect(made.values['source']).toBe('evidence log + agenda "Agenda 1", day 2026-05-20');
		// Without a plan, the questions follow what the evidence shows.
		expect(texts(made.values['questions']).slice(0, 2)).toEqual(['Question pair-1?', 'Question ship-1?']);
	});

	it('with no earlier agenda, lists the evidence of the last four weeks', () => {
		const log = [
			{ date: '2026-04-01', text: 'Too old', competencies: [] },
			{ date: '2026-04-25', text: 'Recent', competencies: [] },
		];
		expect(assembleAgenda(t, { ...base, log }, format)!.values['evidence']).toBe('day 2026-04-25: Recent');
		expect(assembleAgenda(t, { ...base, log: [log[0]!] }, format)).toBeNull();
	});

	it('carries the last agenda’s commitments that are not marked done, open', () => {
		const last = {
			name: 'Agenda 3',
			updated: '2026-05-10T17:00:00.000Z',
			values: {
				carried: '- [x] Sam: draft the risk note by 12 May\n- [ ] Priya: ask about SRE cover by 14 May',
				commitments:
					'- [ ] Sam: lead the go/no-go on 20 May\n- [X] Priya: written notes by 21 May\nSam: book a pairing slot by 25 May',
			},
		};
		expect(texts(assembleAgenda(t, { ...base, last }, format)!.values['carried'])).toEqual([
			'[ ] Priya: ask about SRE cover by 14 May',
			'[ ] Sam: lead the go/no-go on 20 May',
			'[ ] Sam: book a pairing slot by 25 May',
		]);
	});

	it('includes a mentor’s topics, and asks about their competencies when there is no plan', () => {
		const topics = {
			from: 'Priya',
			date: '2026-05-18T10:00:00.000Z',
			lines: ['Hiring: Runs a structured interview (Sam: seen it; Priya: not yet)'],
			competencies: ['hiring'],
		};
		const made = assembleAgenda(t, { ...base, topics }, format)!;
		expect(made.values['topics']).toBe(topics.lines[0]);
		expect(texts(made.values['questions'])[0]).toBe('Question hire-1?');
		expect(made.values['source']).toBe("Priya's view of day 2026-05-18, day 2026-05-20");
	});

	it('fills only fields the agenda builder has, within their limits', () => {
		const variant = variantOf(loadBuilder('one-on-one-agenda'), 'agenda');
		const long = 'x'.repeat(400);
		const made = assembleAgenda(
			t,
			{
				...base,
				plan: { ...plan, name: long, values: { ...plan.values, name: long, goals: [{ behavior: long }] } },
				log: Array.from({ length: 30 }, (_, i) => ({
					date: '2026-05-19',
					text: `${i} ${long}`,
					competencies: [],
				})),
			},
			format,
		)!;
		expect(() => readValues(variant, made.values, true)).not.toThrow();
	});
});
