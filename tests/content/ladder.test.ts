/**
 * Rules any ladder in `content/ladder/` must meet, whoever wrote it: these tests load the
 * ladder the site ships (or a fork's own) and assert no particular id, level or page.
 */
import { describe, expect, it } from 'vitest';
import { loadLadder, readPages } from '../../src/features/ladder/load';
import { competenciesByGroup, behaviorIndex, levelPairs, pairSlug } from '../../src/features/ladder/queries';
import { reservedIds } from '../../src/features/ladder/types';
import { ladderAnchors, ladderPaths } from '../../src/features/ladder/view';

describe('the ladder in content/ladder', () => {
	const ladder = loadLadder('.');
	const pages = readPages('.');
	const behaviors = ladder.competencies.flatMap((c) => Object.values(c.levels).flatMap((l) => l.behaviors));

	it('has at least two levels, in order, each with an order of its own', () => {
		expect(ladder.levels.length).toBeGreaterThanOrEqual(2);
		const orders = ladder.levels.map((l) => l.order);
		expect(orders).toEqual([...orders].sort((a, b) => a - b));
		expect(new Set(orders).size).toBe(orders.length);
	});

	it('gives every level, group, competency and behavior an id of its own, none taken by a page heading', () => {
		const ids = [
			...ladder.levels.map((l) => l.id),
			...ladder.groups.map((g) => g.id),
			...ladder.competencies.map((c) => c.id),
			...behaviors.map((b) => b.id),
		];
		expect(new Set(ids).size).toBe(ids.length);
		expect(behaviorIndex(ladder).size).toBe(behaviors.length);
		for (const id of reservedIds) expect(ids).not.toContain(id);
	});

	it('describes every level: each has at least one competency with behaviors at it', () => {
		for (const level of ladder.levels) {
			const described = ladder.competencies.filter((c) => (c.levels[level.id]?.behaviors.length ?? 0) > 0);
			expect(described.length, level.id).toBeGreaterThan(0);
		}
	});

	it('describes every competency at one level at least, with a summary, behaviors, evidence and practice', () => {
		for (const competency of ladder.competencies) {
			expect(Object.keys(competency.levels).length, competency.id).toBeGreaterThan(0);
			for (const [levelId, level] of Object.entries(competency.levels)) {
				const where = `${competency.id} at ${levelId}`;
				expect(ladder.levels.map((l) => l.id), where).toContain(levelId);
				expect(level.summary.trim(), where).not.toBe('');
				expect(level.behaviors.length, where).toBeGreaterThan(0);
				expect(level.evidence.trim(), where).not.toBe('');
				expect(level.practice.trim(), where).not.toBe('');
			}
		}
	});

	it('gives every competency a page of its own and one row in its group on the overview', () => {
		const generated = ladderAnchors(ladder);
		for (const c of ladder.competencies) expect(generated.has(ladderPaths.competency(c.id)), c.id).toBe(true);
		const rows = competenciesByGroup(ladder).flatMap((g) => g.competencies.map((c) => c.id));
		expect([...rows].sort()).toEqual(ladder.competencies.map((c) => c.id).sort());
	});

	it('puts at least one competency in every group, so no group on the overview is empty', () => {
		for (const { group, competencies } of competenciesByGroup(ladder))
			expect(competencies.length, group.id).toBeGreaterThan(0);
	});

	it('names only competencies of the ladder in the pages\' skills', () => {
		const ids = new Set(ladder.competencies.map((c) => c.id));
		for (const page of pages.filter((p) => p.skills !== undefined)) {
			expect(Array.isArray(page.skills), page.file).toBe(true);
			for (const skill of page.skills as unknown[]) expect(ids.has(String(skill)), `${page.file}: ${String(skill)}`).toBe(true);
		}
	});

	it('names only pages that exist as the playbooks that train a competency', () => {
		const slugs = new Set(pages.map((p) => p.slug));
		for (const c of ladder.competencies)
			for (const level of Object.values(c.levels))
				for (const slug of level.playbooks) expect(slugs.has(slug), `${c.id}: ${slug}`).toBe(true);
	});

	it('grows a behavior only out of an earlier behavior of the same competency', () => {
		const index = behaviorIndex(ladder);
		const position = new Map(ladder.levels.map((l, i) => [l.id, i]));
		for (const b of behaviors.filter((x) => x.grows)) {
			const from = index.get(b.grows!);
			expect(from, b.id).toBeDefined();
			expect(from!.competency, b.id).toBe(b.competency);
			expect(position.get(from!.level)!, b.id).toBeLessThan(position.get(b.level)!);
		}
	});

	it('starts the self-assessment at a level below or at its target', () => {
		const position = new Map(ladder.levels.map((l, i) => [l.id, i]));
		const { current, target } = ladder.assessment;
		expect(position.has(current) && position.has(target)).toBe(true);
		expect(position.get(current)!).toBeLessThanOrEqual(position.get(target)!);
	});

	it('offers a "what changes" page for each step up the ladder', () => {
		const generated = ladderAnchors(ladder);
		const pairs = levelPairs(ladder);
		expect(pairs).toHaveLength(ladder.levels.length - 1);
		expect(new Set(pairs.map(([from, to]) => pairSlug(from, to))).size).toBe(pairs.length);
		for (const [from, to] of pairs) expect(generated.has(ladderPaths.changes(from, to))).toBe(true);
	});
});
