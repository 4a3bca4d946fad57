/**
 * One behavior's boxes and fields as its mark says. It loads with the page, so ticking
 * "does not apply" shows the reason field at once: a keyboard reader's next Tab lands in it
 * even while the drawing (`draw.ts`) is still on its way.
 */
import type { Mark } from './saved';

/** Sets the ticks, the enabled "seen" box, which field shows, and the fields' text of `li`. */
export function showMark(li: HTMLElement, mark: Mark | undefined): void {
	const id = li.dataset['behavior']!;
	const input = (kind: string) => li.querySelector<HTMLInputElement>(`[id="${kind}-${id}"]`)!;
	const notApplicable = mark?.notApplicable ?? false;
	input('shown').checked = mark?.shown ?? false;
	input('shown').disabled = notApplicable;
	input('na').checked = notApplicable;
	li.querySelector<HTMLElement>('[data-field="evidence"]')!.hidden = notApplicable;
	li.querySelector<HTMLElement>('[data-field="reason"]')!.hidden = !notApplicable;
	// Leave the field the reader is typing in alone (another tab may have saved meanwhile).
	for (const [kind, value] of [
		['evidence', mark?.evidence],
		['reason', mark?.reason],
	] as const)
		if (document.activeElement !== input(kind)) input(kind).value = value ?? '';
}
