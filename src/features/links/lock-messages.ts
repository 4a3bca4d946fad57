/**
 * What the anchor lock tells a team when a build would break a saved link: for each
 * problem, the fix that fits the page. A Markdown page keeps an old anchor with
 * `anchorAliases` in its frontmatter; a generated page (the ladder's) has no frontmatter,
 * its ids come from data files, so the fix is in those files or in content/redirects.json.
 * A site nobody has visited yet can instead rewrite the lock with one command.
 */
import { splitTarget, type LockProblem } from './anchor-lock';

/** Where a page comes from: a Markdown file, or data that a page is generated from. */
export type PageSource =
	| { kind: 'markdown'; file: string }
	| {
			kind: 'generated';
			/** The data files the ids on the page come from, e.g. ["content/ladder/ladder.yaml"]. */
			files: string[];
			/** What the page is of, e.g. `the level "senior"`, for "… was renamed or removed". */
			subject: string;
			/** The file that defines the subject, e.g. "content/ladder/ladder.yaml". */
			subjectFile: string;
	  };

/** Where a page comes from, for messages; undefined when it is not known. */
export type SourceOf = (page: string) => PageSource | undefined;

/** The npm script that writes the lock afresh from the current build. */
export const resetCommand = 'npm run anchors:reset';

const list = (files: string[]) =>
	files.length <= 1 ? (files[0] ?? '') : `${files.slice(0, -1).join(', ')} and ${files.at(-1)}`;

function pageGone(page: string, source: PageSource | undefined): string {
	if (source?.kind === 'generated') {
		return (
			`${page} is gone. The page is generated from ${source.subjectFile}, where ${source.subject} ` +
			`was renamed or removed. Keep its id, or add "${page}": "/its/new/path/" to content/redirects.json.`
		);
	}
	return (
		`${page} is gone. If it moved, add "${page}": "/its/new/path/" to ` +
		`content/redirects.json; if it was merged into another page, point it there.`
	);
}

function anchorGone(page: string, anchor: string, source: PageSource | undefined): string {
	if (source?.kind === 'generated') {
		return (
			`${page}#${anchor} no longer exists. The page is generated from ${list(source.files)}, and its ids ` +
			`come from there: the id "${anchor}" was renamed or removed. Generated pages have no ` +
			`frontmatter, so anchorAliases cannot keep it: put the id "${anchor}" back in the data.`
		);
	}
	return (
		`${page}#${anchor} no longer exists. If you renamed the heading or item, add\n` +
		`      anchorAliases:\n        ${anchor}: <its new id>\n` +
		`    to the frontmatter of ${source?.file ?? 'the page'} so saved links still land on it.`
	);
}

function redirectedAnchorGone(
	page: string,
	anchor: string,
	target: string,
	source: PageSource | undefined,
): string {
	const lead = `${page}#${anchor} redirects to ${target}, which has no "${anchor}".`;
	if (source?.kind === 'generated') {
		return (
			`${lead} That page is generated from ${list(source.files)}: give an item there the id "${anchor}", ` +
			`or point the redirect in content/redirects.json at a page that has it.`
		);
	}
	return (
		`${lead} Add it to anchorAliases in the frontmatter of ${source?.file ?? 'that page'} ` +
		`(${anchor}: <the id it became>).`
	);
}

/** The file to name for a problem on `page`: its Markdown file, else the page itself. */
const fileOf = (source: PageSource | undefined, page: string) =>
	source?.kind === 'markdown' ? source.file : page;

/** One line an author can act on for a problem. */
export function describeProblem(problem: LockProblem, sourceOf: SourceOf): string {
	switch (problem.kind) {
		case 'page-gone':
			return pageGone(problem.page, sourceOf(problem.page));
		case 'anchor-gone':
			return problem.target
				? redirectedAnchorGone(
						problem.page,
						problem.anchor,
						problem.target,
						sourceOf(splitTarget(problem.target).path),
					)
				: anchorGone(problem.page, problem.anchor, sourceOf(problem.page));
		case 'redirect-target-missing':
			return `content/redirects.json sends ${problem.from} to ${problem.to}, which is not a page. Point it at a page that exists.`;
		case 'redirect-loop':
			return `content/redirects.json sends ${problem.from} round in a loop. Point it straight at the final page.`;
		case 'redirect-shadows-page':
			return `content/redirects.json redirects ${problem.from}, but that page exists. Remove the redirect or the page.`;
		case 'alias-target-missing':
			return (
				`${fileOf(sourceOf(problem.page), problem.page)}: anchorAliases.${problem.alias} points to ` +
				`"${problem.target}", which is not a heading or linkable item on ${problem.page}. Use the new id.`
			);
		case 'alias-shadows-anchor':
			return (
				`${fileOf(sourceOf(problem.page), problem.page)}: anchorAliases.${problem.alias} is also the id of a ` +
				`heading or item on the page. Remove the alias; the anchor exists.`
			);
	}
}

/** A report an author can act on: each broken link, how to keep it working, and the way out for an unpublished site. */
export function formatProblems(problems: LockProblem[], sourceOf: SourceOf, lockFile: string): string {
	return (
		`Links readers may have saved would break (${problems.length}):\n` +
		problems.map((problem) => `  - ${describeProblem(problem, sourceOf)}`).join('\n') +
		`\nIf a removal is deliberate, delete the entry from ${lockFile} in the same change and say why.` +
		`\nIf this site has not been published yet (a new fork, say), no reader has saved these links: ` +
		`run "${resetCommand}" to write ${lockFile} afresh from this build, and commit it.`
	);
}
