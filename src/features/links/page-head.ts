/**
 * Starlight route middleware: adds the link-preview tags (Open Graph and Twitter image,
 * title and description) and the search filters from the frontmatter to every page's head,
 * and lets Pagefind search the page description.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { ImageMetadata } from 'astro';
import siteJson from '../../../content/site.json';
import { parseSiteIdentity } from '../../schemas/site';
import { filterTags, pageFilters, previewTags, type HeadTag } from './head-tags';

const site = parseSiteIdentity(siteJson);

// Every picture a team may choose as its social image; Vite emits the one used, hashed.
const images = import.meta.glob<ImageMetadata>('/content/assets/**/*.{png,jpg,jpeg,PNG,JPG,JPEG}', {
	eager: true,
	import: 'default',
});

function socialImage(): ImageMetadata {
	const path = site.socialImage.src.replace(/^\.\//, '/');
	const image = images[path];
	if (!image) {
		throw new Error(
			`content/site.json: socialImage.src "${site.socialImage.src}" was not found. ` +
				'Put a PNG or JPEG (1200×630 works everywhere) under content/assets/ and give its path, e.g. "./content/assets/social.png".',
		);
	}
	return image;
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { data } = route.entry;
	const image = socialImage();
	const base = context.site ?? context.url;
	const head = route.head as HeadTag[];

	// Pagefind searches the description too (it is often the best summary of the page).
	const description = head.find((t) => t.tag === 'meta' && t.attrs?.['name'] === 'description');
	if (description?.attrs) description.attrs['data-pagefind-meta'] = 'description[content]';

	head.push(
		...previewTags(head, {
			title: data.title,
			description: data.description ?? site.tagline,
			image: {
				url: new URL(image.src, base).href,
				width: image.width,
				height: image.height,
				alt: site.socialImage.alt,
			},
		}),
		...filterTags(pageFilters(data)),
	);
});
