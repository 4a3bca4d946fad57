/**
 * Starlight route middleware: adds the headings that `<LadderGroup>` and `<LadderSkill>`
 * render to the page's headings and "On this page" (see `page-headings.ts`).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import ladder from 'virtual:threshold/ladder';
import { nestToc, withLadderHeadings } from './page-headings';
import { findLadderRefs } from './spine';

/** Runs for every Starlight page; a page without ladder headings is left as it is. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const body = route.entry.body;
	if (!body || !/<Ladder(?:Group|Skill)\b/.test(body)) return;
	const refs = findLadderRefs(route.entry.filePath ?? '', route.id, body);
	route.headings = withLadderHeadings(route.headings, refs, ladder);
	const top = route.toc?.items[0];
	if (route.toc && top) route.toc.items = nestToc(route.headings, route.toc, top);
});
