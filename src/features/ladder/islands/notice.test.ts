import { describe, expect, it } from 'vitest';
import { ladder, mark, saved } from '../../../../tests/support/migrate-fixtures';
import { englishWords } from '../../../../tests/support/words';
import { changesSince, migrate } from '../migrate';
import { noticeText } from './notice';
import { ladderChangeWords } from './words';

const t = englishWords(ladderChangeWords);
const names = {
	behavior: (id: string) =>
		({ 'ship-flags': 'Ships behind flags.', 'ship-new': 'Writes release notes.' })[id],
	competency: (id: string) => ({ shipping: 'Shipping', hiring: 'Hiring' })[id],
};
const before = ladder(1, { 'ship-small': 'Ships small changes.', 'ship-plan': 'Plans a rollback.' }, [
	'shipping',
]);
const after = ladder(
	2,
	{
		'ship-flags': 'Ships behind flags.',
		'ship-new': 'Writes release notes.',
		'ship-plan': 'Plans rollbacks.',
	},
	['shipping', 'hiring'],
	{ behaviors: { 'ship-small': 'ship-flags' } },
);

describe('the notice after a ladder change', () => {
	it('names what is new, reworded and renamed in the current words, and what was removed by id', () => {
		const removed = ladder(2, { 'ship-flags': 'Ships behind flags.' }, ['shipping'], {
			behaviors: { 'ship-small': 'ship-flags' },
		});
		const text = noticeText(t, changesSince(saved({}, [], before), after), names);
		expect(text.version).toBe('It is now version 2; you last saw version 1.');
		expect(text.groups).toEqual([
			{ label: 'New', items: ['Hiring (competency)', 'Writes release notes.'] },
			{ label: 'Reworded', items: ['ship-plan'] },
			{
				label: 'Renamed or merged: your marks and tags followed',
				items: ['ship-small, now: Ships behind flags.'],
			},
		]);
		expect(text.archived).toBeNull();
		const gone = noticeText(t, changesSince(saved({}, [], before), removed), names);
		expect(gone.groups.at(-1)).toEqual({ label: 'Removed', items: ['ship-plan'] });
		expect(gone.archived).toContain('kept in an archive');
	});

	it('says only the version it is now for data that recorded no ladder, and what was archived', () => {
		const migrated = migrate(saved({ gone: mark('Old launch') }), after);
		const text = noticeText(t, migrated.changes, names);
		expect(text.version).toBe('It is now version 2.');
		expect(text.groups).toEqual([{ label: 'Removed', items: ['gone'] }]);
		expect(text.archived).not.toBeNull();
	});
});
