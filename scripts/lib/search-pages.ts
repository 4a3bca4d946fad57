/**
 * Generated playbook pages for `scripts/measure-search.ts`: many pages of the site's own
 * words, the same on every run, so the search index can be measured at a size the site
 * does not have yet.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audiences, playbookKinds } from '../../src/schemas/playbook-kinds.ts';

/** A deterministic pseudo-random source, so two runs generate the same pages. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** Writes `count` playbook-shaped pages into `dir`'s content/docs/generated, built from the site's own vocabulary. */
export function generatePages(dir: string, count: number): void {
	const words: string[] = [];
	const docs = join(dir, 'content', 'docs');
	const collect = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) collect(path);
			else if (entry.name.endsWith('.mdx')) {
				const body = readFileSync(path, 'utf8').replace(/^---[\s\S]*?---/, '');
				words.push(
					...body
						.replace(/<[^>]+>|[^\p{L}\s'-]/gu, ' ')
						.split(/\s+/)
						.filter((w) => w.length > 1),
				);
			}
		}
	};
	collect(docs);
	const next = random(7);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	const sentence = (n: number) => {
		const text = Array.from({ length: n }, () => pick(words)).join(' ');
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
	// Skills are the ladder's competency ids: each competency file is named after its id.
	const skills = readdirSync(join(dir, 'content', 'ladder', 'competencies'))
		.filter((file) => /\.ya?ml$/.test(file))
		.map((file) => file.replace(/\.ya?ml$/, ''));
	const out = join(docs, 'generated');
	mkdirSync(out, { recursive: true });
	for (let i = 1; i <= count; i++) {
		const sections = Array.from({ length: 4 + Math.floor(next() * 4) }, (_, s) => {
			const paragraphs = Array.from({ length: 2 + Math.floor(next() * 3) }, () =>
				Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(8 + Math.floor(next() * 12))).join(
					' ',
				),
			);
			const sub = next() < 0.4 ? `\n### ${sentence(3).slice(0, -1)} ${s}\n\n${sentence(14)}\n` : '';
			return `## ${sentence(3).slice(0, -1)} ${s}\n\n${paragraphs.join('\n\n')}\n${sub}`;
		});
		const page = [
			'---',
			`title: Generated playbook ${i}`,
			`description: ${sentence(16)}`,
			`kind: ${pick(playbookKinds)}`,
			`audience: ${pick(audiences)}`,
			`skills: [${pick(skills)}, ${pick(skills)}]`,
			'timeToRun: 30 minutes',
			'---',
			'',
			sections.join('\n'),
		].join('\n');
		writeFileSync(join(out, `page-${String(i).padStart(4, '0')}.mdx`), page);
	}
}
