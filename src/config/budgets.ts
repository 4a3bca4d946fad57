/**
 * Size budgets of the built site, checked by `npm run test:dist` (scripts/check-budgets.ts).
 * Bytes are gzip (level 9) of the files in `dist/`. README "Size budgets" explains each.
 */
import type { Budgets } from '../lib/budgets.ts';

/** The site's budgets. An island script whose source matches no pattern here fails the check. */
export const budgets: Budgets = {
	islands: [
		{
			name: 'checklist',
			patterns: [
				'src/components/Checklist.astro',
				'src/components/checklist/**',
				'src/scripts/checklist*.ts',
			],
			maxGzip: 4 * 1024,
		},
		{
			// Each builder is measured on its own: one builder's script and all it imports.
			name: 'builder',
			patterns: ['src/components/builders/**', 'src/components/*Builder*.astro', 'src/scripts/builder*.ts'],
			maxGzip: 6 * 1024,
		},
		{
			name: 'ladder',
			patterns: ['src/components/ladder/**', 'src/components/*Ladder*.astro', 'src/scripts/ladder*.ts'],
			maxGzip: 6 * 1024,
		},
		{
			// Copy link / copy as Markdown on every heading and [data-linkable] element, site-wide.
			name: 'copy-link',
			patterns: ['src/components/CopyLink*.astro', 'src/components/links/**', 'src/scripts/copy-link*.ts'],
			maxGzip: 2 * 1024,
		},
	],
	// Measured by `npm run bench` on plain Starlight (same versions and site options, no
	// Threshold code) for a playbook page: its "chrome" (see pageChrome in src/lib/budgets.ts).
	starlightChromeGzip: 6665,
	// The CSP meta (its hashes do not compress: about 1 kB) and the playbook facts under the title.
	chromeAllowanceGzip: 1536,
};
