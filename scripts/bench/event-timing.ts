/**
 * Interaction to next paint from the browser's Event Timing entries, as pure functions: the
 * entries of one interaction (pointerdown, pointerup, click; or keydown, input, keyup) share
 * an `interactionId`, and the interaction lasted as long as its longest entry.
 */
import { median } from './content.ts';

/** The fields of a PerformanceEventTiming entry the bench uses. */
export interface EventEntry {
	name: string;
	interactionId: number;
	duration: number;
}

/** The longest duration of each interaction, in the order the interactions began. */
export function interactionDurations(entries: readonly EventEntry[]): number[] {
	const longest = new Map<number, number>();
	for (const entry of entries) {
		if (!entry.interactionId) continue;
		longest.set(entry.interactionId, Math.max(longest.get(entry.interactionId) ?? 0, entry.duration));
	}
	return [...longest.entries()].sort(([a], [b]) => a - b).map(([, duration]) => duration);
}

/** One scenario's figures, ms. */
export interface InteractionSummary {
	/** Interactions performed. */
	count: number;
	/** Interactions under the observer's 16 ms threshold, which report no entry at all. */
	under16: number;
	/** Median of all interactions, counting those under the threshold as 16 ms (an upper bound). */
	medianMs: number;
	/** The slowest one (often the first, which may load code on first use). */
	maxMs: number;
}

/**
 * Sums up `durations` (one per interaction that reported) out of `count` performed: the
 * browser reports nothing for an interaction under `threshold`, so those count as `threshold`.
 */
export function summarizeInteractions(
	durations: readonly number[],
	count: number,
	threshold = 16,
): InteractionSummary {
	const under = Math.max(0, count - durations.length);
	const all = [...durations, ...Array.from({ length: under }, () => threshold)];
	return {
		count,
		under16: under,
		medianMs: all.length > 0 ? median(all) : Number.NaN,
		maxMs: all.length > 0 ? Math.max(...all) : Number.NaN,
	};
}

/** A median as a cell: "<16" when the median interaction reported no entry. */
export function inpCell(summary: InteractionSummary | null | undefined, threshold = 16): string {
	if (!summary || Number.isNaN(summary.medianMs)) return '–';
	return summary.medianMs <= threshold && summary.under16 > summary.count / 2
		? `<${threshold}`
		: String(Math.round(summary.medianMs));
}
