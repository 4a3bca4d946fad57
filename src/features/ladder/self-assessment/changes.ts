/**
 * The self-assessment after the ladder changed: its marks carried over (they follow the
 * ladder's `replaces`; those for removed behaviors go to the archive), the notice of what
 * changed, and the archived marks listed under "Archived from an earlier ladder". The island
 * imports this only when its saved marks need it, so the page loads little.
 */
import { StatusLine } from '../../../kit/status';
import type { KitWords } from '../../../kit/words';
import { carryOver } from '../islands/ladder-change';
import type { LadderChangeWords } from '../islands/words';
import type { CurrentLadder } from '../migrate-types';
import { archiveLine } from './archive';
import type { AssessmentState, Mark } from './saved';
import type { AssessmentWords } from './words';

/**
 * Carries the island's marks over when the ladder moved, then lists the archived marks.
 * `state` gives the island's state now; `set` makes a state the island's, saves it and
 * redraws the island.
 */
export function showChanges(
	root: HTMLElement,
	t: AssessmentWords & LadderChangeWords & KitWords,
	ladder: CurrentLadder,
	moved: boolean,
	state: () => AssessmentState,
	set: (state: AssessmentState) => void,
): void {
	if (moved) {
		const { marks, archive, seen } = state();
		const status = new StatusLine(root);
		carryOver<Mark, never>({
			root,
			t,
			current: ladder,
			saved: { marks, entries: [], archive: archive ?? { marks: [], tags: [] }, seen },
			names: {
				behavior: (id) => root.querySelector(`[for="shown-${id}"]`)?.textContent?.trim(),
				competency: (id) => root.querySelector<HTMLElement>(`[data-competency="${id}"]`)?.dataset['name'],
			},
			update: (parts) => set({ ...state(), marks: parts.marks, archive: parts.archive, seen: parts.seen }),
			acknowledge: (seen) => set({ ...state(), seen }),
			say: (message) => status.say(message),
		});
	}
	const archived = state().archive?.marks ?? [];
	const section = root.querySelector<HTMLElement>('[data-archive]')!;
	section.hidden = archived.length === 0;
	section
		.querySelector('ul')!
		.replaceChildren(
			...archived.map((mark) =>
				Object.assign(document.createElement('li'), { textContent: archiveLine(t, mark) }),
			),
		);
}
