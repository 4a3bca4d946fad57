/** What the line under a playbook's title says: who it is for, what kind, how long, which skills. */
import type { audiences, playbookKinds } from '../schemas/playbook';
import type { playbookWords } from '../features/search/words';

/** The words of the line, by key (`playbookWords`; in `content/i18n/`). */
export type PlaybookWords = Record<(typeof playbookWords)[number], string>;

/** The frontmatter fields the summary line reads. */
export interface PlaybookMetaInput {
	kind?: (typeof playbookKinds)[number] | undefined;
	audience?: (typeof audiences)[number] | undefined;
	skills?: string[] | undefined;
	timeToRun?: string | undefined;
}

/** One labelled fact about a playbook. */
export interface MetaFact {
	label: string;
	value: string;
	/** The value as separate links, when each part has a page (the skills a playbook trains). */
	links?: { text: string; href: string }[];
}

/** The facts to show under a playbook's title, or none for a page that is not a playbook. */
export function playbookFacts(
	words: PlaybookWords,
	data: PlaybookMetaInput,
	skillName: (id: string) => string,
	skillHref?: (id: string) => string | undefined,
): MetaFact[] {
	if (!data.kind) return [];
	const facts: MetaFact[] = [
		{ label: words['playbook.factFor'], value: words[`playbook.audience.${data.audience ?? 'both'}`] },
		{ label: words['playbook.factKind'], value: words[`playbook.kind.${data.kind}`] },
	];
	if (data.timeToRun) facts.push({ label: words['playbook.factTime'], value: data.timeToRun });
	if (data.skills?.length) {
		const fact: MetaFact = {
			label: words['playbook.factTrains'],
			value: data.skills.map(skillName).join(', '),
		};
		const links = data.skills.map((id) => ({ text: skillName(id), href: skillHref?.(id) ?? '' }));
		if (links.every((link) => link.href)) fact.links = links;
		facts.push(fact);
	}
	return facts;
}

/** A readable name for a skill id when no ladder names it: "system-design" → "System design". */
export function humanize(id: string): string {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
