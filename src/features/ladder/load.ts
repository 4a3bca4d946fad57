/**
 * Reads the ladder a team edits in `content/ladder/` and the pages in `content/docs/`,
 * then validates them together with `buildLadder`. Used at config time, so a mistake
 * stops the build before any page is rendered.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isNode, isSeq } from 'yaml';
import { buildLadder } from './build';
import { LadderError } from './problems';
import type { Ladder, PageInfo, SourceFile } from './types';
import { checkLadderRefs, findLadderRefs, type LadderRef } from './spine';
import { banksDir, checkBankTags } from './bank-tags';

/** Where the ladder lives, relative to the project root. */
export const ladderDir = 'content/ladder';

const posix = (path: string) => path.split(sep).join('/');

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** The frontmatter facts the ladder checks on every page: its slug and its skills. */
export function readPageInfo(file: string, text: string, docsRelative: string): PageInfo {
	const slugFromPath = docsRelative.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	if (!match) return { slug: slugFromPath, file };
	const lineCounter = new LineCounter();
	const doc = parseDocument(match[1]!, { lineCounter });
	// A broken frontmatter is reported by the content collection with its own message.
	if (doc.errors.length > 0) return { slug: slugFromPath, file };
	const data = (doc.toJS() ?? {}) as Record<string, unknown>;
	const skillsNode = doc.get('skills', true);
	// +1: the frontmatter starts on the line after the opening "---".
	const skillLines = isSeq(skillsNode)
		? skillsNode.items.map((item) =>
				isNode(item) && item.range ? lineCounter.linePos(item.range[0]).line + 1 : 0,
			)
		: undefined;
	return {
		slug: typeof data['slug'] === 'string' ? data['slug'].replace(/^\/|\/$/g, '') : slugFromPath,
		file,
		skills: data['skills'],
		skillLines,
	};
}

/** Every Markdown page under `content/docs`: its file (from the root), its path under docs and its text. */
function readDocs(root: string): { file: string; docsRelative: string; text: string }[] {
	const docs = join(root, 'content/docs');
	return walk(docs)
		.filter((path) => /\.mdx?$/.test(path))
		.sort()
		.map((path) => ({
			file: posix(relative(root, path)),
			docsRelative: posix(relative(docs, path)),
			text: readFileSync(path, 'utf8'),
		}));
}

/** Every Markdown page under `content/docs`, with the facts the ladder checks. */
export function readPages(root = '.'): PageInfo[] {
	return readDocs(root).map((page) => readPageInfo(page.file, page.text, page.docsRelative));
}

/** The pages' facts and the ladder ids they name, from one read of each page and one parse of its frontmatter. */
function readPagesAndRefs(root: string): { pages: PageInfo[]; refs: LadderRef[] } {
	const pages: PageInfo[] = [];
	const refs: LadderRef[] = [];
	for (const page of readDocs(root)) {
		const info = readPageInfo(page.file, page.text, page.docsRelative);
		pages.push(info);
		refs.push(...findLadderRefs(page.file, info.slug, page.text));
	}
	return { pages, refs };
}

/** The ladder's files as text, with paths relative to the project root. */
export function readLadderFiles(root = '.'): { ladder: SourceFile; competencies: SourceFile[] } {
	const dir = join(root, ladderDir);
	const ladderPath = join(dir, 'ladder.yaml');
	if (!existsSync(ladderPath)) {
		throw new LadderError([
			{
				file: `${ladderDir}/ladder.yaml`,
				path: [],
				message:
					'This file is missing. Restore it from the Threshold repository, or write your own: title, summary, levels and groups (see README.md, "The ladder").',
			},
		]);
	}
	const read = (path: string): SourceFile => ({
		file: posix(relative(root, path)),
		text: readFileSync(path, 'utf8'),
	});
	const competencies = walk(join(dir, 'competencies'))
		.filter((path) => /\.ya?ml$/.test(path))
		.sort()
		.map(read);
	return { ladder: read(ladderPath), competencies };
}

/** Every place in the pages under `content/docs` that names ladder ids (see `spine.ts`). */
export function readLadderRefs(root = '.'): LadderRef[] {
	return readDocs(root).flatMap((page) =>
		findLadderRefs(page.file, readPageInfo(page.file, page.text, page.docsRelative).slug, page.text),
	);
}

/** The question banks under `content/banks`, as text. */
export function readBankFiles(root = '.'): SourceFile[] {
	return walk(join(root, banksDir))
		.filter((path) => /\.ya?ml$/.test(path))
		.sort()
		.map((path) => ({ file: posix(relative(root, path)), text: readFileSync(path, 'utf8') }));
}

/**
 * Reads and validates the ladder, the pages' skills, the ladder ids the pages name and the
 * question banks' competency tags; throws a `LadderError` listing every problem.
 */
export function loadLadder(root = '.'): Ladder {
	return loadLadderAndRefs(root).ladder;
}

/** `loadLadder`, with the ladder ids the pages name (for `<FrameworkMap>`), from the same read of the pages. */
export function loadLadderAndRefs(root = '.'): { ladder: Ladder; refs: LadderRef[] } {
	const { pages, refs } = readPagesAndRefs(root);
	const ladder = buildLadder({ ...readLadderFiles(root), pages });
	const problems = [...checkLadderRefs(refs, ladder), ...checkBankTags(readBankFiles(root), ladder)];
	if (problems.length > 0) throw new LadderError(problems);
	return { ladder, refs };
}
