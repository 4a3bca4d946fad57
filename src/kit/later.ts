/**
 * Work an island does after the reader has seen the result of what they did: saving, and
 * redrawing what is out of sight. A tick then paints at once, and quick ticks share one run.
 */

/** Pending work: `schedule` it, `flush` it now; leaving or hiding the page flushes it. */
export interface Later {
	/** Runs the work `ms` after the next paint; scheduling again replaces the pending run. */
	schedule(ms?: number): void;
	/** Runs the work now if it is pending (before anything reads what it saves or draws). */
	flush(): void;
}

/** `work` as pending work (see `Later`). */
export function later(work: () => void): Later {
	let pending = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const flush = () => {
		if (pending) {
			pending = false;
			work();
		}
	};
	// A hidden page may never paint again, and a reload must find what was just ticked. (The
	// document's visibilitychange reaches the window too.)
	addEventListener('pagehide', flush);
	addEventListener('visibilitychange', () => {
		if (document.hidden) flush();
	});
	return {
		schedule(ms = 0) {
			pending = true;
			clearTimeout(timer);
			// A page that paints no frame (one in the background) still saves, a little later.
			timer = setTimeout(flush, ms + 500);
			// A frame callback runs just before the paint, and a timeout set there after it. Of
			// several callbacks in one frame, the last one's timeout stands.
			requestAnimationFrame(() => {
				clearTimeout(timer);
				timer = setTimeout(flush, ms);
			});
		},
		flush,
	};
}
