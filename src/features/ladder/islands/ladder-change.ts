/**
 * Carries a ladder island's saved data onto the ladder its page shows (`migrate.ts`) and
 * shows the notice of what changed since the reader's last visit (`Notice.astro`, words from
 * `notice.ts`). Islands load this only when `ladderMoved` says the saved data needs it.
 *
 * The carried-over data is saved at once (nothing is dropped: what no live id takes goes to
 * the archive), but the ladder it records as seen stays the old one until the reader
 * dismisses the notice, so the notice shows on every visit until then.
 */
import { hasChanges, migrate } from '../migrate';
import type { CurrentLadder, LadderState, Saved, Tagged } from '../migrate-types';
import { noticeText, type LadderNames } from './notice';
import type { LadderChangeWords } from './words';

/** The saved data on the current ladder; `seen` is undefined while the data recorded none. */
export type Carried<M, E extends Tagged> = Omit<Required<Saved<M, E>>, 'seen'> & Pick<Saved<M, E>, 'seen'>;

/** What carrying saved data over needs from a ladder island. */
export interface ChangeIsland<M, E extends Tagged> {
	/** The island's element, which holds the notice (`[data-ladder-notice]`). */
	root: HTMLElement;
	t: LadderChangeWords;
	current: CurrentLadder;
	saved: Saved<M, E>;
	names: LadderNames;
	/** Saves the carried-over parts into the island's state and redraws it. */
	update(parts: Carried<M, E>): void;
	/** Records `seen` as the ladder the reader acknowledged, keeping the rest of the state. */
	acknowledge(seen: LadderState): void;
	say(message: string): void;
}

/** Carries the island's saved data over, saves it, and shows the notice when anything changed. */
export function carryOver<M, E extends Tagged>(island: ChangeIsland<M, E>): void {
	const { changes, seen, ...data } = migrate(island.saved, island.current);
	const tell = hasChanges(changes);
	const notice = island.root.querySelector<HTMLElement>('[data-ladder-notice]')!;
	notice.hidden = !tell;
	const carried = { ...data, seen: tell ? island.saved.seen : seen };
	const { marks, entries, archive, seen: before } = island.saved;
	// Save only a change: a save reaches other open tabs, which carry over in turn.
	if (JSON.stringify(carried) !== JSON.stringify({ marks, entries, archive, seen: before }))
		island.update(carried);
	if (!tell) return;
	const { t } = island;
	const text = noticeText(t, changes, island.names);
	const make = (tag: string, content: string) =>
		Object.assign(document.createElement(tag), { textContent: content });
	notice.querySelector('[data-ladder-version]')!.textContent = text.version;
	notice.querySelector('[data-ladder-changes]')!.replaceChildren(
		...text.groups.map((group) => {
			const item = make('li', `${group.label}:`);
			item.append(document.createElement('ul'));
			item.lastElementChild!.append(...group.items.map((name) => make('li', name)));
			return item;
		}),
	);
	const archived = notice.querySelector<HTMLElement>('[data-ladder-archived]')!;
	archived.textContent = text.archived ?? '';
	archived.hidden = !text.archived;
	const dismiss = notice.querySelector<HTMLButtonElement>('[data-action="ladder-seen"]')!;
	dismiss.onclick = (event) => {
		// The island's own click handler runs actions by name; this one is the notice's.
		event.stopPropagation();
		notice.hidden = true;
		island.acknowledge(seen);
		island.say(t['ladderChange.dismissed']);
		island.root.querySelector<HTMLElement>('input:not([disabled]), select, textarea')?.focus();
	};
}
