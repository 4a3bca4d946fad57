/**
 * Size budgets of the built site, checked by `npm run test:dist` (scripts/check-dist.ts).
 * Bytes are gzip (level 9) of the files in `dist/`. README "Size budgets" explains each.
 */
import type { Budgets } from '../../scripts/lib/budgets.ts';

/** The site's budgets. An island script whose source matches no pattern here fails the check. */
export const budgets: Budgets = {
	islands: [
		{
			// Issue budget: 4 kB when the page loads. Reset, undo, copy, export and import load on first use,
			// with the notices about storage and the notes on reworded or removed items (both rare).
			name: 'checklist',
			patterns: ['src/features/checklist/**'],
			// 4,088 B measured 2026-11-30, after the page began naming the storage namespace (a chunk
			// less) and the linked item's scroll used :target.
			maxGzip: 4 * 1024,
			// Was 7 kB; the kit's status line (a chunk shared with My progress) and the notices moved off
			// the load path cost 0.3 kB on first use while the load fell by the same.
			maxGzipWithOnDemand: 7.375 * 1024,
		},
		{
			// "My growth" (/my-progress/): at load, the first steps or every saved checklist. Once anything
			// is saved, where the reader stands, evidence coverage and drafts load (sections.ts, with the
			// assessment's results and codec and the evidence log's codec: 4.7 kB); export and import on
			// first use.
			name: 'my-progress',
			patterns: ['src/features/my-progress/**'],
			// Measured 4,084 B at load on 2026-11-30 (the target: 4 kB; its limit: 5.5 kB).
			maxGzip: 4 * 1024,
			// Measured 11,314 B on 2026-11-30 (11,838 B before the log's weeks and the assessment's
			// marking left the modules My growth reads; +53 B for a draft's "started" date): the load,
			// the sections, and export and import.
			maxGzipWithOnDemand: 11.125 * 1024,
		},
		{
			// "Draft the next agenda" on the 1:1s playbook: the button at load (2,524 B measured
			// 2026-11-30, most of it the store shared with the builder); reading the plan, log and last
			// agenda (the drafts codec with builders/answers.ts, 0.8 kB, not the whole model) and drafting
			// load on first use (6,718 B in all, measured 2026-11-30).
			name: 'agenda',
			patterns: ['src/features/agenda/**'],
			maxGzip: 3 * 1024,
			maxGzipWithOnDemand: 6784,
		},
		{
			// Each builder is measured on its own: one builder's script and all it imports.
			// At load, a gate (element.ts, wake.ts) over the store: the server renders the form as a new
			// draft, with its name and preview; the gate keeps what is typed before the editor comes. The
			// editor (editor.ts: drafts codec, model, preview, checks, saving) loads on the first pointer,
			// focus, touch or input in the builder, or at load when a draft is saved, a hand-off waits or
			// the address holds a `#doc=` link (a returning reader: 5,765 B at load, measured 2026-11-30). A new draft, delete and undo, copy, download, share
			// links, hand-offs, the status line and the notices about storage load on first use (actions.ts).
			name: 'builder',
			patterns: ['src/features/builders/**'],
			// Issue budget: 4 kB. 2,122 B measured 2026-11-30 on a first visit (was 5,875 B, budget 6 kB):
			// the model, the drafts codec, the drafts menu, the kit's words and status line moved to first use.
			maxGzip: 4 * 1024,
			// Copy, download, share links and opening a hand-off load on first use; the link packing
			// is shared with the mentor page (src/kit/fragment.ts), its own 0.4 kB chunk. Was 10 kB, then
			// 10.25 kB (10,252 B once a builder opens the draft a link names). 10,958 B measured 2026-11-30
			// once the editor left the load: +660 B on main's 10,298 B that day, most of it the gate (687 B).
			// 11,140 B measured 2026-12-01 once the actions ran in the reader's order through one import
			// and each save got a later time than the last (two fixes to the editor, about 40 B).
			maxGzipWithOnDemand: 11 * 1024,
			// A returning reader (a draft saved, a hand-off waiting, a `#doc=` link) gets the editor as the
			// page loads: 6,424 B measured 2026-12-01 (the gate, editor.ts, the drafts codec, the words).
			returning: { modules: ['src/features/builders/editor.ts'], maxGzip: 6.5 * 1024 },
		},
		{
			// The self-assessment and the evidence log (the generated ladder pages ship none).
			name: 'ladder',
			patterns: ['src/features/ladder/**'],
			// Issue 16: 4 kB when the page loads. Measured 2026-11-30: 3,848 B (assessment: the store,
			// the codec, taking a tick or a line of evidence and saving it) and 2,317 B (evidence log:
			// the store, enabling the form, today's date, knowing whether anything is saved). Was
			// 6.625 kB (6,668 B and 6,274 B). The pages are built with the results and the coverage of
			// no data, so drawing (results, coverage, the log, other levels), the status line and its
			// words, adding an entry and the actions moved to first use (draw.ts, then actions.ts):
			// when the reader reaches for a control, or with the page when something is saved (a
			// returning reader loads 7,720 B and 7,289 B then, about 1 kB more than before, in chunks).
			maxGzip: 4 * 1024,
			// Measured 2026-11-30 with everything either loads on first use (copy, download, backup,
			// restore, clear, the plan, the case, carrying data over a ladder change): 16,115 B
			// (assessment) and 14,339 B (evidence log). New: none was set before.
			maxGzipWithOnDemand: 16.25 * 1024,
			// A returning reader (marks or entries saved) gets the drawing as the page loads: 7,765 B
			// (assessment) and 7,477 B (evidence log) measured 2026-12-01.
			returning: {
				modules: ['src/features/ladder/self-assessment/draw.ts', 'src/features/ladder/evidence-log/draw.ts'],
				maxGzip: 8 * 1024,
			},
		},
		{
			// The mentor page: the kept views and the buttons at load; making a link, opening a
			// link or file (decode, checks, the view) and comparing load on first use.
			name: 'mentor',
			patterns: ['src/features/mentor/**'],
			maxGzip: 4 * 1024,
		},
		{
			// Question banks: filter by topic and text, with the filter in the URL.
			name: 'question-bank',
			patterns: ['src/features/question-banks/**'],
			maxGzip: 1536,
		},
		{
			// The search page with filters (the header search is Starlight's own).
			name: 'search-page',
			patterns: ['src/features/search/**'],
			maxGzip: 3 * 1024,
		},
		{
			// Redirect pages: carries a link's #anchor to the page's new address.
			name: 'redirect',
			patterns: ['src/features/links/redirect-page.ts'],
			maxGzip: 256,
		},
		{
			// Copy link / copy as Markdown on every heading and [data-linkable] element, site-wide.
			name: 'copy-link',
			patterns: [
				'src/overrides/MarkdownContent.astro',
				'src/features/links/loader.ts',
				'src/features/links/element.ts',
				'src/features/links/section-link.ts',
			],
			// Issue budget: 0.5 kB when the page loads, a loader (loader.ts) that fetches the control on
			// the first pointer, focus or touch on a heading. Was 2.5 kB, all of it at load.
			maxGzip: 512,
			// With the control itself (1.7 kB) and the shared clipboard helper (src/kit/io.ts, 0.4 kB).
			// The loader's import() goes through Vite's preload helper, which Starlight's search loads anyway.
			maxGzipWithOnDemand: 2.625 * 1024,
		},
	],
	// Measured by `npm run bench` on plain Starlight (same versions and site options, no
	// Threshold code) for a playbook page: its "chrome" (see pageChrome in scripts/lib/budgets.ts).
	starlightChromeGzip: 6665,
	// The CSP meta (its hashes do not compress: about 1 kB) and the playbook facts under the title.
	chromeAllowanceGzip: 1536,
};
