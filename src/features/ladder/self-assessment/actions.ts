/**
 * The self-assessment's rarely used actions: copy, download, backup and restore (shared
 * with the evidence log), and clearing every mark with its undo. The island imports this
 * module the first time a reader uses one, so the script the page loads stays small.
 */
import { Store, type StoreCore } from '../../../kit/backup';
import type { KitWords } from '../../../kit/words';
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
	/** Says what an action did; offers Undo when `undo` is given. */
	say(message: string, undo?: () => void): void;
}

/** An action the island loads this module for. */
export type AssessmentAction = NotesAction | 'clear';

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
	const aside = a.store.remove(name, assessmentCodec.version);
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

/** Runs `action`; `file` is the backup to restore (ignored by the others). */
export function run(action: AssessmentAction, a: AssessmentIsland, file?: File): Promise<void> | void {
	if (action === 'clear') return clear(a);
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
