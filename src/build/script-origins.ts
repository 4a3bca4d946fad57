/**
 * Records where every browser script of the build comes from, for the size budgets
 * (`scripts/check-dist.ts`): which source modules each chunk holds, what it imports,
 * and the hash of its code, so that scripts Astro inlines into pages can be recognised too.
 * Writes `.astro/script-origins.json`; ships nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { sha256Source } from './csp.ts';
import type { ScriptChunk } from '../../scripts/lib/budgets.ts';

/** Where the build leaves its record of script origins, relative to the project root. */
export const scriptOriginsFile = '.astro/script-origins.json';

/** The integration: add it to `integrations` in `astro.config.mjs`. */
export function scriptOrigins(): AstroIntegration {
	let root = process.cwd();
	const chunks: ScriptChunk[] = [];
	// Project files relative to the root; Vite's virtual modules ("\0id") as "virtual:id".
	const sourcePath = (id: string) => {
		const path = id.replace(/\?.*$/, '');
		if (path.startsWith('\0')) return `virtual:${path.slice(1)}`;
		return path.startsWith('/') ? relative(root, path) : path;
	};
	const plugin: Plugin = {
		name: 'threshold:script-origins',
		// Before Astro's own generateBundle, which removes the chunks it inlines into pages.
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle(_options, bundle) {
			for (const output of Object.values(bundle)) {
				if (output.type === 'asset') {
					// Scripts a plugin emits as files (Expressive Code's copy button) rather than bundles.
					if (!output.fileName.endsWith('.js')) continue;
					chunks.push({
						fileName: output.fileName,
						codeHash: sha256Source(String(output.source).trim()),
						modules: output.originalFileNames.map(sourcePath),
						imports: [],
						dynamicImports: [],
					});
					continue;
				}
				chunks.push({
					fileName: output.fileName,
					codeHash: sha256Source(output.code.trim()),
					modules: output.moduleIds.map(sourcePath),
					imports: output.imports,
					dynamicImports: output.dynamicImports,
				});
			}
		},
	};
	return {
		name: 'threshold:script-origins',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = fileURLToPath(config.root);
				updateConfig({ vite: { plugins: [plugin] } });
			},
			'astro:build:done': () => {
				const file = `${root}/${scriptOriginsFile}`;
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, JSON.stringify({ chunks }, null, '\t'));
			},
		},
	};
}
