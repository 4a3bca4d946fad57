/**
 * The site's Content-Security-Policy (Astro `security.csp`), delivered as a `<meta>` in
 * every page. README "Content-Security-Policy" explains each choice.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { AstroUserConfig } from 'astro';
import { inlineScriptBodies, sha256Source } from '../build/csp.ts';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** Every `.astro` file under `dir`, at any depth. */
function astroFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) => join(dir, file));
}

/** The installed package folder of `name`, found the way Node looks for it: up from `root`. */
function packageDir(name: string, root: string): string {
	for (let dir = resolve(root); ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) throw new Error(`Cannot find ${name} in node_modules. Run "npm install".`);
	}
}

/**
 * The `<script is:inline>` bodies in Starlight's components and in ours, by hash, with the
 * file each is written in. Astro hashes the scripts it bundles, but copies inline ones into
 * pages verbatim without hashing them; reading them from the installed sources keeps the
 * hashes right across Starlight upgrades and for inline scripts that islands add later.
 */
export function inlineScriptSources(root = '.'): Map<`sha256-${string}`, string> {
	const starlight = packageDir('@astrojs/starlight', root);
	const files = [...astroFiles(starlight), ...astroFiles(join(root, 'src'))];
	const sources = new Map<`sha256-${string}`, string>();
	for (const file of files) {
		for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) {
			sources.set(sha256Source(body), relative(resolve(root), resolve(file)));
		}
	}
	return sources;
}

/** Hashes of every `<script is:inline>` body the site's pages can contain. */
export function inlineScriptHashes(root = '.'): `sha256-${string}`[] {
	return [...inlineScriptSources(root).keys()].sort();
}

/** Astro's `security.csp` option for this site. */
export function cspOptions(root = '.'): CspOptions {
	return {
		algorithm: 'SHA-256',
		directives: [
			"default-src 'self'",
			// Starlight's and Expressive Code's CSS draw icons from data: SVGs.
			"img-src 'self' data:",
			"font-src 'self'",
			// Pagefind fetches its index and runs its search in a worker, both from /pagefind/.
			"connect-src 'self'",
			"worker-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
		],
		scriptDirective: {
			// 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly; it allows no JS eval.
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: inlineScriptHashes(root),
		},
		styleDirective: {
			resources: [
				// <style> and <link rel=stylesheet>: our files plus Astro's hashes of inline <style>.
				{ resource: "'self'", kind: 'element' },
				// style="" attributes: Starlight sets CSS variables in them (icon size, sidebar
				// depth) and Expressive Code colours every code token with one. See README.
				{ resource: "'unsafe-inline'", kind: 'attribute' },
			],
		},
	};
}
