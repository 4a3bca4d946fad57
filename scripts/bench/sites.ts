/**
 * The sites the bench builds, in a temporary folder: copies of this repository with N
 * synthetic playbooks (with a `<Checklist>` each, or as plain Markdown), and a plain Starlight
 * site with the same pages (same Astro and Starlight packages, Starlight's options as this
 * site sets them, none of Threshold's code). Builds are cold and timed by GNU time.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { benchPlaybook, benchSlug, toPlainStarlight } from './content.ts';
import { sharedStarlightOptions, type StarlightSite } from '../../src/config/starlight.ts';

const repo = resolve('.');
const timeBin = '/usr/bin/time';

/**
 * Gives `dir` the installed packages (same versions, no second install) as hard links: Astro
 * needs real paths inside the site (symlinks break its compiler cache), and each site keeps
 * its own Astro and Vite caches.
 */
function linkNodeModules(dir: string): void {
	const copied = spawnSync('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')]);
	if (copied.status !== 0) throw new Error(`cp -al node_modules failed: ${copied.stderr}`);
	for (const cache of ['.astro', '.vite', '.cache'])
		rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
}

/** Files git would commit (tracked, or new and not ignored), so work in progress is measured too. */
function projectFiles(): string[] {
	const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
		cwd: repo,
		encoding: 'utf8',
	});
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
	return listed.stdout.split('\0').filter((file) => file && existsSync(join(repo, file)));
}

/** The ladder's competency ids in `dir`, which a synthetic playbook's `skills` may name. */
function skillsOf(dir: string): string[] {
	const ladder = join(dir, 'content/ladder/competencies');
	return existsSync(ladder)
		? readdirSync(ladder)
				.filter((file) => /\.ya?ml$/.test(file))
				.map((file) => file.replace(/\.ya?ml$/, ''))
		: [];
}

/** Writes synthetic playbooks `from`..`to` (1-based, inclusive) into a copy of this site. */
export function addPlaybooks(dir: string, from: number, to: number, checklist: boolean): void {
	const skills = skillsOf(dir);
	for (let i = from; i <= to; i++) {
		const file = join(dir, 'content/docs', `${benchSlug(i)}.mdx`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, benchPlaybook(i, skills, checklist));
	}
}

/** A copy of this repository in `dir` with `pages` synthetic playbooks. */
export function setUpProject(dir: string, pages: number, checklist: boolean): void {
	for (const file of projectFiles()) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		cpSync(join(repo, file), join(dir, file));
	}
	linkNodeModules(dir);
	addPlaybooks(dir, 1, pages, checklist);
}

/** Rewrites the MDX pages of the site in `projectDir` as plain Starlight pages in `plainDir` (see toPlainStarlight). */
export function copyPagesToPlain(projectDir: string, plainDir: string): void {
	const docs = join(plainDir, 'src/content/docs');
	const source = join(projectDir, 'content/docs');
	for (const file of readdirSync(source, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(file)) continue;
		mkdirSync(dirname(join(docs, file)), { recursive: true });
		writeFileSync(join(docs, file), toPlainStarlight(readFileSync(join(source, file), 'utf8')));
	}
}

/** A plain Starlight site in `plainDir` with the pages of the site in `projectDir`. */
export function setUpPlain(projectDir: string, plainDir: string): void {
	copyPagesToPlain(projectDir, plainDir);
	cpSync(join(repo, 'content/assets'), join(plainDir, 'content/assets'), { recursive: true });
	cpSync(join(repo, 'public'), join(plainDir, 'public'), { recursive: true });
	linkNodeModules(plainDir);
	// Read as JSON: the build has validated these files already (src/config/load.ts).
	const site = JSON.parse(readFileSync(join(repo, 'content/site.json'), 'utf8')) as StarlightSite & {
		url: string;
		language?: { lang: string };
	};
	const { groups: sidebar } = JSON.parse(readFileSync(join(repo, 'content/sidebar.json'), 'utf8')) as {
		groups: unknown[];
	};
	const words = JSON.parse(
		readFileSync(join(repo, `content/i18n/${site.language?.lang ?? 'en'}.json`), 'utf8'),
	) as Record<string, string>;
	// Starlight's own options as this site sets them; none of Threshold's additions.
	const options = sharedStarlightOptions(site, sidebar, words['site.sourceRepository'] ?? '');
	// Astro bundles (rather than leaves to Node) the packages a site's package.json names.
	const ours = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
		devDependencies: Record<string, string>;
	};
	const dependencies = Object.fromEntries(
		['astro', '@astrojs/starlight'].map((name) => [name, ours.devDependencies[name] ?? '*']),
	);
	writeFileSync(
		join(plainDir, 'package.json'),
		JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', dependencies }),
	);
	writeFileSync(
		join(plainDir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
			`export default defineConfig({ site: ${JSON.stringify(site.url)}, integrations: [starlight(${JSON.stringify(options)})] });\n`,
	);
	writeFileSync(
		join(plainDir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
			`import { docsSchema } from '@astrojs/starlight/schema';\n` +
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
	);
}

/** One cold build's cost. */
export interface BuildRun {
	/** Wall-clock seconds. */
	seconds: number;
	/** User + system CPU seconds of the build and its children: steadier than wall time on a busy machine. */
	cpuSeconds: number;
	/** Largest resident set of any one process of the build (GNU time's %M), MB. */
	peakRssMb: number;
}

/** Fails early, with the fix, where GNU time is missing. */
export function requireGnuTime(): void {
	if (!existsSync(timeBin))
		throw new Error('The bench measures peak memory with GNU time: sudo apt-get install -y time');
}

/** Builds the site in `dir` cold (no dist, no caches), timed by GNU time. */
export function build(dir: string, label: string): BuildRun {
	for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
		rmSync(join(dir, cache), { recursive: true, force: true });
	}
	const out = join(dir, '..', `time-${label}.txt`);
	const result = spawnSync(
		timeBin,
		[
			'-f',
			'%e %M %U %S',
			'-o',
			out,
			join(repo, 'node_modules/.bin/node'),
			join(repo, 'node_modules/astro/bin/astro.mjs'),
			'build',
		],
		{
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	if (result.status !== 0) {
		throw new Error(`${label} build failed in ${dir}:\n${(result.stdout + result.stderr).slice(-4000)}`);
	}
	const [seconds, kb, user, system] =
		readFileSync(out, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
	return {
		seconds: seconds ?? Number.NaN,
		cpuSeconds: Math.round(((user ?? 0) + (system ?? 0)) * 10) / 10,
		peakRssMb: Math.round((kb ?? 0) / 1024),
	};
}

/** HTML pages the build in `dir` wrote. */
export function builtPages(dir: string): number {
	return readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.html'),
	).length;
}
