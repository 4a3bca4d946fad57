import { describe, expect, it } from 'vitest';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import { assessmentResults } from './assessment';
import { emptyAssessment, hasGap } from './marks';
import { competenciesFrom, gapPlaybooks, playbooksFor, type PlaybookLink } from './page';

const link = (competency: string, level: string, slug: string): PlaybookLink => ({
	competency,
	level,
	slug,
	title: slug.replace('guides/', ''),
	path: `/${slug}/`,
});
const links = [
	link('shipping', 'associate', 'guides/small-changes'),
	link('shipping', 'engineer', 'guides/flags'),
	link('shipping', 'engineer', 'guides/pairing'),
	link('shipping', 'principal', 'guides/flags'),
	link('hiring', 'principal', 'guides/pairing'),
];

describe('reading the ladder from the self-assessment page', () => {
	it('groups the behaviors the page lists under their competencies, in page order', () => {
		const rows = competencies.flatMap((c) => c.items.map((item) => ({ ...item, name: c.name })));
		expect(competenciesFrom(rows)).toEqual(competencies);
	});

	it('suggests each playbook once, only from the levels being assessed', () => {
		const scope = new Set(['engineer', 'principal']);
		expect(playbooksFor(links, 'shipping', scope).map((l) => l.slug)).toEqual([
			'guides/flags',
			'guides/pairing',
		]);
		expect(playbooksFor(links, 'hiring', new Set(['engineer']))).toEqual([]);
	});

	it('lists the playbooks for the gaps, the one training the most of them first, with the page’s link', () => {
		const scope = new Set(['engineer', 'principal']);
		const gaps = assessmentResults(competencies, levels, emptyAssessment('associate', 'principal')).filter(
			hasGap,
		);
		expect(gapPlaybooks(gaps, links, scope).map((g) => [g.link.path, g.competencies])).toEqual([
			['/guides/pairing/', ['Shipping', 'Hiring']],
			['/guides/flags/', ['Shipping']],
		]);
	});
});
