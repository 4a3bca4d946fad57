/**
 * MDX pages import their components from one barrel, `~/components` (src/components/index.ts).
 * Astro gives a page the styles of every component its imports reach, so through the barrel a
 * page with one checklist carried the styles of all ten components (9.3 kB of CSS) and the build
 * bundled the whole barrel for each page. This integration rewrites the barrel import of each
 * MDX file into one import per component before MDX compiles it: authors keep writing
 * `import { Checklist } from '~/components'`, and a page loads what it uses.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where each component of the barrel lives: its exported name → the file's absolute path. */
export type Barrel = ReadonlyMap<string, string>;

/** Reads the barrel's `export { default as Name } from './path.astro';` lines. */
export function readBarrel(source: string, barrelDir: string): Barrel {
	const barrel = new Map<string, string>();
	for (const [, name, path] of source.matchAll(/export\s*\{\s*default\s+as\s+(\w+)\s*\}\s*from\s*'([^']+)'/g))
		if (name && path) barrel.set(name, resolve(barrelDir, path));
	return barrel;
}

const barrelImport = /^import\s*\{([^}]*)\}\s*from\s*(['"])~\/components\2;?[ \t]*$/gm;

/**
 * The MDX source with each barrel import split into direct imports, or undefined when it has
 * none. A name the barrel does not export stays in a barrel import, so the build's own error
 * about it is unchanged.
 */
export function directImports(source: string, barrel: Barrel): string | undefined {
	if (!source.includes('~/components')) return undefined;
	let changed = false;
	const result = source.replace(barrelImport, (statement, list: string) => {
		const kept: string[] = [];
		const direct: string[] = [];
		for (const part of list
			.split(',')
			.map((p) => p.trim())
			.filter(Boolean)) {
			const [name = '', local = name] = part.split(/\s+as\s+/).map((p) => p.trim());
			const path = barrel.get(name);
			if (path) direct.push(`import ${local} from ${JSON.stringify(path)};`);
			else kept.push(part);
		}
		if (direct.length === 0) return statement;
		changed = true;
		// One line, so the MDX's line numbers in error messages stay the same.
		return [...direct, ...(kept.length ? [`import { ${kept.join(', ')} } from '~/components';`] : [])].join(
			' ',
		);
	});
	return changed ? result : undefined;
}

/** The integration: add it to `integrations` in `astro.config.mjs`. */
export function componentImports(): AstroIntegration {
	return {
		name: 'threshold:component-imports',
		hooks: {
			'astro:config:setup'({ config, updateConfig }) {
				const file = fileURLToPath(new URL('src/components/index.ts', config.root));
				const barrel = readBarrel(readFileSync(file, 'utf8'), dirname(file));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'threshold:component-imports',
								enforce: 'pre',
								transform(code: string, id: string) {
									if (!id.split('?')[0]?.endsWith('.mdx')) return undefined;
									const rewritten = directImports(code, barrel);
									return rewritten === undefined ? undefined : { code: rewritten, map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
