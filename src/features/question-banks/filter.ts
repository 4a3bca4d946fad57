/**
 * Filtering a question bank by topic and typed text, and keeping that filter in the page
 * address (`?topic=performance&q=timeout`) so a filtered bank can be linked and reloaded.
 */
import { fill } from '../../kit/words';
import type { QuestionBankWords } from './words';

/** What the reader filters a bank by; empty strings mean "everything". */
export interface BankFilter {
	topic: string;
	text: string;
}

/** Lower-case, without accents, single-spaced: how questions and typed text are compared. */
export function normalize(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** True when every word the reader typed occurs in `haystack` (already normalized). */
export function matchesText(haystack: string, text: string): boolean {
	const words = normalize(text).split(' ').filter(Boolean);
	return words.every((word) => haystack.includes(word));
}

/** The filter in a page address; a topic the bank does not have counts as no topic. */
export function readBankFilter(search: string, topics: readonly string[]): BankFilter {
	const params = new URLSearchParams(search);
	const topic = params.get('topic') ?? '';
	return { topic: topics.includes(topic) ? topic : '', text: (params.get('q') ?? '').slice(0, 200) };
}

/** `href` with the filter written into its query (and removed when empty); other parts kept. */
export function writeBankFilter(href: string, filter: BankFilter): string {
	const url = new URL(href);
	if (filter.topic) url.searchParams.set('topic', filter.topic);
	else url.searchParams.delete('topic');
	if (filter.text.trim()) url.searchParams.set('q', filter.text);
	else url.searchParams.delete('q');
	return url.href;
}

/** The count line under the filter, in the page's words: "Showing 5 of 48 questions." */
export function countMessage(words: QuestionBankWords, shown: number, total: number): string {
	if (shown === total) return fill(words['questionBank.showingAll'], { total });
	if (shown === 0) return words['questionBank.noneMatch'];
	return fill(words['questionBank.showing'], { shown, total });
}
