/**
 * The ladder as the spine of the other frameworks: pages name ladder ids (a checklist's
 * `[ladder: id]` markers, `<LadderGroup>`, `<LadderSkill>`, `<CompetencyLinks>`), and this
 * module finds those names in a page's MDX, checks each against the ladder, and says which
 * page sections sample each competency.
 *
 * The check runs with the ladder's own (see `load.ts`), before any page is rendered, so a
 * fork that replaces the ladder gets one report listing every page and line that names an
 * id the new ladder lacks, instead of the first failing page.
 */
import GithubSlugger from 'github-slugger';
import { closest, quoteList } from '../../build/suggest';
import type { Ladder, LadderProblem } from './types';
import { ladderMarker, parseIdList } from '../checklist/ladder-marker';

/** Where a page names ladder ids. */
export type RefKind = 'checklist-group' | 'checklist-item' | 'group' | 'section' | 'links';

/** One place in a page that names ladder ids. */
export interface LadderRef {
	/** The page's file, relative to the project root. */
	file: string;
	/** Path under content/docs without extension, e.g. "playbooks/gap-map". */
	page: string;
	line: number;
	kind: RefKind;
	ids: string[];
	/** What a reader sees there: the item's or group's text, or the section's heading. */
	label: string;
	/** The id of the section on the page, when known. */
	anchor?: string | undefined;
	/** For a `<LadderSkill>`: the `<LadderGroup>` it sits under, if any. */
	inGroup?: string | undefined;
	/** For a checklist item: the label of the group it is nested under, if any. */
	listGroup?: string | undefined;
	/** For a heading component: the slug of the Markdown heading before it, if any. */
	after?: string | undefined;
	/** For a heading component: its heading level. */
	depth?: number | undefined;
}

const components = /<(LadderGroup|LadderSkill|CompetencyLinks)\b([^>]*)>/g;
const attribute = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;

function attributes(source: string): Map<string, string> {
	return new Map([...source.matchAll(attribute)].map((m) => [m[1]!, m[2]!]));
}

/** Heading text as a reader sees it: without Markdown links, code ticks and emphasis. */
function plainHeading(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[`*_]/g, '')
		.trim();
}

/** Every place in one page's MDX that names ladder ids, in page order. */
export function findLadderRefs(file: string, page: string, text: string): LadderRef[] {
	// Most pages name no ladder id: one scan of the whole text, not a dozen tests of every line.
	if (!text.includes('[ladder:') && !/<(?:LadderGroup|LadderSkill|CompetencyLinks)\b/.test(text)) return [];
	const refs: LadderRef[] = [];
	const slugger = new GithubSlugger();
	let fence: string | null = null;
	let heading: { text: string; slug: string } | undefined;
	let group: string | undefined;
	let listGroup: string | undefined;
	text.split(/\r?\n/).forEach((source, index) => {
		const line = index + 1;
		const fenceMatch = /^\s*(```+|~~~+)/.exec(source);
		if (fenceMatch) {
			if (fence === null) fence = fenceMatch[1]!.slice(0, 3);
			else if (fenceMatch[1]!.startsWith(fence)) fence = null;
			return;
		}
		if (fence !== null) return;
		const headingMatch = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(source);
		if (headingMatch) {
			const plain = plainHeading(headingMatch[2]!);
			heading = { text: plain, slug: slugger.slug(plain) };
			// A Markdown heading as high as a group's ends the group.
			if (headingMatch[1]!.length <= 2) group = undefined;
			return;
		}
		const task = /^\s*[-*+]\s+\[[ xX]\]\s+/.test(source);
		const label = source
			.replace(ladderMarker, '')
			.replace(/\s*\[#[a-z0-9-]+\]\s*$/, '')
			.replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '')
			.trim();
		// A top-level list item that is not a task labels the tasks nested under it.
		if (/^\S/.test(source)) listGroup = /^[-*+]\s/.test(source) && !task ? label : undefined;
		// Inline code only shows a marker or a component (a guide explaining them), so it names nothing.
		const markup = source.replace(/`[^`]*`/g, '');
		const marker = ladderMarker.exec(markup);
		if (marker) {
			refs.push({
				file,
				page,
				line,
				kind: task ? 'checklist-item' : 'checklist-group',
				ids: parseIdList(marker[1]!),
				label,
				anchor: heading?.slug,
				listGroup: task && /^\s/.test(source) ? listGroup : undefined,
			});
		}
		for (const [, name, attrs] of markup.matchAll(components)) {
			const props = attributes(attrs!);
			const ids = parseIdList(props.get(name === 'CompetencyLinks' ? 'ids' : 'id') ?? '');
			if (name === 'LadderGroup' || name === 'LadderSkill') {
				const isGroup = name === 'LadderGroup';
				if (isGroup) group = ids[0];
				refs.push({
					...{ file, page, line, ids, label: '', after: heading?.slug },
					kind: isGroup ? 'group' : 'section',
					anchor: props.get('anchor') ?? ids[0],
					depth: Number(props.get('level') ?? (isGroup ? 2 : 3)),
					inGroup: isGroup ? undefined : group,
				});
			} else {
				refs.push({
					file,
					page,
					line,
					kind: 'links',
					ids,
					label: heading?.text ?? '',
					anchor: heading?.slug,
				});
			}
		}
	});
	return refs;
}

const where: Record<RefKind, (ref: LadderRef) => string> = {
	'checklist-item': (ref) => `The checklist item "${ref.label}"`,
	'checklist-group': (ref) => `The checklist group "${ref.label}"`,
	group: () => '<LadderGroup>',
	section: () => '<LadderSkill>',
	links: () => '<CompetencyLinks>',
};

const fixes: Record<RefKind, string> = {
	'checklist-item': 'End the item with [ladder: id], where id is a competency or a behavior of the ladder',
	'checklist-group': 'End the group label with [ladder: id], where id is a competency of the ladder',
	group: 'Give it the id of one of the ladder\'s groups: id="…"',
	section: 'Give it the id of one of the ladder\'s competencies: id="…"',
	links: 'List competency ids of the ladder: ids="…"',
};

/**
 * Problems with ids the pages name: each unknown id (with the nearest real id), a
 * `<LadderGroup>` or `<LadderSkill>` without an id, and a skill under a group it is not in.
 */
export function checkLadderRefs(refs: readonly LadderRef[], ladder: Ladder): LadderProblem[] {
	const competencies = new Map(ladder.competencies.map((c) => [c.id, c]));
	const groups = new Set(ladder.groups.map((g) => g.id));
	const behaviors = new Set(
		ladder.competencies.flatMap((c) => Object.values(c.levels).flatMap((l) => l.behaviors.map((b) => b.id))),
	);
	const dir = ladder.file.replace(/ladder\.yaml$/, 'competencies/');
	const problems: LadderProblem[] = [];
	const report = (ref: LadderRef, message: string) =>
		problems.push({ file: ref.file, path: [], line: ref.line, message });

	for (const ref of refs) {
		if (ref.ids.length === 0) {
			report(ref, `${where[ref.kind](ref)} names no ladder id. ${fixes[ref.kind]}.`);
			continue;
		}
		for (const id of ref.ids) {
			const known =
				ref.kind === 'group'
					? groups.has(id)
					: competencies.has(id) || (ref.kind === 'checklist-item' && behaviors.has(id));
			if (known) continue;
			const options = ref.kind === 'group' ? groups : competencies.keys();
			const guess =
				closest(id, ref.kind === 'group' ? groups : competencies.keys()) ??
				(ref.kind === 'checklist-item' ? closest(id, behaviors) : undefined);
			const kind = ref.kind === 'group' ? 'a group' : 'a competency';
			const source = ref.kind === 'group' ? ladder.file : `${dir}*.yaml`;
			report(
				ref,
				`${where[ref.kind](ref)} names "${id}", which is not ${kind}${ref.kind === 'checklist-item' ? ' or a behavior' : ''} of the ladder in ${source}. ` +
					`${guess ? `Did you mean "${guess}"? ` : ''}${fixes[ref.kind]} (one of ${quoteList(options)}).`,
			);
		}
		const competency = ref.kind === 'section' ? competencies.get(ref.ids[0]!) : undefined;
		if (competency && ref.inGroup && groups.has(ref.inGroup) && competency.group !== ref.inGroup) {
			report(
				ref,
				`<LadderSkill id="${competency.id}"> sits under <LadderGroup id="${ref.inGroup}">, but the ladder puts ` +
					`"${competency.id}" in the group "${competency.group}" (${competency.file}). Move the section under ` +
					`<LadderGroup id="${competency.group}">, or change the competency's group.`,
			);
		}
	}
	return problems;
}

