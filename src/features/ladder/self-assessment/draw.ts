/**
 * What the self-assessment draws and does beyond taking a tick, loaded on first use: a
 * tick's behavior and its competency's result line, the results below the behaviors
 * (`summary.ts`), the levels in scope, saved marks, the status line and its words, and the
 * buttons (the actions load from `actions.ts` on their first use, carrying marks over a
 * ladder change from `changes.ts` only when needed). The page as built shows no marks at the
 * ladder's default levels, results included, so a first visit loads this only when the
 * reader reaches for a control; a returning reader's saved marks load it with the page.
 */
import { StatusLine } from '../../../kit/status';
import type { StoreCore, StoreProblem } from '../../../kit/store';
import { fill, pageLang, problemText, readWords, type KitWords } from '../../../kit/words';
import { ladderMoved } from '../islands/ladder-state';
import type { LadderChangeWords } from '../islands/words';
import type { CurrentLadder } from '../migrate-types';
import type { AssessmentAction, AssessmentIsland } from './actions';
import { assessmentResults, levelsInScope, type AssessmentCompetency } from './assessment';
import { emptyAssessment } from './edit';
import { showMark } from './fields';
import { normalizeLevels, type AssessmentLevel } from './levels';
import { hasGap } from './marks';
import { competenciesFrom, gapPlaybooks, type PlaybookLink } from './page';
import type { AssessmentState } from './saved';
import { limitPlan, renderSummary } from './summary';
import { resultLine } from './text';
import type { AssessmentWords } from './words';

/** What drawing needs of the island: the `<threshold-assessment>` element. */
export interface AssessmentHandle extends HTMLElement {
	readonly store: StoreCore;
	/** The ladder the page was built from, as saved data records it. */
	readonly ladder: CurrentLadder;
	/** The marks and levels as the reader left them (saved, or about to be). */
	state: AssessmentState;
	/** Reads the saved state again and draws it. */
	load(): void;
	/** Saves the state now. */
	save(): void;
	/** Saves the state once the page has painted. */
	changed(): void;
}

type Words = AssessmentWords & KitWords & LadderChangeWords;

/** What the page holds that drawing reads, read once per island. */
interface Page {
	t: Words;
	levels: AssessmentLevel[];
	competencies: AssessmentCompetency[];
	links: PlaybookLink[];
	status: StatusLine;
	lang: string;
}

const pages = new WeakMap<AssessmentHandle, Page>();

/** The words, levels, competencies, playbook links and status line of island `a`, read from its HTML. */
function page(a: AssessmentHandle): Page {
	let found = pages.get(a);
	if (found) return found;
	const competency = (el: Element) => el.closest<HTMLElement>('[data-competency]')!.dataset;
	found = {
		t: readWords(a),
		levels: [...a.querySelector<HTMLSelectElement>('#assessment_current')!.options].map((o) => ({
			id: o.value,
			title: o.text,
		})),
		competencies: competenciesFrom(
			[...a.querySelectorAll<HTMLElement>('li[data-behavior]')].map((li) => ({
				id: li.dataset['behavior']!,
				level: li.dataset['level']!,
				competency: competency(li)['competency']!,
				name: competency(li)['name']!,
				text: li.querySelector('label')!.textContent!.trim(),
			})),
		),
		links: [...a.querySelectorAll<HTMLAnchorElement>('a[data-playbook]')].map((link) => ({
			competency: competency(link)['competency']!,
			level: link.closest('fieldset')!.dataset['level']!,
			slug: link.dataset['playbook']!,
			title: link.textContent!.trim(),
			path: link.getAttribute('href')!,
		})),
		status: new StatusLine(a),
		lang: pageLang(),
	};
	pages.set(a, found);
	return found;
}

/**
 * Draws what was read from storage (`unreadable`: it could not be), and carries the marks
 * over a ladder change when the ladder moved since they were saved.
 */
export function load(a: AssessmentHandle, unreadable: boolean): void {
	render(a);
	if (unreadable) say(a, 'assessment.unreadable');
	const moved = ladderMoved(a.state.seen, Object.keys(a.state.marks), a.ladder);
	// Carrying marks over a ladder change, its notice and the archive load on first use.
	if (moved || a.state.archive?.marks.length)
		void import('./changes').then((changes) =>
			changes.showChanges(
				a,
				page(a).t,
				a.ladder,
				moved,
				() => a.state,
				(state) => {
					a.state = state;
					a.save();
					render(a);
				},
			),
		);
}

