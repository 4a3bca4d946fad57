import { describe, expect, it } from 'vitest';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import { emptyAssessment, setMark } from './marks';
import { caseFromData, type CaseEvidence, type CaseWords } from './case';

const t: CaseWords = {
	'assessment.caseSource': 'Self-assessment and evidence log, {{date}}',
	'assessment.caseShown': '{{behavior}} {{evidence}}',
	'assessment.caseUnsupported': '{{behavior}} (ticked, no evidence)',
	'assessment.caseEntry': '{{date}}: {{text}}',
	'assessment.caseClose': 'What would close {{competency}}?',
	'assessment.caseForward':
		'Would {{competencies}} be enough to put me forward, and what else could block it?',
	'assessment.caseForwardReady': 'Is this enough to put me forward, and what else could block it?',
};
const format = { day: (d: string) => `day ${d}`, list: (names: string[]) => names.join(' and ') };
const entry = (date: string, text: string, tags: Partial<CaseEvidence> = {}): CaseEvidence => ({
	date,
	text,
	competencies: [],
	behaviors: [],
	...tags,
});
type Section = Record<string, string>;

describe('a promotion case drafted from the assessment and the evidence log', () => {
	let state = emptyAssessment('associate', 'engineer');
	state = setMark(state, 'ship-flags', { shown: true, evidence: '(Checkout, March)' });
	const log = [
		entry('2026-03-02', 'Rolled back the payments deploy in four minutes', { behaviors: ['ship-rollback'] }),
		entry('2026-05-11', 'Shipped search behind a flag', { competencies: ['shipping'] }),
		entry('2026-04-06', 'Interviewed two candidates', { competencies: ['hiring'] }),
	];
	const drafted = caseFromData(t, competencies, levels, state, log, format, '30 Nov 2026');
	const sections = drafted.values['competencies'] as Section[];

	it('names the level aimed for and where the case came from', () => {
		expect(drafted.values['target']).toBe('Engineer');
		expect(drafted.values['source']).toBe('Self-assessment and evidence log, 30 Nov 2026');
	});

	it('has a section for each competency of the target level only', () => {
		expect(sections.map((s) => s['competency'])).toEqual(['Shipping']);
	});

	it('lists the behaviors shown with their evidence, then the log entries for the competency, newest first and dated', () => {
		expect(sections[0]!['evidence']).toBe(
			[
				'Releases behind a flag. (Checkout, March)',
				'day 2026-05-11: Shipped search behind a flag',
				'day 2026-03-02: Rolled back the payments deploy in four minutes',
			].join('\n'),
		);
	});

	it('lists the behaviors not shown yet as gaps, and a tick without evidence as one too', () => {
		expect(sections[0]!['gaps']).toBe('Writes the rollback plan [first].');
		const ticked = setMark(state, 'ship-rollback', { shown: true });
		const again = caseFromData(t, competencies, levels, ticked, [], format, '');
		expect((again.values['competencies'] as Section[])[0]!['gaps']).toBe(
			'Writes the rollback plan [first]. (ticked, no evidence)',
		);
	});

	it('asks the manager what would close each gap, and whether closing them would be enough', () => {
		expect(drafted.values['questions']).toBe(
			'What would close Shipping?\nWould Shipping be enough to put me forward, and what else could block it?',
		);
	});

	it('asks about the three competencies closest to closed, fewest gaps first', () => {
		const many = [3, 1, 2, 1].map((gaps, i) => ({
			id: `c${i}`,
			name: `C${i}`,
			items: Array.from({ length: gaps }, (_, j) => ({
				id: `c${i}-${j}`,
				competency: `c${i}`,
				level: 'engineer',
				text: 'x',
			})),
		}));
		const asked = caseFromData(t, many, levels, emptyAssessment('associate', 'engineer'), [], format, '');
		expect(asked.values['questions']).toBe(
			[
				'What would close C1?',
				'What would close C3?',
				'What would close C2?',
				'Would C1 and C3 be enough to put me forward, and what else could block it?',
			].join('\n'),
		);
	});

	it('asks only whether the evidence is enough when nothing is missing', () => {
		const done = setMark(state, 'ship-rollback', { shown: true, evidence: 'Runbook, May' });
		expect(caseFromData(t, competencies, levels, done, [], format, '').values['questions']).toBe(
			'Is this enough to put me forward, and what else could block it?',
		);
	});

	it('keeps whole lines within what the builder holds when the log is long', () => {
		const long = Array.from({ length: 40 }, (_, i) =>
			entry('2026-01-05', `${i} ${'x'.repeat(300)}`, { competencies: ['shipping'] }),
		);
		const evidence = (
			caseFromData(t, competencies, levels, state, long, format, '').values['competencies'] as Section[]
		)[0]!['evidence']!;
		expect(evidence.length).toBeLessThanOrEqual(5000);
		expect(evidence.split('\n').every((l) => l.endsWith('x') || l.endsWith(')'))).toBe(true);
	});
});
