/**
 * Publishes the career ladder in `content/ladder/`: validates it (with the pages'
 * `skills`) before anything is built, hands it to pages as the virtual module
 * `virtual:threshold/ladder`, and injects the generated ladder pages under `/ladder/`.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { ladderDir, loadLadderAndRefs } from './load';
import { LadderError } from './problems';
import { ladderPageSource } from './page-sources';
import { ladderLinkChecker } from './view';
import type { PageSource } from '../links/lock-messages';
import type { Ladder } from './types';
import type { LadderRef } from './spine';

const moduleId = 'virtual:threshold/ladder';
const resolvedId = `\0${moduleId}`;
// The ladder ids the pages name, for <FrameworkMap>: a module of its own, so no other page imports them.
const refsModuleId = 'virtual:threshold/ladder-refs';
const resolvedRefsId = `\0${refsModuleId}`;

// A build reads the ladder and the pages once, when the config is set up; the modules and
// the link checks reuse that read. In dev each load reads afresh, since the files change.
let builtLadder: { ladder: Ladder; refs: LadderRef[] } | undefined;
const current = (root: string) => builtLadder ?? loadLadderAndRefs(root);

/** The ladder's pages: URL pattern and the route file under src/features/ that renders it. */
const routes: [pattern: string, file: string][] = [
	['/ladder', 'ladder/routes/index.astro'],
	['/ladder/levels/[level]', 'ladder/routes/level.astro'],
	['/ladder/competencies/[competency]', 'ladder/routes/competency.astro'],
	['/ladder/changes', 'ladder/routes/changes-index.astro'],
	['/ladder/changes/[pair]', 'ladder/routes/changes.astro'],
	['/ladder/self-assessment', 'ladder/routes/self-assessment.astro'],
	['/ladder/evidence-log', 'ladder/routes/evidence-log.astro'],
	['/ladder/versions', 'ladder/routes/versions.astro'],
	['/ladder/mentor', 'mentor/route.astro'],
];

/** Serves the validated ladder to pages, and reloads it in dev when its files change. */
function ladderModule(root: string): Plugin {
	const watched = [resolve(root, ladderDir), resolve(root, 'content/docs')];
	return {
		name: 'threshold-ladder',
		resolveId(id) {
			if (id === moduleId) return resolvedId;
			return id === refsModuleId ? resolvedRefsId : undefined;
		},
		load(id) {
			if (id === resolvedId) return `export default ${JSON.stringify(current(root).ladder)};`;
			if (id === resolvedRefsId) return `export default ${JSON.stringify(current(root).refs)};`;
			return undefined;
		},
		configureServer(server) {
			server.watcher.add(watched);
			const reload = (file: string) => {
				if (!watched.some((dir) => resolve(file).startsWith(dir))) return;
				for (const id of [resolvedId, resolvedRefsId]) {
					const mod = server.moduleGraph.getModuleById(id);
					if (mod) server.moduleGraph.invalidateModule(mod);
				}
				server.ws.send({ type: 'full-reload' });
			};
			for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
		},
	};
}

// Set when the config is set up (`--base` may change the base), read when links are validated.
let checkLadderLink: ((link: string) => boolean) | undefined;
let configured: { root: string; base: string } = { root: '.', base: '/' };

/**
 * For the links validator's `exclude` option: true for a link into the ladder's pages
 * whose page and anchor exist, so the validator, which only knows Markdown pages, skips
 * it. A broken link into the ladder is not excluded, so it still fails the build.
 */
export function isValidLadderLink({ link }: { link: string }): boolean {
	checkLadderLink ??= ladderLinkChecker(current(configured.root).ladder, configured.base);
	return checkLadderLink(link);
}

/**
 * For the anchor lock's messages: where a generated ladder page's ids come from, or
 * undefined for a page that is not the ladder's.
 */
export function ladderSourceOf(page: string): PageSource | undefined {
	return ladderPageSource(page, current(configured.root).ladder, ladderDir);
}

/** The Astro integration that validates the ladder and generates its pages. */
export function ladder(): AstroIntegration {
	return {
		name: 'threshold-ladder',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				configured = { root, base: config.base };
				checkLadderLink = undefined;
				builtLadder = undefined;
				try {
					const read = loadLadderAndRefs(root);
					if (command === 'build') builtLadder = read;
				} catch (error) {
					if (!(error instanceof LadderError)) throw error;
					// The report is the useful part; a stack trace would bury it.
					logger.error(`\n${error.message}\n`);
					const stop = new Error('The ladder in content/ has mistakes; see the list above.');
					stop.stack = stop.message;
					throw stop;
				}
				for (const [pattern, file] of routes) {
					injectRoute({
						pattern,
						entrypoint: join(root, 'src/features', file),
						prerender: true,
					});
				}
				updateConfig({ vite: { plugins: [ladderModule(root)] } });
			},
		},
	};
}
