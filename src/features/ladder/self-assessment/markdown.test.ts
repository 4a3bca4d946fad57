import { describe, expect, it } from 'vitest';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import { englishWords } from '../../../../tests/support/words';
import { emptyAssessment, setMark } from './marks';
import { assessmentMarkdown } from './markdown';
import { assessmentWords } from './words';

const context = {
	siteName: 'Acme Growth Framework',
	levels,
	competencies,
	playbooks: { shipping: [{ title: 'Pairing guide', url: 'https://acme.example.com/guides/pairing/' }] },
	date: new Date('2026-11-22T10:00:00Z'),
	t: englishWords(assessmentWords),
	lang: 'en',
};

describe('the Markdown export', () => {
	it('lists each behavior with its tick and evidence, then the gaps and what trains them', () => {
		let state = emptyAssessment('associate', 'engineer');
		state = setMark(state, 'ship-flags', { shown: true, evidence: 'Checkout launch *behind* a flag' });
		expect(assessmentMarkdown(state, context)).toBe(
			[
				'# Self-assessment: Associate → Engineer',
				'',
				'Acme Growth Framework, 2026-11-22.',
				'',
				'## Shipping',
				'',
				'1 of 2 shown with evidence, 1 not yet.',
				'',
				'- [x] Releases behind a flag. Evidence: Checkout launch \\*behind\\* a flag',
				'- [ ] Writes the rollback plan \\[first\\].',
				'',
				'## Gaps and what trains them',
				'',
				'- **Shipping**: 1 of 2 shown with evidence, 1 not yet. Train it with: [Pairing guide](https://acme.example.com/guides/pairing/).',
				'',
			].join('\n'),
		);
	});

	it('names one level when confirming it, marks a tick without evidence, and says when there are no gaps', () => {
		let state = emptyAssessment('principal', 'principal');
		state = setMark(state, 'ship-platform', { shown: true });
		state = setMark(state, 'hire-design', { shown: true, evidence: 'Loop v2' });
		const markdown = assessmentMarkdown(state, context);
		expect(markdown).toMatch(/^# Self-assessment: Principal\n/);
		expect(markdown).toContain('- [x] Builds release tooling. (no evidence yet)\n');
		const done = setMark(state, 'ship-platform', { evidence: 'Release bot' });
		expect(assessmentMarkdown(done, context)).toContain(
			'## Gaps and what trains them\n\nNo gaps: every behavior in scope is shown, with evidence.\n',
		);
	});

	it('marks a behavior that does not apply with its reason, lists it apart, and never as a gap', () => {
		let state = emptyAssessment('associate', 'principal');
		state = setMark(state, 'hire-design', { notApplicable: true, reason: 'No *hiring* in my role' });
		state = setMark(state, 'ship-rollback', { notApplicable: true });
		const markdown = assessmentMarkdown(state, context);
		expect(markdown).toContain(
			'- [-] Designs the interview loop. (does not apply to my role: No \\*hiring\\* in my role)\n',
		);
		const gaps = markdown.slice(markdown.indexOf('## Gaps'), markdown.indexOf('## Not counted'));
		expect(gaps).not.toContain('Hiring');
		expect(markdown).toContain(
			[
				'## Not counted: does not apply to my role',
				'',
				'These behaviors are not counted as gaps, for the reasons given.',
				'',
				'- **Shipping**: Writes the rollback plan \\[first\\]. (does not apply to my role: no reason given)',
				'- **Hiring**: Designs the interview loop. (does not apply to my role: No \\*hiring\\* in my role)',
				'',
			].join('\n'),
		);
	});
});

describe('marks archived from an earlier ladder', () => {
	it('ends the export with them, by id, with what the reader had said', () => {
		const state = {
			...setMark(emptyAssessment('associate', 'engineer'), 'ship-flags', { shown: true }),
			archive: {
				marks: [
					{
						id: 'ship-gone',
						mark: { shown: true, evidence: 'Old *launch*', notApplicable: false, reason: '' },
						reason: 'removed' as const,
						ladderVersion: 2,
					},
					{
						id: 'ship-merged',
						mark: { shown: false, evidence: '', notApplicable: true, reason: '' },
						reason: 'merged' as const,
						into: 'ship-flags',
						ladderVersion: 2,
					},
				],
				tags: [],
			},
		};
		expect(assessmentMarkdown(state, context).split('## Archived from an earlier ladder\n')[1]).toBe(
			[
				'',
				'The ladder no longer has these behaviors. Your marks for them are kept here, in the export and in your backup.',
				'',
				'- ship-gone: shown. Evidence: Old \\*launch\\*',
				'- ship-merged: not shown (does not apply to my role: no reason given) (merged into ship-flags, which had a mark already)',
				'',
			].join('\n'),
		);
	});

	it('has no archive section when nothing was archived', () => {
		expect(assessmentMarkdown(emptyAssessment('associate', 'engineer'), context)).not.toContain('Archived');
	});
});
