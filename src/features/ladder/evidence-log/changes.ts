/**
 * The evidence log after the ladder changed: its entries' tags carried over (they follow the
 * ladder's `replaces`; tags for removed competencies and behaviors go to the archive, which
 * backups include) and the notice of what changed. The island imports this only when its
 * saved tags need it, so the page loads little.
 */
import { StatusLine } from '../../../kit/status';
import { carryOver } from '../islands/ladder-change';
import type { LadderChangeWords } from '../islands/words';
import type { CurrentLadder } from '../migrate-types';
import type { EvidenceEntry, EvidenceLog } from './log';

/**
 * Carries the log's tags over to the current ladder and shows the notice when anything
 * changed. `log` gives the island's log now; `set` makes a log the island's, saves it and
 * redraws the island.
 */
export function showChanges(
	root: HTMLElement,
	t: LadderChangeWords,
	ladder: CurrentLadder,
	log: () => EvidenceLog,
	set: (log: EvidenceLog) => void,
): void {
	const { entries, archive, seen } = log();
	const status = new StatusLine(root);
	carryOver<never, EvidenceEntry>({
		root,
		t,
		current: ladder,
		saved: { marks: {}, entries, archive: archive ?? { marks: [], tags: [] }, seen },
		names: {
			behavior: (id) => root.querySelector<HTMLElement>(`option[value="${id}"]`)?.dataset['text'],
			competency: (id) => root.querySelector<HTMLElement>(`[data-tag][value="${id}"]`)?.dataset['tag'],
		},
		update: (parts) => set({ entries: parts.entries, archive: parts.archive, seen: parts.seen }),
		acknowledge: (seen) => set({ ...log(), seen }),
		say: (message) => status.say(message),
	});
}
