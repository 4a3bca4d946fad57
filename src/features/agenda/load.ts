/**
 * The agenda's build-time data for a page (`data.ts`), from the content collections and
 * the validated ladder; undefined when no page holds the agenda builder (a fork without it).
 */
import { getCollection } from 'astro:content';
import ladder from 'virtual:threshold/ladder';
import { pageWithBuilder } from '../builders/pages';
import { ladderPaths, withBase } from '../ladder/view';
import { agendaKind } from './assemble';
import { agendaQuestions, type AgendaData } from './data';

/** The agenda's data, with the builder page's address under `base`. */
export async function loadAgendaData(base: string): Promise<AgendaData | undefined> {
	const page = pageWithBuilder(await getCollection('docs'), agendaKind);
	if (!page) return undefined;
	return {
		href: withBase(ladderPaths.page(page), base),
		competencies: ladder.competencies.map(({ id, name }) => ({ id, name })),
		questions: agendaQuestions(await getCollection('banks')),
	};
}
