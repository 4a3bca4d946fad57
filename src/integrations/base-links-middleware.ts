/**
 * Prefixes root-relative links written in frontmatter (hero actions, prev and next) with
 * the site's base path. Registered by the base-links plugin only when the base is not "/".
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../features/ladder/view';

/** Rewrites frontmatter links on the page about to render. */
export const onRequest = defineRouteMiddleware((context) => {
	const base = import.meta.env.BASE_URL;
	const data = context.locals.starlightRoute.entry.data;
	for (const action of data.hero?.actions ?? []) action.link = withBase(action.link, base);
	for (const key of ['prev', 'next'] as const) {
		const link = data[key];
		if (typeof link === 'object' && link !== null && 'link' in link && typeof link.link === 'string') {
			link.link = withBase(link.link, base);
		}
	}
});
