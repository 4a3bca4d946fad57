/**
 * The self-assessment's rarely used actions: copy, download, backup and restore (shared
 * with the evidence log), and clearing every mark with its undo. The island imports this
 * module the first time a reader uses one, so the script the page loads stays small.
 */
import { Store, type StoreCore } from '../../../kit/backup';
import { handoffCodec, handoffName, type Handoff } from '../../../kit/handoff';
import { fill, formatDate, problemText, type KitWords } from '../../../kit/words';
import { actionWords, runNotesAction, type NotesAction } from '../islands/actions';
import {
	assessmentCodec,
	assessmentStorageName as name,
	levelsInScope,
	type AssessmentCompetency,
	type AssessmentLevel,
	type AssessmentState,
} from './assessment';
import { assessmentMarkdown } from './markdown';
import { playbooksFor, type PlaybookLink } from './page';
import { planFromGaps, planKind } from './plan';
import { caseFromData, caseKind } from './case';
import { evidenceCodec, evidenceStorageName } from '../evidence-log/log';
import type { AssessmentWords } from './words';

/** What the actions need from the self-assessment island. */
export interface AssessmentIsland {
	store: StoreCore;
	t: AssessmentWords & KitWords;
	lang: string;
	siteName: string;
	levels: AssessmentLevel[];
	competencies: AssessmentCompetency[];
	links: PlaybookLink[];
	state: AssessmentState;
	/** Reads the saved state again and redraws the island. */
	reload(): void;
	/** Shows no marks, at the reader's levels, without saving. */
	showEmpty(): void;
	/** The island's element, for what only its page holds (the gaps picked for a plan). */
	root: HTMLElement;
	/** Says what an action did; offers Undo when `undo` is given. */
	say(message: string, undo?: () => void): void;
}

/** An action the island loads this module for. */
export type AssessmentAction = NotesAction | 'clear' | 'plan' | 'case';

/** The assessment as Markdown, with the page's playbook links made absolute. */
function markdown(a: AssessmentIsland): string {
	const scope = new Set(levelsInScope(a.levels, a.state.current, a.state.target));
	const playbooks = Object.fromEntries(
		a.competencies.map((c) => [
			c.id,
			playbooksFor(a.links, c.id, scope).map((l) => ({
				title: l.title,
				url: new URL(l.path, location.href).href,
			})),
		]),
	);
	return assessmentMarkdown(a.state, { ...a, playbooks, date: new Date() });
}

/** Clears every mark after setting the saved copy aside, and offers to undo. */
function clear(a: AssessmentIsland): void {
	a.store.write(name, assessmentCodec, a.state);
	const aside = Store.over(a.store).remove(name, assessmentCodec.version);
	a.showEmpty();
	a.say(
		a.t['assessment.cleared'],
		aside
			? () => {
					const back = Store.over(a.store).restoreAside(aside, name, assessmentCodec.version);
					a.reload();
					a.say(back ? a.t['assessment.back'] : a.t['assessment.notBack']);
				}
			: undefined,
	);
}

/**
 * Hands the gaps the reader picked to the growth-plan builder (kit/handoff.ts) and opens its
 * page, where they become a new draft. Storage that will not outlive the page keeps it here.
 */
function plan(a: AssessmentIsland): void {
	const box = a.root.querySelector<HTMLElement>('[data-plan]')!;
	const picked = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
	if (!picked.length) return a.say(a.t['assessment.planNone']);
	const practice = (id: string) =>
		a.root.querySelector<HTMLElement>(`[data-competency="${id}"] fieldset[data-level="${a.state.target}"]`)
			?.dataset['practice'] ?? '';
	const gaps = a.competencies
		.filter((c) => picked.includes(c.id))
		.map((competency) => ({ competency, practice: practice(competency.id) }));
	const handoff = planFromGaps(a.t, gaps, a.levels, a.state, formatDate(new Date(), a.lang));
	handOver(a, planKind, handoff, box.dataset['href']!);
}

/** Leaves `handoff` for the builder of `kind` and opens its page, unless storage will not keep it. */
function handOver(a: AssessmentIsland, kind: string, handoff: Handoff, href: string): void {
	const saved = a.store.write(handoffName(kind), handoffCodec, handoff);
	if (!saved.persisted)
		return a.say(fill(a.t['assessment.planNotSent'], { reason: problemText(a.t, saved.reason) }));
	location.assign(href);
}

/** Drafts the promotion case from the assessment and the evidence log, and opens its builder. */
function promotionCase(a: AssessmentIsland, href: string): void {
	const read = a.store.read(evidenceStorageName, evidenceCodec);
	const entries = read.status === 'ok' ? read.value.entries : [];
	// What was done and its result, then the link a manager can open.
	const log = entries.map((e) => ({
		date: e.date,
		text: [e.did, e.result, e.link].filter(Boolean).join(' '),
		competencies: e.competencies,
		behaviors: e.behaviors,
	}));
	const names = new Intl.ListFormat(a.lang, { type: 'conjunction' });
	const format = { day: (d: string) => formatDate(d, a.lang), list: (n: string[]) => names.format(n) };
	const made = formatDate(new Date(), a.lang);
	handOver(a, caseKind, caseFromData(a.t, a.competencies, a.levels, a.state, log, format, made), href);
}

/** Runs `action`; `file` is the backup to restore (ignored by the others), `button` the one pressed. */
export function run(
	action: AssessmentAction,
	a: AssessmentIsland,
	file?: File,
	button?: HTMLElement,
): Promise<void> | void {
	if (action === 'case') return promotionCase(a, button!.dataset['href']!);
	if (action === 'clear') return clear(a);
	if (action === 'plan') return plan(a);
	return runNotesAction(
		action,
		{
			...a,
			said: actionWords(a.t, 'assessment'),
			name,
			file: 'self-assessment',
			markdown: () => markdown(a),
		},
		file,
	);
}
