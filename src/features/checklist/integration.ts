/**
 * Registers the checklist transform (`markdown-plugin.ts`) with Astro's Markdown processor,
 * with the site's word for a group's "Train it:" line (`checklist.trainItMarker`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadWord } from '../../config/load';
import { checklistHastPlugin } from './markdown-plugin';

/** The integration: add it to `integrations` in `astro.config.mjs`, after Starlight. */
export function checklists(): AstroIntegration {
	return {
		name: 'threshold:checklists',
		hooks: {
			'astro:config:setup'({ config, logger }) {
				const root = fileURLToPath(config.root);
				const processor = config.markdown.processor as
					{ name?: string; options?: { hastPlugins?: unknown[] } } | undefined;
				const plugins = processor?.options?.hastPlugins;
				if (processor?.name !== 'satteri' || !Array.isArray(plugins)) {
					// The component still transforms its rendered slot: slower, the same pages.
					logger.warn('Checklists are transformed from their HTML: the Markdown processor is not Sätteri.');
					return;
				}
				plugins.push(checklistHastPlugin(loadWord('checklist.trainItMarker', root), root));
			},
		},
	};
}