/** Checks the levels the reader picked (the target never below the current level), draws them and saves. */
export function levels(a: AssessmentHandle): void {
	render(a);
	a.changed();
}

/** Draws the whole island as its state says (levels checked first): the behaviors in scope, every mark, the results. */
function render(a: AssessmentHandle): void {
	const { levels } = page(a);
	const { defaultCurrent, defaultTarget } = a.dataset;
	const { current, target } = (a.state = {
		...a.state,
		...normalizeLevels(levels, a.state.current, a.state.target, {
			current: defaultCurrent!,
			target: defaultTarget!,
		}),
	});
	a.querySelector<HTMLSelectElement>('#assessment_current')!.value = current;
	a.querySelector<HTMLSelectElement>('#assessment_target')!.value = target;
	const scope = new Set(levelsInScope(levels, current, target));
	for (const fieldset of a.querySelectorAll<HTMLElement>('fieldset[data-level]'))
		fieldset.hidden = !scope.has(fieldset.dataset['level']!);
	for (const section of a.querySelectorAll<HTMLElement>('[data-competency], [data-group]'))
		section.hidden = !section.querySelector('fieldset:not([hidden])');
	for (const li of a.querySelectorAll<HTMLElement>('li[data-behavior]')) behavior(a, li);
	results(a);
}

/** What a tick changes at once: its behavior's boxes and fields, and its competency's line. */
export function tick(a: AssessmentHandle, input: Element): void {
	behavior(a, input.closest('li')!);
	line(a, input);
}

/** One behavior's ticks and fields, as its mark says. */
function behavior(a: AssessmentHandle, li: HTMLElement): void {
	showMark(li, a.state.marks[li.dataset['behavior']!]);
}

/** The result line of the competency `inside` belongs to. */
export function line(a: AssessmentHandle, inside: Element): void {
	const section = inside.closest<HTMLElement>('[data-competency]')!;
	const id = section.dataset['competency'];
	const { t, levels, competencies, lang } = page(a);
	const [result] = assessmentResults(
		competencies.filter((c) => c.id === id),
		levels,
		a.state,
	);
	const text = section.querySelector<HTMLElement>('[data-result]')!;
	text.textContent = result ? `${resultLine(t, result, lang)}.` : '';
	text.classList.toggle('th-assessment__result--gap', Boolean(result && hasGap(result)));
}

/** Every competency's line and the results below the behaviors. */
export function results(a: AssessmentHandle): void {
	const { t, levels, competencies, links, lang } = page(a);
	const all = assessmentResults(competencies, levels, a.state);
	for (const section of a.querySelectorAll('[data-competency]')) line(a, section);
	const scope = new Set(levelsInScope(levels, a.state.current, a.state.target));
	renderSummary(a, t, lang, all, gapPlaybooks(all.filter(hasGap), links, scope));
}

/** Up to three gaps can be picked for a plan (see `limitPlan`). */
export const limit = (a: AssessmentHandle): void => limitPlan(a);

/** Says the word `word` in the status line, with `reason` (why storage failed) when it has one. */
export function say(a: AssessmentHandle, word: keyof AssessmentWords, reason?: StoreProblem): void {
	const { t, status } = page(a);
	status.say(reason ? fill(t[word], { reason: problemText(t, reason) }) : t[word]);
}

/** Does what a button of the island (`data-action`) says. */
export function click(a: AssessmentHandle, button: HTMLButtonElement): void {
	const action = button.dataset['action'];
	if (action === 'print') print();
	else if (action === 'undo') page(a).status.undo();
	else void act(a, action as AssessmentAction, undefined, button);
}

/** Restores the backup the reader picked in `input`. */
export function restore(a: AssessmentHandle, input: HTMLInputElement): void {
	const file = input.files?.[0];
	input.value = '';
	if (file) void act(a, 'restore', file);
}

/** Runs a rarely used action, loading its code on first use. */
async function act(a: AssessmentHandle, action: AssessmentAction, file?: File, button?: HTMLElement) {
	const { run } = await import('./actions');
	await run(action, island(a), file, button);
}

/** The island as the actions (`actions.ts`) see it. */
function island(a: AssessmentHandle): AssessmentIsland {
	const { t, levels, competencies, links, lang, status } = page(a);
	return {
		store: a.store,
		t,
		lang,
		siteName: a.dataset['siteName']!,
		levels,
		competencies,
		links,
		state: a.state,
		root: a,
		reload: () => a.load(),
		showEmpty: () => {
			a.state = emptyAssessment(a.state.current, a.state.target);
			render(a);
		},
		say: (message, undo) => status.say(message, undo),
	};
}
