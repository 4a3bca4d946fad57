/**
 * Islands load what a reader uses rarely (export, import, reset, notes on changed items) with
 * `import()` on first use. For each such import Vite adds to the island's script the list of
 * files to preload and a call to its preload helper: bytes every page load pays for a click
 * that may never come. This integration turns that off for the browser build; an action
 * then fetches its few files when first used.
 */
import type { AstroIntegration } from 'astro';

/** The integration: add it to `integrations` in `astro.config.mjs`. */
export function noPreload(): AstroIntegration {
	return {
		name: 'threshold:no-preload',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'threshold:no-preload',
								// Astro sets its own preload options for every environment; only the browser's are changed.
								configEnvironment(name, config) {
									if (name === 'client') config.build = { ...config.build, modulePreload: false };
								},
							},
						],
					},
				});
			},
		},
	};
}
