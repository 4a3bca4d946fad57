import { describe, expect, it } from 'vitest';
import type { Translate } from '../../build/words';
import { forkFixture, forkWith } from '../../../tests/support/ladder-fork';
import { loadLadder } from './load';
import {
	changeParts,
	changesByGroup,
	competencyHeadings,
	describedLevels,
	groupHeadings,
	grownFromLink,
	otherPagesTraining,
	replacements,
} from './page-data';
import { pageText } from './page-text';
import { changesBetween, competenciesByGroup } from './queries';

const ladder = loadLadder(forkFixture);
const competency = (id: string) => ladder.competencies.find((c) => c.id === id)!;

describe('what a ladder page shows', () => {
	it('lists each group, then its competencies, in the table of contents', () => {
		expect(groupHeadings(competenciesByGroup(ladder)).map((h) => `${h.depth} ${h.slug}`)).toEqual([
			'2 delivery',
			'3 shipping',
			'3 quality',
			'2 collaboration',
			'3 pairing',
			'2 community',
			'3 hiring',
		]);
	});

	it('leaves out a group with nothing that changes between two levels', () => {
		const groups = changesByGroup(ladder, changesBetween(ladder, 'associate', 'engineer'));
		expect(groups.map((g) => [g.group.id, g.competencies.map((c) => c.id)])).toEqual([
			['delivery', ['shipping', 'quality']],
			['collaboration', ['pairing']],
			['community', ['hiring']],
		]);
		const onlyPairing = changesBetween(ladder, 'associate', 'engineer').filter(
			(c) => c.competency.id === 'pairing',
		);
		expect(changesByGroup(ladder, onlyPairing).map((g) => g.group.id)).toEqual(['collaboration']);
	});

	it('shows a change as its new, grown and kept behaviors, leaving out empty parts, and says what a grown one grew from', () => {
		const shipping = changesBetween(ladder, 'associate', 'engineer').find(
			(c) => c.competency.id === 'shipping',
		)!;
		const parts = changeParts(shipping);
		expect(parts.map((p) => [p.anchor, p.behaviors.map((b) => b.id)])).toEqual([
			['new', ['ship-rollback-plan']],
			['grows', ['ship-behind-flags']],
		]);
		const from = parts[1]!.from.get('ship-behind-flags')!;
		expect([from.behavior.id, from.level.id]).toEqual(['ship-small-changes', 'associate']);
		expect(parts[0]!.from.size).toBe(0);
	});

	it('heads a competency page with the levels it describes, then the suggestion heading in the site language', () => {
		expect(describedLevels(ladder, competency('hiring')).map((l) => l.id)).toEqual(['engineer', 'principal']);
		expect(competencyHeadings(ladder, competency('hiring'), 'Änderung vorschlagen')).toEqual([
			{ depth: 2, slug: 'engineer', text: 'Engineer' },
			{ depth: 2, slug: 'principal', text: 'Principal' },
			{ depth: 2, slug: 'suggest-a-change', text: 'Änderung vorschlagen' },
		]);
	});

	it('says which earlier behavior a behavior grows from, and links to it on the page', () => {
		const t = ((key: string) =>
			key === 'ladder.grewFromBehavior' ? '{{level}} — {{behavior}}' : key) as Translate;
		t.exists = () => true;
		const link = grownFromLink(ladder, pageText(t, 'en'));
		const shipping = competency('shipping');
		const grown = shipping.levels['engineer']!.behaviors.find((b) => b.grows === 'ship-small-changes')!;
		expect(link(grown)).toEqual({
			text: `Associate — ${shipping.levels['associate']!.behaviors[0]!.text}`,
			href: '#ship-small-changes',
		});
		expect(link(shipping.levels['associate']!.behaviors[0]!)).toBeUndefined();
	});

	it('lists the other pages that say they train a competency, not those the ladder already names', () => {
		const pages = [
			{ id: 'guides/pairing', data: { skills: ['pairing'] } },
			{ id: 'guides/mob', data: { skills: ['pairing', 'quality'] } },
			{ id: 'guides/abc', data: { skills: ['pairing'] } },
			{ id: 'index', data: {} },
		];
		expect(otherPagesTraining(pages, competency('pairing'))).toEqual(['guides/abc', 'guides/mob']);
		expect(otherPagesTraining(pages, competency('hiring'))).toEqual([]);
	});
});

describe('the renames and merges the versions page lists', () => {
	it('names each retired id with what replaces it now and where it is', () => {
		const renamed = loadLadder(
			forkWith({
				'content/ladder/competencies/shipping.yaml': (t) =>
					t
						.replace('summary: Getting', 'replaces: [delivery-speed]\nsummary: Getting')
						.replace(
							'        text: Writes how',
							'        replaces: [rollback-first, rollback-docs]\n        text: Writes how',
						),
			}),
		);
		expect(replacements(renamed)).toEqual([
			{
				kind: 'competency',
				old: ['delivery-speed'],
				name: 'Shipping',
				path: '/ladder/competencies/shipping/',
			},
			{
				kind: 'behavior',
				old: ['rollback-first', 'rollback-docs'],
				name: 'Writes how to roll back before each release.',
				path: '/ladder/competencies/shipping/#ship-rollback-plan',
			},
		]);
	});

	it('is empty for a ladder that renamed nothing', () => {
		expect(replacements(ladder)).toEqual([]);
	});
});
