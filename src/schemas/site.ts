/**
 * The site identity a forking team edits in `content/site.json`.
 * Read once by `astro.config.mjs`; every page gets its name, logo and
 * repository links from here, so nothing team-specific lives in `src/`.
 */
import { z } from 'astro/zod';
import { formatIssues } from './errors';

/** Schema for `content/site.json`. */
export const siteSchema = z
	.object({
		/** Shown in the header, the page title and link previews. */
		name: z.string().min(1, 'Give the site a name, e.g. "Acme Engineering Ladder".'),
		/** One line under the name on the home page and in link previews. */
		tagline: z.string().min(1, 'Write a one-line tagline.'),
		/** Where the site is published, used for canonical URLs and the sitemap. */
		url: z.url('Use a full URL such as "https://ladder.example.com".'),
		/** Paths (from the project root) of the header logo in light and dark themes. */
		logo: z
			.object({
				light: z.string().min(1),
				dark: z.string().min(1),
				/** Empty when the site name is shown next to the logo. */
				alt: z.string().default(''),
			})
			.optional(),
		/**
		 * The picture link previews show (Open Graph, Twitter cards) for every page: a PNG or
		 * JPEG under content/assets/, ideally 1200×630, and a description of it.
		 */
		socialImage: z
			.object({
				src: z
					.string()
					.regex(
						/^\.\/content\/assets\/.+\.(png|jpe?g)$/i,
						'Give the path of a PNG or JPEG under content/assets/, e.g. "./content/assets/social.png" (chat apps do not show SVG or WebP previews).',
					),
				alt: z.string().default(''),
			})
			.default({ src: './content/assets/social.png', alt: '' }),
		/**
		 * The site's language: `lang` is a BCP 47 tag ("en", "de", "pt-BR"), `label` its name in
		 * that language. Starlight's own interface comes translated for many languages; the
		 * site's words are in `content/i18n/<lang>.json`. Dates and numbers follow `lang`.
		 */
		language: z
			.object({
				lang: z
					.string()
					.regex(
						/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
						'Use a BCP 47 language tag, e.g. "en", "de" or "pt-BR".',
					),
				label: z.string().min(1, 'Name the language in itself, e.g. "Deutsch".'),
			})
			.default({ lang: 'en', label: 'English' }),
		/** The team's repository: "Edit this page" and "Suggest a change" link here. */
		repository: z.object({
			url: z.url('Use the repository web address, e.g. "https://github.com/acme/ladder".'),
			branch: z.string().min(1).default('main'),
		}),
		/**
		 * Prefix for everything the site saves in a reader's browser. Two sites on one
		 * origin (say, two forks under one GitHub Pages account) must use different values.
		 */
		storageNamespace: z
			.string()
			.regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and dashes, e.g. "acme-ladder".'),
	})
	.loose();

/** The validated site identity. */
export type SiteIdentity = z.infer<typeof siteSchema>;

/** Validates raw site identity data, throwing an error that names the file, field and fix. */
export function parseSiteIdentity(raw: unknown, file = 'content/site.json'): SiteIdentity {
	const result = siteSchema.safeParse(raw);
	if (!result.success) throw new Error(formatIssues(file, result.error.issues));
	return result.data;
}

/** The URL of a file in the team's repository, for "Edit this page" and "Suggest a change". */
export function repositoryFileUrl(site: SiteIdentity, path: string): string {
	const base = site.repository.url.replace(/\/+$/, '');
	return `${base}/edit/${site.repository.branch}/${path.replace(/^\/+/, '')}`;
}
