import { describe, expect, it } from 'vitest';
import { items, meta, tick } from '../../../tests/support/checklist-state';
import { toMarkdown } from './markdown';
import { mergeTicks, nextState, type PageItem } from './state';
import type { ChecklistWords } from './words';

const words = {
	'checklist.of': '{{done}} of {{total}}',
	'checklist.markdownSummary': '{{page}}, {{date}}: {{count}} ticked.',
	'checklist.markdownReworded': '(reworded since you ticked it)',
	'checklist.markdownArchived': 'Ticked, no longer on the page',
} as ChecklistWords;

describe('toMarkdown', () => {
	it('lists every item ticked or not under its group, with the page, date and count', () => {
		const state = tick(tick(null, 'design'), 'gone');
		state.ticks['gone'] = { text: 'An item that was removed', hash: 'h0', archived: true };
		const href = 'https://threshold.example.org/playbooks/pitfalls/';
		const markdown = toMarkdown(
			words,
			mergeTicks(items, state),
			{ ...meta, href },
			new Date(2026, 10, 22, 23, 30),
		);
		expect(markdown).toBe(
			[
				'## Weekly check',
				'',
				`[Pitfalls](${href}), 2026-11-22: 1 of 3 ticked.`,
				'',
				'### Writing (1 of 2)',
				'',
				'- [x] Wrote a design',
				'- [ ] Took an unassigned problem',
				'',
				'### People (0 of 1)',
				'',
				'- [ ] Asked questions in review',
				'',
				'### Ticked, no longer on the page',
				'',
				'- [x] An item that was removed',
				'',
			].join('\n'),
		);
	});

	it('lists items outside any group first, and flags a reworded tick', () => {
		const loose: PageItem[] = [{ id: 'a', text: 'New wording', hash: 'new' }];
		const state = nextState(null, meta, [{ id: 'a', text: 'Old wording', hash: 'old' }], {
			id: 'a',
			ticked: true,
		});
		const markdown = toMarkdown(
			words,
			mergeTicks(loose, state),
			{ ...meta, href: 'https://x.test/' },
			new Date(2026, 0, 5),
		);
		expect(markdown).toBe(
			'## Weekly check\n\n[Pitfalls](https://x.test/), 2026-01-05: 1 of 1 ticked.\n\n- [x] New wording (reworded since you ticked it)\n',
		);
	});

	it('is written in the words of the page', () => {
		const german = {
			...words,
			'checklist.of': '{{done}} von {{total}}',
			'checklist.markdownSummary': '{{page}}, {{date}}: {{count}} abgehakt.',
		};
		const markdown = toMarkdown(
			german,
			mergeTicks(items, null),
			{ ...meta, href: 'https://x.test/' },
			new Date(2026, 0, 5),
		);
		expect(markdown).toContain('[Pitfalls](https://x.test/), 2026-01-05: 0 von 3 abgehakt.');
		expect(markdown).toContain('### Writing (0 von 2)');
	});
});
