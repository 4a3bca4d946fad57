// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { loadConfigWords, loadSiteContent } from './src/config/load.ts';
import { sharedStarlightOptions } from './src/config/starlight.ts';
import { pagefindOptions } from './src/features/search/ranking.ts';
import { anchorRenderedByComponent, thresholdLinks } from './src/features/links/integration.ts';
import { isValidLadderLink, ladder, ladderSourceOf } from './src/features/ladder/integration.ts';
import { baseLinks } from './src/integrations/base-links.ts';
import { cspOptions } from './src/config/csp.ts';
import { scriptOrigins } from './src/build/script-origins.ts';
import { hostHeaders } from './src/build/host-headers.ts';
import { noPreload } from './src/build/no-preload.ts';
import { checklists } from './src/features/checklist/integration.ts';
import { componentImports } from './src/build/component-imports.ts';
import { quietKnownWarnings } from './src/build/known-warnings.ts';

// Everything team-specific comes from content/: see src/config/load.ts.
const { site, sidebar } = loadSiteContent();
const words = loadConfigWords(site.language.lang);

export default defineConfig({
	// Playbooks live in the top-level content/docs, which Starlight's docsLoader finds
	// as <srcDir>/content/docs. Code lives in src/ and is imported by path.
	srcDir: './',
	// Content-Security-Policy in every page: see src/config/csp.ts and the README.
	security: { csp: cspOptions() },
	// Stylesheets as files, never inline <style>: Astro leaves the hash of a component's inline
	// style out of the policy when the component is used from MDX, so the browser would refuse it.
	build: { inlineStylesheets: 'never' },
	// Expressive Code (in Starlight) highlights code blocks; Astro's own Shiki pass has nothing to do.
	markdown: { syntaxHighlight: false },
	// Bundler warnings nobody can act on (an upstream issue) stay out of the output: src/build/known-warnings.ts.
	vite: { build: { rollupOptions: { onLog: quietKnownWarnings } } },
	site: site.url,
	integrations: [
		starlight({
			// Title, logo, repository and edit links, sidebar: the options plain Starlight shares.
			...sharedStarlightOptions(site, sidebar, words['site.sourceRepository']),
			// Hosts that send no headers still keep page addresses out of other sites' logs.
			head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
			// One language, at the root: Starlight's interface in it, the site's words from
			// content/i18n/<lang>.json.
			locales: { root: { label: site.language.label, lang: site.language.lang } },
			customCss: ['./src/styles/custom.css', './src/kit/islands.css'],
			components: {
				PageTitle: './src/overrides/PageTitle.astro',
				MarkdownContent: './src/overrides/MarkdownContent.astro',
				Footer: './src/overrides/Footer.astro',
			},
			// Headings rendered by the ladder components join the table of contents.
			routeMiddleware: './src/features/ladder/route-middleware.ts',
			pagefind: pagefindOptions,
			plugins: [
				// Root-relative content links get the base path; runs before the validator checks them.
				baseLinks(),
				// Redirects, link previews, the search page and the anchor lock: src/features/links/integration.ts.
				thresholdLinks({ generatedSource: ladderSourceOf }),
				// dist/_headers for hosts that send headers; after the links plugin, which writes redirect pages.
				hostHeaders(),
				starlightLinksValidator({
					errorOnInvalidHashes: true,
					errorOnLocalLinks: true,
					// Anchors that components render, and links to the generated ladder pages, are
					// checked against the built pages and the ladder data instead of Markdown headings.
					exclude: (link) => anchorRenderedByComponent(link) || isValidLadderLink(link),
				}),
			],
		}),
		ladder(),
		// <Checklist> transformed on the Markdown tree as pages compile: src/features/checklist/markdown-plugin.ts.
		checklists(),
		// `import { Checklist } from '~/components'` in MDX becomes a direct import, so a page
		// carries the styles of the components it uses, not all ten: src/build/component-imports.ts.
		componentImports(),
		// Records where each browser script comes from, for the size budgets (npm run test:dist).
		scriptOrigins(),
		// No preload list in islands for what they load on first use: src/build/no-preload.ts.
		noPreload(),
	],
});
