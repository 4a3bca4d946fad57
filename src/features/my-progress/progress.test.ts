import { describe, expect, it } from 'vitest';
import { items, meta, tick } from '../../../tests/support/checklist-state';
import { nextState } from '../checklist/state';
import { detailText, introText, summarise } from './progress';
import { importSummary } from './import-summary';
import type { MyProgressWords } from './words';

const words = {
	'checklist.of': '{{done}} of {{total}}',
	'myProgress.none': 'You have not ticked any checklist in this browser yet.',
	'myProgress.startedOne': 'You have started one checklist in this browser.',
	'myProgress.startedOther': 'You have started {{count}} checklists in this browser.',
	'myProgress.ticked': '{{count}} ticked.',
	'myProgress.tickedOnPage': '{{count}} ticked, on {{page}}.',
	'myProgress.archived': '{{count}} more from an earlier version of the checklist, kept until you reset it.',
	'myProgress.restored': 'Restored {{what}} from {{file}}.',
	'myProgress.both': '{{first}} and {{second}}',
	'myProgress.checklistsOne': '{{count}} checklist',
	'myProgress.checklistsOther': '{{count}} checklists',
	'myProgress.othersOne': '{{count}} other saved item',
	'myProgress.othersOther': '{{count}} other saved items',
	'myProgress.keptAside':
		'What you had before for {{count}} of them is kept aside and included in your next export.',
} as MyProgressWords;

describe('summarise', () => {
	it('gives "My progress" the title, link and count, leaving archived ticks out of the count', () => {
		const state = nextState(tick(tick(null, 'design'), 'questions'), meta, items.slice(0, 2));
		expect(summarise(state)).toEqual({ ...meta, done: 1, total: 2, archived: 1 });
	});
});

describe('detailText', () => {
	const summary = { ...meta, done: 2, total: 7, archived: 0 };

	it('says how many are ticked and on which page', () => {
		expect(detailText(words, summary)).toBe('2 of 7 ticked, on Pitfalls.');
	});

	it('leaves the page out when the checklist is named after it', () => {
		expect(detailText(words, { ...summary, page: 'Weekly check' })).toBe('2 of 7 ticked.');
	});

	it('counts ticks kept from an earlier version of the checklist apart', () => {
		expect(detailText(words, { ...summary, archived: 1 })).toBe(
			'2 of 7 ticked, on Pitfalls. 1 more from an earlier version of the checklist, kept until you reset it.',
		);
	});
});

describe('introText', () => {
	it('says how many checklists the reader has started, or that there is none yet', () => {
		expect(introText(words, 0)).toBe('You have not ticked any checklist in this browser yet.');
		expect(introText(words, 1)).toBe('You have started one checklist in this browser.');
		expect(introText(words, 3)).toBe('You have started 3 checklists in this browser.');
	});
});

describe('importSummary', () => {
	it('counts the checklists and other saved items restored, and says what was kept aside', () => {
		expect(
			importSummary(
				words,
				{ restored: ['checklist:a', 'checklist:b', 'builder:brief:1'], replaced: ['checklist:a'] },
				'all.json',
			),
		).toBe(
			'Restored 2 checklists and 1 other saved item from all.json. What you had before for 1 of them is kept aside and included in your next export.',
		);
		expect(importSummary(words, { restored: ['checklist:a'], replaced: [] }, 'a.json')).toBe(
			'Restored 1 checklist from a.json.',
		);
		expect(importSummary(words, { restored: ['builder:a', 'builder:b'], replaced: [] }, 'b.json')).toBe(
			'Restored 2 other saved items from b.json.',
		);
	});
});
