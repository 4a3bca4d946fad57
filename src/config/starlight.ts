/**
 * Starlight's options that come from the site identity, the ones plain Starlight shares:
 * `astro.config.mjs` adds Threshold's own to them, and the bench (`scripts/bench/sites.ts`)
 * builds a plain Starlight site with exactly these, so the two compare.
 */

/** The parts of `content/site.json` the shared options use. */
export interface StarlightSite {
	name: string;
	tagline: string;
	logo?: { light: string; dark: string; alt: string } | undefined;
	repository: { url: string; branch: string };
}

/**
 * Title, description, logo, favicon, the repository and edit links, the sidebar, and the
 * display choices Threshold makes (no "last updated", wrapped code blocks).
 */
export function sharedStarlightOptions<Sidebar>(
	site: StarlightSite,
	sidebar: Sidebar,
	repositoryLabel: string,
) {
	const repository = site.repository.url.replace(/\/+$/, '');
	return {
		title: site.name,
		description: site.tagline,
		logo: site.logo && {
			light: site.logo.light,
			dark: site.logo.dark,
			alt: site.logo.alt,
			replacesTitle: false,
		},
		favicon: '/favicon.svg',
		social: [{ icon: 'github' as const, label: repositoryLabel, href: repository }],
		editLink: { baseUrl: `${repository}/edit/${site.repository.branch}/` },
		sidebar,
		lastUpdated: false,
		// Templates are prose: wrap long lines instead of scrolling sideways (phones, print).
		expressiveCode: { defaultProps: { wrap: true } },
	};
}
