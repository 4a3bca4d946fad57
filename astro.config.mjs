// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { loadSiteContent } from './src/config/load.ts';
import { isValidLadderLink, ladder } from './src/integrations/ladder.ts';
import { baseLinks } from './src/integrations/base-links.ts';

// Everything team-specific comes from content/: see src/config/load.ts.
const { site, sidebar } = loadSiteContent();
const repository = site.repository.url.replace(/\/+$/, '');

export default defineConfig({
	// Playbooks live in the top-level content/docs, which Starlight's docsLoader finds
	// as <srcDir>/content/docs. Code lives in src/ and is imported by path.
	srcDir: './',
	site: site.url,
	integrations: [
		starlight({
			title: site.name,
			description: site.tagline,
			logo: site.logo && {
				light: site.logo.light,
				dark: site.logo.dark,
				alt: site.logo.alt,
				replacesTitle: false,
			},
			favicon: '/favicon.svg',
			social: [{ icon: 'github', label: 'Source repository', href: repository }],
			editLink: { baseUrl: `${repository}/edit/${site.repository.branch}/` },
			sidebar,
			customCss: ['./src/styles/custom.css'],
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
			},
			lastUpdated: false,
			// Templates are prose: wrap long lines instead of scrolling sideways (phones, print).
			expressiveCode: { defaultProps: { wrap: true } },
			plugins: [
				baseLinks(),
				starlightLinksValidator({
					errorOnInvalidHashes: true,
					errorOnLocalLinks: true,
					// Generated ladder pages are not Markdown: the ladder integration checks links to them.
					exclude: isValidLadderLink,
				}),
			],
		}),
		ladder(),
	],
});
