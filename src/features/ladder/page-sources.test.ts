import { describe, expect, it } from 'vitest';
import { forkFixture } from '../../../tests/support/ladder-fork';
import { loadLadder } from './load';
import { ladderPageSource } from './page-sources';

const ladder = loadLadder(forkFixture);
const source = (page: string) => ladderPageSource(page, ladder, 'content/ladder');
/** What a generated page's source should be: its files, and the subject a message names, in its file. */
const generated = (files: string[], subject: string, subjectFile: string) => ({
	kind: 'generated',
	files,
	subject,
	subjectFile,
});

describe('where a generated ladder page comes from, for the anchor lock', () => {
	it('traces a level page to the ladder file (the level) and the competency files (its items)', () => {
		expect(source('/ladder/levels/engineer/')).toEqual(
			generated(
				['content/ladder/ladder.yaml', 'content/ladder/competencies/*.yaml'],
				'the level "engineer"',
				'content/ladder/ladder.yaml',
			),
		);
	});

	it('traces a competency page to its own file, and a removed competency to the competency folder', () => {
		const file = 'content/ladder/competencies/shipping.yaml';
		expect(source('/ladder/competencies/shipping/')).toEqual(
			generated([file, 'content/ladder/ladder.yaml'], 'the competency "shipping"', file),
		);
		expect(source('/ladder/competencies/gone/')).toMatchObject({
			subject: 'the competency "gone"',
			subjectFile: 'content/ladder/competencies/*.yaml',
		});
	});

	it('traces a "what changes" page to its levels, the overview to the ladder file, and the islands to every ladder file', () => {
		expect(source('/ladder/changes/associate-to-engineer/')).toMatchObject({
			subject: 'one of the levels of "associate-to-engineer"',
			subjectFile: 'content/ladder/ladder.yaml',
		});
		expect(source('/ladder/')).toMatchObject({
			files: ['content/ladder/ladder.yaml'],
			subject: 'the ladder',
		});
		expect(source('/ladder/self-assessment/')).toMatchObject({
			files: ['content/ladder/ladder.yaml', 'content/ladder/competencies/*.yaml'],
			subject: 'the ladder',
		});
	});

	it('knows nothing of pages outside the ladder', () => {
		expect(source('/playbooks/pairing/')).toBeUndefined();
		expect(source('/ladders/')).toBeUndefined();
	});
});
