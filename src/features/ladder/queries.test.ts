import { describe, expect, it } from 'vitest';
import { forkFixture } from '../../../tests/support/ladder-fork';
import { loadLadder } from './load';
import { behaviorIndex, changesBetween, competenciesByGroup, levelPairs, pairSlug } from './queries';

describe('questions the pages ask of a ladder (the fork fixture)', () => {
	const ladder = loadLadder(forkFixture);

	it('keeps its own groups, in its own order, each with its competencies', () => {
		expect(competenciesByGroup(ladder).map((g) => [g.group.id, g.competencies.map((c) => c.id)])).toEqual([
			['delivery', ['shipping', 'quality']],
			['collaboration', ['pairing']],
			['community', ['hiring']],
		]);
	});

	it('lists what is new, what grows and what stays from one level to the next', () => {
		const changes = changesBetween(ladder, 'associate', 'engineer');
		const shipping = changes.find((c) => c.competency.id === 'shipping')!;
		expect(shipping.added.map((b) => b.id)).toEqual(['ship-rollback-plan']);
		expect(shipping.grown.map((g) => [g.from.id, g.behavior.id])).toEqual([
			['ship-small-changes', 'ship-behind-flags'],
		]);
		expect(shipping.kept).toEqual([]);
		const quality = changes.find((c) => c.competency.id === 'quality')!;
		expect(quality.kept.map((b) => b.id)).toEqual(['quality-tests-changes']);
		const hiring = changes.find((c) => c.competency.id === 'hiring')!;
		expect(hiring.isNew).toBe(true);
	});

	it('carries a competency the higher level does not describe as staying', () => {
		const quality = changesBetween(ladder, 'engineer', 'principal').find(
			(c) => c.competency.id === 'quality',
		)!;
		expect(quality.added).toEqual([]);
		expect(quality.kept.map((b) => b.id)).toEqual(['quality-suite-health']);
	});

	it('gives every behavior its own id across the whole ladder', () => {
		const all = ladder.competencies.flatMap((c) => Object.values(c.levels).flatMap((l) => l.behaviors));
		expect(all.length).toBeGreaterThan(0);
		expect(behaviorIndex(ladder).size).toBe(all.length);
	});

	it('offers a "what changes" page for each adjacent pair of levels', () => {
		expect(levelPairs(ladder).map(([from, to]) => pairSlug(from, to))).toEqual([
			'associate-to-engineer',
			'engineer-to-principal',
		]);
	});
});
