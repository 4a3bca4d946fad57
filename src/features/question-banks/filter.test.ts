import { describe, expect, it } from 'vitest';
import { countMessage, matchesText, normalize, readBankFilter, writeBankFilter } from './filter';

const page = 'https://threshold.example.org/playbooks/teach-through-review/';

describe('bank text filter', () => {
	const question = normalize('What does this do when the service it calls is down, or takes 30 seconds?');

	it('matches when every typed word appears, in any order and case', () => {
		expect(matchesText(question, 'Service DOWN')).toBe(true);
		expect(matchesText(question, '30 seconds')).toBe(true);
		expect(matchesText(question, 'service timeout')).toBe(false);
	});

	it('ignores accents and punctuation in what the reader types', () => {
		expect(matchesText(normalize('Résumé review'), 'resume')).toBe(true);
		expect(matchesText(question, 'down,')).toBe(true);
	});

	it('matches everything when nothing is typed', () => {
		expect(matchesText(question, '   ')).toBe(true);
	});
});

describe('bank filter in the address', () => {
	it('reads topic and text from the query', () => {
		expect(readBankFilter('?topic=performance&q=query+count', ['performance', 'security'])).toEqual({
			topic: 'performance',
			text: 'query count',
		});
	});

	it('ignores a topic the bank does not have', () => {
		expect(readBankFilter('?topic=nonsense', ['performance']).topic).toBe('');
	});

	it('writes the filter and keeps the section anchor', () => {
		expect(writeBankFilter(`${page}#question-bank`, { topic: 'performance', text: 'n+1 query' })).toBe(
			`${page}?topic=performance&q=n%2B1+query#question-bank`,
		);
	});

	it('removes the query when the filter is cleared', () => {
		expect(writeBankFilter(`${page}?topic=performance&q=x`, { topic: '', text: ' ' })).toBe(page);
	});
});

describe('bank count line', () => {
	const words = {
		'questionBank.showingAll': 'Showing all {{total}} questions.',
		'questionBank.showing': 'Showing {{shown}} of {{total}} questions.',
		'questionBank.noneMatch': 'No questions match.',
	};

	it('says how many questions are shown', () => {
		expect(countMessage(words, 48, 48)).toBe('Showing all 48 questions.');
		expect(countMessage(words, 5, 48)).toBe('Showing 5 of 48 questions.');
		expect(countMessage(words, 0, 48)).toBe('No questions match.');
	});

	it('is written in the words of the page', () => {
		const german = { ...words, 'questionBank.showing': '{{shown}} von {{total}} Fragen.' };
		expect(countMessage(german, 5, 48)).toBe('5 von 48 Fragen.');
	});
});
