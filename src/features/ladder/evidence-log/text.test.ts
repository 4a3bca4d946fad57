import { describe, expect, it } from 'vitest';
import { behaviorText, log } from '../../../../tests/support/evidence-log';
import { englishWords } from '../../../../tests/support/words';
import { deleteLabel, tagLine } from './text';
import { evidenceWords } from './words';

const t = englishWords(evidenceWords);
const names = {
	competency: (id: string) => ({ shipping: 'Shipping', pairing: 'Pairing' })[id],
	behavior: behaviorText,
};

describe('what the log shows under an entry', () => {
	it('names its competencies, then each behavior it shows', () => {
		const [, rollback, flags] = log.entries;
		expect(tagLine(t, rollback!, names)).toBe(
			'Shipping · Shows: Writes how to roll back before each release.',
		);
		expect(tagLine(t, flags!, names)).toBe('Shipping, retired-skill');
	});

	it('shows only the behavior when no competency is tagged', () => {
		const entry = { ...log.entries[0]!, competencies: [], behaviors: ['gone'] };
		expect(tagLine(t, entry, names)).toBe('Shows: gone');
	});

	it('labels Delete with the start of the entry, so a screen reader says which', () => {
		const long = { ...log.entries[0]!, text: 'x'.repeat(100) };
		expect(deleteLabel(t, log.entries[0]!)).toBe('Delete: Paired with Sam on the importer.');
		expect(deleteLabel(t, long)).toBe(`Delete: ${'x'.repeat(60)}`);
	});
});
