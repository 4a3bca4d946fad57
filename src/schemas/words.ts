/**
 * The words of the site's islands and generated pages, as keys of Starlight's UI strings
 * (`content/i18n/<lang>.json`). Every key is required in every language file, so a fork
 * that translates the site gets a build error naming the file and the missing key, never
 * an English word left on a German page. Each feature lists its keys in its `words.ts`.
 */
import { z } from 'astro/zod';
import { builderPageWords, builderWords } from '../features/builders/words';
import { checklistMarkupWords, checklistResultWords, checklistWords } from '../features/checklist/words';
import { myProgressMarkupWords, myProgressWords } from '../features/my-progress/words';
import { questionBankMarkupWords, questionBankWords } from '../features/question-banks/words';
import { playbookWords, siteSearchMarkupWords, siteSearchWords } from '../features/search/words';
import { kitWords } from '../kit/words';
import { ladderWords } from '../features/ladder/words';
import { assessmentPageWords, assessmentWords } from '../features/ladder/self-assessment/words';
import { evidencePageWords, evidenceWords } from '../features/ladder/evidence-log/words';
import { sectionLinkMarkupWords, sectionLinkWords } from '../features/links/words';
import { mentorPageWords, mentorWords } from '../features/mentor/words';
import { agendaMarkupWords, agendaWords } from '../features/agenda/words';
import { configWords } from '../config/words';
import { ladderChangePageWords, ladderChangeWords } from '../features/ladder/islands/words';

/** Every key the site's code reads. */
export const wordKeys = [
	...kitWords,
	...checklistWords,
	...builderWords,
	...builderPageWords,
	...checklistMarkupWords,
	...checklistResultWords,
	...myProgressWords,
	...myProgressMarkupWords,
	...questionBankWords,
	...questionBankMarkupWords,
	...siteSearchWords,
	...siteSearchMarkupWords,
	...playbookWords,
	...ladderWords,
	...assessmentWords,
	...assessmentPageWords,
	...evidenceWords,
	...evidencePageWords,
	...ladderChangeWords,
	...ladderChangePageWords,
	...sectionLinkWords,
	...sectionLinkMarkupWords,
	...mentorWords,
	...mentorPageWords,
	...agendaWords,
	...agendaMarkupWords,
	...configWords,
] as const;

/** A key of the site's own words. */
export type WordKey = (typeof wordKeys)[number];

const required = (key: string) =>
	z.string({
		error: `Add "${key}" to this file: the site shows it. Copy the English from content/i18n/en.json and translate it.`,
	});

/** The site's words, for `i18nSchema({ extend })`. */
export const wordsSchema = z.object(
	Object.fromEntries(wordKeys.map((key) => [key, required(key)])) as Record<WordKey, z.ZodString>,
);
