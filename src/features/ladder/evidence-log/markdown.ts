/**
 * The evidence log as Markdown, grouped by competency, in the page's words: ready to paste
 * into a promotion case. Loaded with the actions that use it, on first use.
 */
import { fill } from '../../../kit/words';
import { markdownText } from '../islands/markdown';
import type { EvidenceEntry, EvidenceLog } from './log';
import { entryParts } from './text';
import type { EvidenceWords } from './words';

/** Names the export uses for competencies and behaviors. */
export interface EvidenceExportContext {
	siteName: string;
	/** Competencies in ladder order. */
	competencies: { id: string; name: string }[];
	behaviorText: (id: string) => string | undefined;
	date: Date;
	t: EvidenceWords;
}

/**
 * The log as Markdown grouped by competency (in ladder order, then any the ladder no
 * longer has), oldest first within each, so it reads as a story of growth. Each entry is
 * what the reader did, with its other parts (situation, result, who saw it, link) below;
 * last, the tags a ladder change archived, by the ids the ladder no longer has.
 */
export function evidenceMarkdown(log: EvidenceLog, context: EvidenceExportContext): string {
	const { t } = context;
	const lines = [
		`# ${t['evidence.mdTitle']}`,
		'',
		fill(t['evidence.mdMade'], { site: context.siteName, date: context.date.toISOString().slice(0, 10) }),
		'',
	];
	if (log.entries.length === 0) return `${lines.concat(t['evidence.mdEmpty']).join('\n')}\n`;
	const known = new Map(context.competencies.map((c) => [c.id, c.name]));
	const unknown = [...new Set(log.entries.flatMap((e) => e.competencies))]
		.filter((id) => !known.has(id))
		.sort();
	const groups: [string, string][] = [
		...context.competencies.map((c): [string, string] => [c.id, c.name]),
		...unknown.map((id): [string, string] => [id, id]),
	];
	const oldestFirst = [...log.entries].sort((a, b) => a.date.localeCompare(b.date));
	const entryLines = (e: EvidenceEntry) => {
		const shows = e.behaviors.map((b) => markdownText(context.behaviorText(b) ?? b));
		const suffix = shows.length ? ` ${fill(t['evidence.mdShows'], { behaviors: shows.join('; ') })}` : '';
		const details = entryParts(t, e)
			.filter((p) => p.part !== 'did')
			.map((p) => `  - ${p.label}: ${p.href ? `<${p.href}>` : markdownText(p.text)}`);
		return [`- ${e.date}: ${markdownText(e.did)}${suffix}`, ...details];
	};
	for (const [id, name] of groups) {
		const entries = oldestFirst.filter((e) => e.competencies.includes(id));
		if (entries.length === 0) continue;
		lines.push(`## ${name}`, '', ...entries.flatMap(entryLines), '');
	}
	const untagged = oldestFirst.filter((e) => e.competencies.length === 0);
	if (untagged.length) lines.push(`## ${t['evidence.mdUntagged']}`, '', ...untagged.flatMap(entryLines), '');
	const archived = log.archive?.tags ?? [];
	if (archived.length) lines.push(`## ${t['evidence.mdArchived']}`, '', t['evidence.mdArchivedIntro'], '');
	for (const tags of archived) {
		const entry = log.entries.find((e) => e.id === tags.entry);
		const label = entry ? `${entry.date}: ${markdownText(entry.did)}` : tags.entry;
		const names = [...tags.competencies, ...tags.behaviors].join(', ');
		lines.push(`- ${label} ${fill(t['evidence.mdArchivedTags'], { tags: names })}`);
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
