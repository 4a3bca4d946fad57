/**
 * The `<head>` tags that make a pasted link look right (Open Graph and Twitter cards:
 * title, description, image) and that feed search its filters. Starlight already writes the
 * title, description, canonical URL, og:title/description/url and twitter:card; these fill
 * in the rest without repeating what is there.
 */

/** A tag in Starlight's head list. */
export interface HeadTag {
	tag: 'meta' | 'link' | 'title' | 'script' | 'style' | 'base' | 'noscript' | 'template';
	attrs?: Record<string, string | boolean | undefined>;
	content?: string;
}

/** The picture shown in link previews. */
export interface SocialImage {
	/** Absolute URL. */
	url: string;
	width: number;
	height: number;
	alt: string;
}

/** What a preview says about one page. */
export interface PreviewInput {
	title: string;
	description: string | undefined;
	image: SocialImage;
}

const key = (tag: HeadTag) => tag.attrs?.['property'] ?? tag.attrs?.['name'];

/** The preview tags `head` lacks, in the order they should follow it. */
export function previewTags(head: readonly HeadTag[], page: PreviewInput): HeadTag[] {
	const present = new Set(head.filter((t) => t.tag === 'meta').map(key));
	const type = /\.jpe?g(?:[?#]|$)/i.test(page.image.url) ? 'image/jpeg' : 'image/png';
	const wanted: [string, 'property' | 'name', string | undefined][] = [
		['og:image', 'property', page.image.url],
		['og:image:type', 'property', type],
		['og:image:width', 'property', String(page.image.width)],
		['og:image:height', 'property', String(page.image.height)],
		['og:image:alt', 'property', page.image.alt],
		['twitter:title', 'name', page.title],
		['twitter:description', 'name', page.description],
		['twitter:image', 'name', page.image.url],
		['twitter:image:alt', 'name', page.image.alt],
	];
	return wanted
		.filter(([name, , content]) => content !== undefined && content !== '' && !present.has(name))
		.map(([name, attr, content]) => ({ tag: 'meta', attrs: { [attr]: name, content } }));
}

/** Search filter values of one page, by filter name ("kind" → ["review"]). */
export type SearchFilters = Record<string, readonly string[]>;

/**
 * Tags that give Pagefind a page's filter values (`data-pagefind-filter`). They live in the
 * head as `<meta name="threshold:<filter>">` so the page body stays as the author wrote it.
 */
export function filterTags(filters: SearchFilters): HeadTag[] {
	return Object.entries(filters).flatMap(([name, values]) =>
		values.map((value): HeadTag => ({
			tag: 'meta',
			attrs: { name: `threshold:${name}`, content: value, 'data-pagefind-filter': `${name}[content]` },
		})),
	);
}

/** The search filters a page's frontmatter gives it: kind, audience and each skill. */
export function pageFilters(data: {
	kind?: string;
	audience?: string;
	skills?: readonly string[];
}): SearchFilters {
	const filters: Record<string, string[]> = {};
	if (data.kind) filters['kind'] = [data.kind];
	if (data.audience) filters['audience'] = [data.audience];
	if (data.skills?.length) filters['skill'] = [...data.skills];
	return filters;
}
