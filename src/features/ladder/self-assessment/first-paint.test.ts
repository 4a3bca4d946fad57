import { describe, expect, it } from 'vitest';
import { competencies, levels } from '../../../../tests/support/assessment-ladder';
import { englishWords } from '../../../../tests/support/words';
import { firstPaint } from './first-paint';
import type { PlaybookLink } from './page';
import { assessmentWords } from './words';

const t = englishWords(assessmentWords);
const links: PlaybookLink[] = [
	{ competency: 'shipping', level: 'engineer', slug: 'guides/flags', title: 'Flags', path: '/guides/flags/' },
];

describe('the results a first visit sees before any script runs', () => {
	it('counts every behavior in scope as not yet shown, and names the gaps and their playbooks', () => {
		const built = firstPaint(t, 'en', { competencies, links, levels }, 'associate', 'engineer');
		expect(built.lines.get('shipping')).toEqual({
			text: '0 of 2 shown with evidence, 2 not yet.',
			gap: true,
		});
		expect(built.summary).toContain('0 of');
		expect(built.rows.find((r) => r.id === 'shipping')?.counts).toEqual(['0', '0', '2', '0']);
		expect(built.gaps.map((g) => g.link.slug)).toEqual(['guides/flags']);
		expect(built.open.has('shipping')).toBe(true);
	});

	it('leaves out the competencies with nothing to assess between the levels', () => {
		const built = firstPaint(t, 'en', { competencies, links, levels }, 'associate', 'engineer');
		const assessed = competencies.filter((c) => c.items.some((i) => i.level === 'engineer'));
		expect([...built.lines.keys()]).toEqual(assessed.map((c) => c.id));
	});
});
