/**
 * Where each generated ladder page comes from, for the anchor lock's messages: the ladder
 * pages have no frontmatter (so no `anchorAliases`); their ids come from the ladder's
 * YAML files, and a saved link breaks when an id there is renamed or removed.
 */
import type { PageSource } from '../links/lock-messages';
import type { Ladder } from './types';

/**
 * The data a generated ladder page (`/ladder/…`) comes from, or undefined for any other
 * page. `dir` is the ladder's folder (`content/ladder`).
 */
export function ladderPageSource(page: string, ladder: Ladder, dir: string): PageSource | undefined {
	const match = /^\/ladder\/(?:(levels|competencies|changes)\/([^/]+)\/)?/.exec(page);
	if (!match) return undefined;
	const [, kind, id] = match;
	const competencies = `${dir}/competencies/*.yaml`;
	if (kind === 'levels') {
		return {
			kind: 'generated',
			files: [ladder.file, competencies],
			subject: `the level "${id}"`,
			subjectFile: ladder.file,
		};
	}
	if (kind === 'competencies') {
		const file = ladder.competencies.find((c) => c.id === id)?.file;
		return {
			kind: 'generated',
			files: file ? [file, ladder.file] : [competencies, ladder.file],
			subject: `the competency "${id}"`,
			subjectFile: file ?? competencies,
		};
	}
	if (kind === 'changes') {
		return {
			kind: 'generated',
			files: [ladder.file, competencies],
			subject: `one of the levels of "${id}"`,
			subjectFile: ladder.file,
		};
	}
	// The overview's ids are groups; the self-assessment's and evidence log's are made from
	// group and competency ids.
	const files = page === '/ladder/' ? [ladder.file] : [ladder.file, competencies];
	return { kind: 'generated', files, subject: 'the ladder', subjectFile: ladder.file };
}
