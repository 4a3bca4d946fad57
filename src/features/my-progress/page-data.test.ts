import { describe, expect, it } from 'vitest';
import { forkFixture } from '../../../tests/support/ladder-fork';
import { loadLadder } from '../ladder/load';
import { builderInfos, growthLadder } from './page-data';

const ladder = loadLadder(forkFixture);

describe('what My growth renders for its island', () => {
	it('gives every level the competencies it describes, and every behavior its level, from any ladder', () => {
		const data = growthLadder(ladder);
		expect(data.levels.map((l) => l.id)).toEqual(ladder.levels.map((l) => l.id));
		for (const level of data.levels)
			expect(level.competencies).toEqual(
				ladder.competencies.filter((c) => c.levels[level.id]).map((c) => c.id),
			);
		const behaviors = ladder.competencies.flatMap((c) =>
			Object.entries(c.levels).flatMap(([level, at]) => at.behaviors.map((b) => `${c.id} ${level} ${b.id}`)),
		);
		expect(
			data.competencies.flatMap((c) => c.items.map((i) => `${i.competency} ${i.level} ${i.id}`)),
		).toEqual(behaviors);
		expect([data.current, data.target, data.staleAfterWeeks]).toEqual([
			ladder.assessment.current,
			ladder.assessment.target,
			ladder.evidence.staleAfterWeeks,
		]);
	});

	const pages = [
		{ id: 'tools/agenda', body: '<Builder kind="agenda" />' },
		{ id: 'playbooks/plan', body: 'Text.\n\n<Builder kind="growth-plan" variant="plan" />' },
	];
	const builder = (id: string, ...labels: string[]) => ({
		id,
		data: { variants: labels.map((label, i) => ({ id: `v${i}`, label })) },
	});

	it('lists growth plans first, then the other builders a page holds, linked at the builder under the base path', () => {
		const infos = builderInfos(
			[builder('agenda', '1:1 agenda'), builder('unplaced', 'Nowhere'), builder('growth-plan', 'Plan')],
			pages,
			'/our-site/',
		);
		expect(infos).toEqual([
			{
				kind: 'growth-plan',
				url: '/our-site/playbooks/plan/#tb-growth-plan-title',
				variants: { v0: 'Plan' },
				all: true,
			},
			{
				kind: 'agenda',
				url: '/our-site/tools/agenda/#tb-agenda-title',
				variants: { v0: '1:1 agenda' },
				all: false,
			},
		]);
	});
});
