/**
 * Makes root-relative content links work when the site is published under a sub-path
 * (`astro build --base /our-ladder/`, as on GitHub Pages).
 *
 * Authors write links from the site root (`/playbooks/growth-plan/`), so a page moved
 * between folders keeps its links. Under a base those links would leave the site; this
 * Starlight plugin prefixes them at build time:
 * - in Markdown and MDX: `<a href>` and the `href` of components such as `<LinkCard>`,
 *   by a hast plugin that runs before the links validator, so the validator checks the
 *   links readers will follow;
 * - in frontmatter (hero actions, prev/next), by a route middleware.
 *
 * With the default base (`/`) it does nothing.
 */
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../features/ladder/view';

/** A hast plugin that prefixes root-relative `href`s with `base`. */
export function baseLinksHastPlugin(base: string): HastPluginDefinition {
	const prefix = (value: unknown) => (typeof value === 'string' ? withBase(value, base) : value);
	return {
		name: 'threshold-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				const next = prefix(href);
				if (next !== href) ctx.setProperty(node, 'href', next);
			},
		},
		mdxJsxFlowElement: { filter: [], visit: visitJsx },
		mdxJsxTextElement: { filter: [], visit: visitJsx },
	};

	function visitJsx(
		node: { attributes: { type: string; name?: string; value?: unknown }[] },
		ctx: { setProperty(node: never, key: string, value: unknown): void },
	) {
		for (const attribute of node.attributes) {
			if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href') continue;
			const next = prefix(attribute.value);
			if (next !== attribute.value) ctx.setProperty(node as never, 'href', next);
		}
	}
}

/** The Starlight plugin: registers the hast plugin and the frontmatter middleware when the base is not "/". */
export function baseLinks(): StarlightPlugin {
	return {
		name: 'threshold-base-links',
		hooks: {
			'config:setup'({ astroConfig, addIntegration, addRouteMiddleware }) {
				const base = astroConfig.base;
				if (!base || base === '/') return;
				addRouteMiddleware({
					entrypoint: fileURLToPath(new URL('src/integrations/base-links-middleware.ts', astroConfig.root)),
				});
				addIntegration({
					name: 'threshold-base-links',
					hooks: {
						'astro:config:setup'({ config, logger }) {
							const processor = config.markdown.processor as
								{ name?: string; options?: { hastPlugins?: unknown[] } } | undefined;
							const plugins = processor?.options?.hastPlugins;
							if (processor?.name !== 'satteri' || !Array.isArray(plugins)) {
								logger.warn(
									`Content links are not prefixed with the base "${base}": the Markdown processor is not Sätteri.`,
								);
								return;
							}
							// First, so the links validator (added after) sees the links as readers will.
							plugins.unshift(baseLinksHastPlugin(base));
						},
					},
				});
			},
		},
	};
}
