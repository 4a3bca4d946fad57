/**
 * A returning reader's load: an island with saved work to show fetches part of what it otherwise
 * loads on first use as the page loads (the builder's editor, the ladder islands' drawing). What
 * that costs is the island's load plus those chunks and everything they import statically that
 * is not loaded already. Pure, over the build's chunk records, like `budgets.ts`.
 */
import type { ScriptChunk } from './budgets.ts';

/** The chunks of `onDemand` (files reached only on demand) holding a module one of `patterns` matches, with their static imports. */
export function returningFiles(
	onDemand: string[],
	chunks: Map<string, ScriptChunk>,
	matches: (module: string) => boolean,
): string[] {
	const onDemandSet = new Set(onDemand);
	const found = new Set<string>();
	const queue = onDemand.filter((file) => chunks.get(file)?.modules.some(matches));
	while (queue.length > 0) {
		const file = queue.shift() ?? '';
		// A static import the page already loaded (the store, say) costs nothing more.
		if (found.has(file) || !onDemandSet.has(file)) continue;
		found.add(file);
		queue.push(...(chunks.get(file)?.imports ?? []));
	}
	return [...found].sort();
}
