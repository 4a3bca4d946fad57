import fc from 'fast-check';
import { describe } from 'vitest';
import { codecLaws, readsSavedToday } from '../../../tests/support/codec-laws';
import { checklistCodec, type ChecklistState, type Tick } from './state';

const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 40);
const tick: fc.Arbitrary<Tick> = fc.record(
	{ text: fc.string(), hash: fc.string({ maxLength: 12 }), archived: fc.constant(true as const) },
	{ requiredKeys: ['text', 'hash'] },
);

/** Any state the checklist island saves: a path on this site, a count, ticks by item id. */
const state: fc.Arbitrary<ChecklistState> = fc.record({
	title: fc.string(),
	page: fc.string(),
	url: fc.string().map((tail) => `/${tail.replace(/[\s\\]/g, '').replace(/^\/+/, '')}`),
	total: fc.nat(),
	ticks: fc.dictionary(id, tick, { maxKeys: 12 }),
});

describe('saved checklists, for any input', () => {
	codecLaws(checklistCodec, state, 'checklist:pitfalls');
});

describe('a checklist saved by the site today (version 1)', () => {
	// Exactly what the island writes today (`threshold:v1:checklist:<id>`).
	const raw =
		'{"v":1,"savedAt":"2026-11-30T09:12:44.120Z","data":{"title":"Pitfalls","page":"Pitfalls of the jump",' +
		'"url":"/playbooks/pitfalls/","total":7,"ticks":{"written-design":{"text":"I write the design down.",' +
		'"hash":"1x2y3z"},"gone-item":{"text":"An item since removed","hash":"9a8b","archived":true}}}}';
	readsSavedToday(
		checklistCodec,
		'checklist:pitfalls',
		raw,
		'is read on the next visit with every tick and its wording',
	);
});
