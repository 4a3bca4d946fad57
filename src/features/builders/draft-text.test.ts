import { describe, expect, it } from 'vitest';
import { englishWords } from '../../../tests/support/words';
import { kitWords } from '../../kit/words';
import { builderWords } from './words';
import { nextDraftName, notSavedText, unreadableText } from './draft-text';
import type { BuilderText } from './view';

const t: BuilderText = englishWords([...kitWords, ...builderWords]);

describe('a new draft', () => {
	it('names a new draft after the builder, numbered after those already saved', () => {
		expect(nextDraftName(t, 'Plan', 0, 'en')).toBe('Plan 1');
		expect(nextDraftName(t, 'Plan', 2, 'en')).toBe('Plan 3');
		expect(
			nextDraftName({ ...t, 'builder.draftNumbered': 'Entwurf {{number}} ({{name}})' }, 'Plan', 0, 'de'),
		).toBe('Entwurf 1 (Plan)');
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