/** One cell of the frameworks table: the sections of one page that sample a competency. */
export interface FrameworkCell {
	label: string;
	anchor?: string | undefined;
}

/**
 * For each competency of the ladder, in ladder order: the sections of each of `pages` (in
 * that order) that name it, without repeats. A group naming a competency counts for it; an
 * item naming one of its behaviors counts for the competency too.
 */
export function frameworkRows(
	ladder: Ladder,
	refs: readonly LadderRef[],
	pages: readonly string[],
): { competency: string; cells: FrameworkCell[][] }[] {
	const owner = new Map<string, string>();
	for (const c of ladder.competencies) {
		owner.set(c.id, c.id);
		for (const level of Object.values(c.levels)) for (const b of level.behaviors) owner.set(b.id, c.id);
	}
	return ladder.competencies.map((c) => ({
		competency: c.id,
		cells: pages.map((page) => {
			const cells = new Map<string, FrameworkCell>();
			for (const ref of refs) {
				if (ref.page !== page || ref.kind === 'group') continue;
				if (!ref.ids.some((id) => owner.get(id) === c.id)) continue;
				// An item is shown by its group, the unit a reader scores and trains.
				const label = ref.kind === 'section' ? c.name : (ref.listGroup ?? ref.label);
				if (!cells.has(label)) cells.set(label, { label, anchor: ref.anchor });
			}
			return [...cells.values()];
		}),
	}));
}

/**
 * The competency `id` of the ladder, for a component that names it. The ladder check before
 * the build reports a wrong id with its line; this covers an id written as an expression.
 */
export function competencyFor(ladder: Ladder, id: string, component: string): Ladder['competencies'][number] {
	const competency = ladder.competencies.find((c) => c.id === id);
	if (competency) return competency;
	const guess = closest(
		id,
		ladder.competencies.map((c) => c.id),
	);
	throw new Error(
		`<${component}> names "${id}", which is not a competency of the ladder. ${guess ? `Did you mean "${guess}"? ` : ''}` +
			`Use one of ${quoteList(ladder.competencies.map((c) => c.id))}.`,
	);
}
