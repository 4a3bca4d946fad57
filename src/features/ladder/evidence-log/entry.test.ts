import { describe, expect, it } from 'vitest';
import { englishWords } from '../../../../tests/support/words';
import { addEntry, entryProblem, vaguePhrase, type EntryInput } from './entry';
import { removeEntry } from './weeks';
import { evidenceWords } from './words';

const t = englishWords(evidenceWords);

const competencyOf = (behavior: string) => (behavior.startsWith('ship-') ? 'shipping' : undefined);

describe('adding entries', () => {
	const input = (fields: Partial<EntryInput>): EntryInput => ({
		date: '2026-11-18',
		situation: '',
		did: 'Led it',
		result: '',
		witnesses: '',
		link: '',
		competencies: ['shipping'],
		...fields,
	});

	it('asks for what you did, the date, a web address as the link, and a tag before an entry can be added', () => {
		const says = (fields: Partial<EntryInput>) => {
			const problem = entryProblem(input(fields));
			return problem && t[`evidence.${problem}`];
		};
		expect(says({ did: ' ' })).toBe('Write what you did first.');
		expect(says({ date: '' })).toBe('Pick the day it happened.');
		expect(says({ link: 'javascript:alert(1)' })).toBe(
			'The link must be a web address starting with https:// (or leave it empty).',
		);
		expect(says({ competencies: [] })).toBe('Tag at least one competency it shows.');
		expect(says({ competencies: [], behavior: 'ship-x', link: 'https://example.com/pr/1' })).toBeNull();
	});

	it('keeps every part the playbook asks for, trimmed, and tags the competency of the behavior it shows', () => {
		const log = addEntry(
			{ entries: [] },
			input({
				situation: ' Checkout had no way back. ',
				did: ' Wrote the rollback plan for checkout. ',
				result: 'Rolled back in 4 minutes.',
				witnesses: 'Priya (release lead)',
				link: ' https://example.com/pr/42 ',
				competencies: ['pairing'],
				behavior: 'ship-rollback-plan',
			}),
			'e1',
			competencyOf,
		);
		expect(log.entries).toEqual([
			{
				id: 'e1',
				date: '2026-11-18',
				situation: 'Checkout had no way back.',
				did: 'Wrote the rollback plan for checkout.',
				result: 'Rolled back in 4 minutes.',
				witnesses: 'Priya (release lead)',
				link: 'https://example.com/pr/42',
				competencies: ['pairing', 'shipping'],
				behaviors: ['ship-rollback-plan'],
			},
		]);
		expect(removeEntry(log, 'e1').entries).toEqual([]);
	});

	it('nudges a vague entry: finds a phrase the site’s words list, as the reader wrote it', () => {
		const phrases = t['evidence.vaguePhrases'];
		expect(vaguePhrase('Contributed to the architecture work', phrases)).toBe('Contributed to');
		expect(vaguePhrase('I  helped   on the launch', phrases)).toBe('helped   on');
		expect(vaguePhrase('Drove the API versioning decision and wrote the memo', phrases)).toBeNull();
	});

	it('matches whole words only, in any language, and phrases with symbols as written', () => {
		expect(vaguePhrase('Unsupported browsers got a fallback', 'supported')).toBeNull();
		expect(vaguePhrase('Habe an der Migration mitgewirkt', 'mitgewirkt, beteiligt')).toBe('mitgewirkt');
		expect(vaguePhrase('Worked on (sort of) the release', 'on (sort of)')).toBe('on (sort of)');
		expect(vaguePhrase('Anything at all', ' , ')).toBeNull();
	});
});
