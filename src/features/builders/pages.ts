/**
 * Where a builder lives: the page whose MDX places `<Builder kind="…">`, so another island
 * can send a reader there (a hand-off, see src/kit/handoff.ts) without the path written
 * into code. Build-time and pure.
 */

/** A page as the docs collection gives it: its id (path under content/docs) and its MDX. */
export interface PageSource {
	id: string;
	body?: string | undefined;
}

/** The id of the first page (by id) that holds the builder of `kind`, or undefined if none does. */
export function pageWithBuilder(pages: PageSource[], kind: string): string | undefined {
	const tag = new RegExp(`<Builder\\b[^>]*\\bkind=["']${kind.replace(/[^\w-]/g, '')}["']`);
	return pages
		.filter((page) => tag.test(page.body ?? ''))
		.map((page) => page.id)
		.sort()[0];
}
