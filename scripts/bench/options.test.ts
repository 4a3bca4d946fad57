import { describe, expect, it } from 'vitest';
import { parseOptions, parts } from './options';

describe('parseOptions', () => {
	it('runs every part at 1,000 pages, 3 builds and 3 Lighthouse runs when given nothing', () => {
		const options = parseOptions([]);
		expect([...options.only]).toEqual([...parts]);
		expect(options).toMatchObject({ pages: 1000, runs: 3, lighthouseRuns: 3, linearPages: 0, keep: false });
	});

	it('runs only the parts --only names, comma-separated or with =', () => {
		expect([...parseOptions(['--only', 'build,search']).only]).toEqual(['build', 'search']);
		expect([...parseOptions(['--only=inp']).only]).toEqual(['inp']);
	});

	it('reads whole numbers and switches', () => {
		const options = parseOptions([
			'--pages',
			'50',
			'--runs=1',
			'--lighthouse-runs',
			'5',
			'--linear',
			'--keep',
		]);
		expect(options).toMatchObject({ pages: 50, runs: 1, lighthouseRuns: 5, linearPages: 5000, keep: true });
		expect(parseOptions(['--linear-pages', '2000']).linearPages).toBe(2000);
	});

	it('refuses an unknown part, a number that is not whole and an unknown option, saying what it takes', () => {
		expect(() => parseOptions(['--only', 'speed'])).toThrow(/--only takes one or more of build, js/);
		expect(() => parseOptions(['--pages', '0'])).toThrow(/--pages takes a whole number/);
		expect(() => parseOptions(['--pages', '1.5'])).toThrow(/--pages takes a whole number/);
		expect(() => parseOptions(['--fast'])).toThrow(/Unknown option --fast/);
	});
});
