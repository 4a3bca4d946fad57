/**
 * Work an island does after the reader has seen the result of what they did: saving, and
 * redrawing what is out of sight. A tick then paints at once, and quick ticks share one run.
 */

/** Pending work: `schedule` it, `flush` it now; leaving or hiding the page flushes it. */
export interface Later {
	/** Runs the work after the next paint, or `ms` from now; a run already pending is replaced. */
	schedule(ms?: number): void;
	/** Runs the work now if it is pending (before anything reads what it saves or draws). */
	flush(): void;
}

/** `work` as pending work (see `Later`). */
export function later(work: () => void): Later {
	let cancel: (() => void) | undefined;
	const flush = () => {
		if (!cancel) return;
		cancel();
		cancel = undefined;
		work();
	};
	// A hidden page may never paint again, and a reload must find what was just ticked.
	addEventListener('pagehide', flush);
	document.addEventListener('visibilitychange', () => {
		if (document.hidden) flush();
	});
	return {
		schedule(ms) {
			cancel?.();
			let timer = ms === undefined ? undefined : setTimeout(flush, ms);
			// A frame callback runs just before the paint; a timeout set there runs just after it.
			const frame = ms === undefined ? requestAnimationFrame(() => (timer = setTimeout(flush))) : 0;
			cancel = () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		},
		flush,
	};
}
