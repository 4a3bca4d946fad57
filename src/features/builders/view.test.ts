import { describe, expect, it } from 'vitest';
import { englishWords } from '../../../tests/support/words';
import { kitWords } from '../../kit/words';
import { builderWords } from './words';
import type { Draft } from './drafts';
import {
	checksState,
	draftMenu,
	newestFirst,
	nextDraftName,
	notSavedText,
	unreadableText,
	type BuilderText,
} from './view';

const t: BuilderText = englishWords([...kitWords, ...builderWords]);
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

	it('names a new draft after the builder, numbered after those already saved', () => {
		expect(nextDraftName(t, 'Plan', 0, 'en')).toBe('Plan 1');
		expect(nextDraftName(t, 'Plan', 2, 'en')).toBe('Plan 3');
		expect(
			nextDraftName({ ...t, 'builder.draftNumbered': 'Entwurf {{number}} ({{name}})' }, 'Plan', 0, 'de'),
		).toBe('Entwurf 1 (Plan)');
	});
});

describe('the checks', () => {
	it('invite the reader to write while nothing is written, then list warnings or say there are none', () => {
		expect(checksState(true, [])).toBe('blank');
		expect(checksState(false, ['There are no success criteria.'])).toBe('some');
		expect(checksState(false, [])).toBe('none');
	});
});

describe('what the builder says', () => {
	it('says why a draft is not being kept, in the kit’s words for the storage problem', () => {
		expect(notSavedText(t, 'unavailable')).toBe(
			'Not saved: this browser is not keeping data for this site. Copy or download the document before you leave.',
		);
		expect(notSavedText(t, 'refused')).toContain('its storage for this site may be full');
	});

	it('says a saved draft could not be read, why, and that it was kept', () => {
		expect(unreadableText(t, 'damaged')).toBe(
			'A saved draft could not be read (the saved copy is damaged). It was kept aside in this browser, not deleted.',
		);
	});
});
