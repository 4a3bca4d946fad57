/**
 * Warnings of the bundler that say nothing a team can act on, kept out of the build's output so
 * that the ones that do stand out. Each is a known upstream issue, named here; remove its entry
 * once a release fixes it.
 */

/** What the bundler reports: rolldown's log objects carry a code and a message. */
export interface BundlerLog {
	code?: string;
	message: string;
}

/**
 * Astro marks each MDX page's module with a "use astro:head-inject" directive, which rolldown
 * warns it may not keep when bundling: once per page, 27 warnings in this site's build, the same
 * in plain Starlight (withastro/astro#18087). The directive only guides Astro's own analysis.
 */
export function isKnownNoise(log: BundlerLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** A `build.rollupOptions.onLog` that drops the known noise and passes everything else on. */
export function quietKnownWarnings<Level extends string, Log extends BundlerLog>(
	level: Level,
	log: Log,
	handler: (level: Level, log: Log) => void,
): void {
	if (!isKnownNoise(log)) handler(level, log);
}
