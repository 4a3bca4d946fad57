import { describe, expect, it } from 'vitest';
import { log } from '../../../../tests/support/evidence-log';
import { englishWords } from '../../../../tests/support/words';
import {
	addEntry,
	entriesByWeek,
	entryProblem,
	evidenceCodec,
	mondayOf,
	removeEntry,
	vaguePhrase,
	type EntryInput,
} from './log';
import { evidenceWords } from './words';

const t = englishWords(evidenceWords);

const competencyOf = (behavior: string) => (behavior.startsWith('ship-') ? 'shipping' : undefined);
describe('weeks', () => {
	it('files an entry under the Monday of its week', () => {
		expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
		expect(mondayOf('2026-11-16')).toBe('2026-11-16');
		expect(mondayOf('2026-11-18')).toBe('2026-11-16');
		expect(() => mondayOf('last week')).toThrow('"last week" is not a date.');
	});
});

describe('adding entries', () => {
	it('asks for the text, the week and a tag before an entry can be added', () => {
		const says = (input: EntryInput) => {
			const problem = entryProblem(input);
			return problem && t[`evidence.${problem}`];
		};
		expect(says({ week: '2026-11-18', text: ' ', competencies: ['shipping'] })).toBe(
			'Write what you did first.',
		);
		expect(says({ week: '', text: 'Led it', competencies: ['shipping'] })).toBe('Pick the week it happened.');
		expect(says({ week: '2026-11-18', text: 'Led it', competencies: [] })).toBe(
			'Tag at least one competency it shows.',
		);
		expect(says({ week: '2026-11-18', text: 'Led it', competencies: [], behavior: 'ship-x' })).toBeNull();
	});

	it('tags the competency of the behavior an entry shows', () => {
		const log = addEntry(
			{ entries: [] },
			{
				week: '2026-11-18',
				text: ' Wrote the rollback plan for checkout. ',
				competencies: ['pairing'],
				behavior: 'ship-rollback-plan',
			},
			'e1',
			competencyOf,
		);
		expect(log.entries).toEqual([
			{
				id: 'e1',
				week: '2026-11-16',
				text: 'Wrote the rollback plan for checkout.',
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

describe('the log', () => {
	it('shows entries by week, newest week first', () => {
		expect(entriesByWeek(log).map((w) => [w.week, w.entries.map((e) => e.id)])).toEqual([
			['2026-11-16', ['c', 'a']],
			['2026-11-09', ['b']],
		]);
	});

	it('rejects a saved log of the wrong shape', () => {
		expect(() =>
			evidenceCodec.parse({
				entries: [{ id: 'x', week: 'monday', text: 'y', competencies: [], behaviors: [] }],
			}),
		).toThrow('entry 1 needs an id, a week (YYYY-MM-DD) and text');
		expect(evidenceCodec.parse(log)).toEqual(log);
	});
});
