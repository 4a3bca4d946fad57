import { describe, expect, it } from 'vitest';
import { behaviorText, competencies, log } from '../../../../tests/support/evidence-log';
import { englishWords } from '../../../../tests/support/words';
import { evidenceMarkdown } from './markdown';
import { evidenceWords } from './words';

const context = {
	siteName: 'Acme Growth Framework',
	competencies,
	behaviorText,
	date: new Date('2026-11-22T10:00:00Z'),
	t: englishWords(evidenceWords),
};

describe('the Markdown export of the log', () => {
	it('exports Markdown grouped by competency, oldest first, each entry with its parts, keeping tags the ladder no longer has', () => {
		expect(evidenceMarkdown(log, context)).toBe(
			[
				'# Evidence log',
				'',
				'Acme Growth Framework, 2026-11-22.',
				'',
				'## Shipping',
				'',
				'- 2026-11-10: Wrote the rollback plan. (shows: Writes how to roll back before each release.)',
				'  - Situation: The checkout release had no way back.',
				'  - Result: Rolled back in 4 minutes on 12 Nov.',
				'  - Link: <https://example.com/pr/42>',
				'- 2026-11-16: Shipped flags.',
				'',
				'## Pairing',
				'',
				'- 2026-11-19: Paired with Sam on the importer.',
				'  - Seen by: Sam',
				'',
				'## retired-skill',
				'',
				'- 2026-11-16: Shipped flags.',
				'',
			].join('\n'),
		);
	});

	it('says the log is empty rather than exporting nothing', () => {
		expect(evidenceMarkdown({ entries: [] }, context)).toBe(
			'# Evidence log\n\nAcme Growth Framework, 2026-11-22.\n\nNo entries yet.\n',
		);
	});

	it('gathers entries with no competency under "Not tagged"', () => {
		const untagged = { ...log.entries[0]!, competencies: [], behaviors: ['gone-behavior'] };
		expect(evidenceMarkdown({ entries: [untagged] }, context)).toContain(
			'## Not tagged\n\n- 2026-11-19: Paired with Sam on the importer. (shows: gone-behavior)\n  - Seen by: Sam\n',
		);
	});
});

describe('tags archived from an earlier ladder', () => {
	it('ends the export with them, naming the entry and the ids the ladder no longer has', () => {
		const entry = log.entries[0]!;
		const archive = {
			marks: [],
			tags: [
				{ entry: entry.id, competencies: ['gone-skill'], behaviors: ['gone-behavior'], ladderVersion: 2 },
			],
		};
		const tail = evidenceMarkdown({ ...log, archive }, context).split(
			'## Tags archived from an earlier ladder\n',
		)[1];
		expect(tail).toBe(
			[
				'',
				'The ladder no longer has these competencies and behaviors. The entries are kept above.',
				'',
				`- ${entry.date}: ${entry.did} (was tagged gone-skill, gone-behavior)`,
				'',
			].join('\n'),
		);
	});
});
