import { describe, expect, it } from 'vitest';
import type { Draft } from './drafts';
import { checksState, draftMenu, newestFirst } from './view';

const draft = (name: string, updated: string): Draft => ({
	name,
	variant: 'brief',
	values: {},
	created: updated,
	updated,
});

describe('the drafts menu', () => {
	const saved: [string, Draft][] = [
		['a', draft('Brief 1', '2026-01-01T00:00:00.000Z')],
		['c', draft('Brief 3', '2026-03-01T00:00:00.000Z')],
		['b', draft('Brief 2', '2026-02-01T00:00:00.000Z')],
	];

	it('lists saved drafts newest first', () => {
		expect(newestFirst(saved).map(([id]) => id)).toEqual(['c', 'b', 'a']);
	});

	it('shows the open draft first, under its current name, then the others newest first', () => {
		expect(draftMenu(saved, 'b', draft('Renamed', ''))).toEqual([
			['b', 'Renamed'],
			['c', 'Brief 3'],
			['a', 'Brief 1'],
		]);
	});

	it('lists a new draft that is not saved yet above the saved ones', () => {
		expect(draftMenu(saved, 'new', draft('Brief 4', '')).map(([, name]) => name)).toEqual([
			'Brief 4',
			'Brief 3',
			'Brief 2',
			'Brief 1',
		]);
	});
});

describe('the checks', () => {
	it('invite the reader to write while nothing is written, then list warnings or say there are none', () => {
		expect(checksState(true, [])).toBe('blank');
		expect(checksState(false, ['There are no success criteria.'])).toBe('some');
		expect(checksState(false, [])).toBe('none');
	});
});
