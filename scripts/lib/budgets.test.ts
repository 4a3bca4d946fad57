import { describe, expect, it } from 'vitest';
import {
	budgetFor,
	checkPageScripts,
	globToRegExp,
	isSiteModule,
	type Budgets,
	type BuildFacts,
	type ScriptChunk,
} from './budgets';
import { sha256Source } from '../../src/build/csp';

const budgets: Budgets = {
	islands: [
		{ name: 'checklist', patterns: ['src/features/checklist/Checklist.astro'], maxGzip: 100 },
		{ name: 'builder', patterns: ['src/components/builders/**'], maxGzip: 100 },
	],
	starlightChromeGzip: 200,
	chromeAllowanceGzip: 50,
};

const chunk = (
	fileName: string,
	modules: string[],
	imports: string[] = [],
	code = fileName,
): ScriptChunk => ({
	fileName,
	codeHash: sha256Source(code),
	modules,
	imports,
	dynamicImports: [],
});

function facts(
	chunks: ScriptChunk[],
	sizes: Record<string, number>,
	inline = new Map<string, string>(),
): BuildFacts {
	return {
		chunks: new Map(chunks.map((c) => [c.fileName, c])),
		inlineSources: inline,
		fileGzip: (path) => sizes[path] ?? 0,
	};
}

describe('globToRegExp', () => {
	it('matches * within a folder and ** across folders', () => {
		expect(globToRegExp('src/components/*.astro').test('src/components/Checklist.astro')).toBe(true);
		expect(globToRegExp('src/components/*.astro').test('src/components/builders/Plan.astro')).toBe(false);
		expect(globToRegExp('src/components/builders/**').test('src/components/builders/plan/Plan.astro')).toBe(
			true,
		);
		expect(globToRegExp('src/a.b').test('src/aXb')).toBe(false);
	});
});

describe('isSiteModule and budgetFor', () => {
	it('tells project files from packages and virtual modules', () => {
		expect(isSiteModule('src/kit/backup.ts')).toBe(true);
		expect(isSiteModule('node_modules/@astrojs/starlight/components/Search.astro')).toBe(false);
		expect(isSiteModule('virtual:vite/preload-helper.js')).toBe(false);
	});

	it('takes the first budget whose pattern matches a module', () => {
		expect(budgetFor(['src/kit/backup.ts', 'src/components/builders/Plan.astro'], budgets)?.name).toBe(
			'builder',
		);
		expect(budgetFor(['src/components/Other.astro'], budgets)).toBeUndefined();
	});
});

describe('checkPageScripts', () => {
	const starlight = chunk(
		'_astro/search.js',
		['node_modules/@astrojs/starlight/Search.astro'],
		['_astro/ui.js'],
	);
	const ui = chunk('_astro/ui.js', ['node_modules/@pagefind/default-ui/ui.js']);
	const storage = chunk('_astro/storage.js', ['src/kit/backup.ts']);

	it('passes a page that loads only Starlight scripts', () => {
		const html = '<script type="module" src="/_astro/search.js"></script>';
		const report = checkPageScripts(
			html,
			facts([starlight, ui], { '_astro/search.js': 500, '_astro/ui.js': 900 }),
			budgets,
		);
		expect(report.problems).toEqual([]);
		expect(report.islands).toEqual([]);
		expect(report.jsGzip).toBe(1400);
	});

	it('charges an island for its code and its imports, and fails it over budget naming the files', () => {
		const island = chunk(
			'_astro/Checklist.js',
			['src/features/checklist/Checklist.astro'],
			['_astro/storage.js'],
		);
		const html = '<script type="module" src="/_astro/Checklist.js"></script>';
		const sizes = { '_astro/Checklist.js': 60, '_astro/storage.js': 30 };
		const within = checkPageScripts(html, facts([island, storage], sizes), budgets);
		expect(within.problems).toEqual([]);
		expect(within.islands[0]?.gzip).toBe(90);

		const over = checkPageScripts(
			html,
			facts([island, storage], { ...sizes, '_astro/storage.js': 50 }),
			budgets,
		);
		expect(over.problems).toHaveLength(1);
		expect(over.problems[0]).toContain('island "checklist"');
		expect(over.problems[0]).toContain('_astro/storage.js: 50');
	});

	it('recognises an island script that Astro inlined into the page by its code', () => {
		const code = 'customElements.define("x-list", class extends HTMLElement {});';
		const island = chunk('_astro/Checklist.inline.js', ['src/features/checklist/Checklist.astro'], [], code);
		const html = `<script type="module">${code}</script>`;
		const report = checkPageScripts(html, facts([island], {}), budgets);
		expect(report.islands.map((i) => i.budget.name)).toEqual(['checklist']);
	});

	it('fails a script of ours that no budget covers: a page without an island ships only Starlight', () => {
		const stray = chunk('_astro/Tracker.js', ['src/components/Tracker.astro']);
		const html = '<script type="module" src="/_astro/Tracker.js"></script>';
		const report = checkPageScripts(html, facts([stray], {}), budgets);
		expect(report.problems[0]).toContain('src/components/Tracker.astro');
		expect(report.problems[0]).toContain('matches no island budget');
	});

	it('fails a script the build has no record of', () => {
		const report = checkPageScripts('<script src="/stray.js"></script>', facts([], {}), budgets);
		expect(report.problems[0]).toContain('stray.js');
	});

	it('charges a returning reader the chunk the island fetches at load with saved work, its static imports, and not what the page has', () => {
		const returning = { modules: ['src/features/builders/editor.ts'], maxGzip: 100 };
		const withReturning: Budgets = {
			...budgets,
			islands: [{ name: 'builder', patterns: ['src/features/builders/**'], maxGzip: 100, returning }],
		};
		const gate = {
			...chunk('_astro/gate.js', ['src/features/builders/element.ts'], ['_astro/store.js']),
			dynamicImports: ['_astro/editor.js', '_astro/actions.js'],
		};
		const editor = chunk(
			'_astro/editor.js',
			['src/features/builders/editor.ts'],
			['_astro/drafts.js', '_astro/store.js'],
		);
		const chunks = [
			gate,
			editor,
			chunk('_astro/drafts.js', ['src/features/builders/drafts.ts']),
			chunk('_astro/store.js', ['src/kit/store.ts']),
			chunk('_astro/actions.js', ['src/features/builders/actions.ts']),
		];
		const sizes = {
			'_astro/gate.js': 20,
			'_astro/store.js': 10,
			'_astro/editor.js': 40,
			'_astro/drafts.js': 15,
			'_astro/actions.js': 500,
		};
		const html = '<script type="module" src="/_astro/gate.js"></script>';
		const within = checkPageScripts(html, facts(chunks, sizes), withReturning);
		// The gate and the store at load (30), the editor and the drafts codec (55); not the actions.
		expect(within.islands[0]?.returningGzip).toBe(85);
		expect(within.problems).toEqual([]);

		const over = checkPageScripts(html, facts(chunks, { ...sizes, '_astro/editor.js': 80 }), withReturning);
		expect(over.problems).toEqual([
			'island "builder" ships 125 B gzip when the page loads for a reader with saved work, over its budget of 100 B: its load (30 B) and _astro/drafts.js, _astro/editor.js',
		]);
	});

	it("knows Starlight's is:inline scripts by their source and does not charge them", () => {
		const body = '\n\tStarlightThemeProvider.updatePickers();\n';
		const inline = new Map([[sha256Source(body), 'node_modules/@astrojs/starlight/ThemeSelect.astro']]);
		const report = checkPageScripts(`<script>${body}</script>`, facts([], {}, inline), budgets);
		expect(report.problems).toEqual([]);
	});
});
