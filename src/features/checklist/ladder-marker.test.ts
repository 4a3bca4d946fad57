import { describe, expect, it } from 'vitest';
import { parseIdList } from './ladder-marker';
import { textHash, transformChecklist } from './items';

const list = (group: string, ...items: string[]) => `<ul>
<li>${group}
<ul class="contains-task-list">
${items.map((item) => `<li class="task-list-item"><input type="checkbox" disabled> ${item}</li>`).join('\n')}
</ul>
</li>
</ul>`;

describe('[ladder: …] markers in a checklist', () => {
	it('are stripped from the text a reader sees and recorded as data-competency on items and groups', () => {
		const { html, items, groups } = transformChecklist(
			list(
				'Delivery [ladder: shipping, quality]',
				'You ship small changes. [ladder: shipping] [#small]',
				'You test what you change. [#tests] [ladder: quality-tests-changes]',
			),
			'growth',
		);
		expect(html).not.toContain('[ladder:');
		expect(items.map((i) => [i.id, i.text, i.competencies])).toEqual([
			['small', 'You ship small changes.', ['shipping']],
			['tests', 'You test what you change.', ['quality-tests-changes']],
		]);
		expect(groups[0]).toMatchObject({ label: 'Delivery', competencies: ['shipping', 'quality'] });
		expect(html).toContain('data-competency="shipping quality"');
		expect(html).toContain('data-competency="quality-tests-changes"');
	});

	it('leave the item text and its hash as they were, so saved ticks are not flagged as reworded', () => {
		const plain = transformChecklist(list('Delivery', 'You ship small changes. [#small]'), 'a').items[0]!;
		const marked = transformChecklist(
			list('Delivery [ladder: shipping]', 'You ship small changes. [ladder: shipping] [#small]'),
			'a',
		).items[0]!;
		expect(marked.text).toBe(plain.text);
		expect(marked.textHash).toBe(textHash(plain.text));
		expect(marked.group).toBe(plain.group);
	});

	it('work in a loose list, where the group label sits in a paragraph', () => {
		const loose = `<ul><li><p>Delivery [ladder: shipping]</p>
<ul class="contains-task-list"><li class="task-list-item"><p><input type="checkbox" disabled> You ship. [ladder: shipping]</p></li></ul>
</li></ul>`;
		const { items, groups, html } = transformChecklist(loose, 'a');
		expect(groups[0]).toMatchObject({ label: 'Delivery', competencies: ['shipping'] });
		expect(items[0]).toMatchObject({ text: 'You ship.', competencies: ['shipping'] });
		expect(html).not.toContain('[ladder:');
	});

	it("are left alone in the middle of an item, where they are the reader's text", () => {
		const { items } = transformChecklist(list('G', 'Write [ladder: x] in the notes, then ship.'), 'a');
		expect(items[0]!.text).toBe('Write [ladder: x] in the notes, then ship.');
		expect(items[0]!.competencies).toBeUndefined();
	});

	it('without one, an item has no competencies', () => {
		const { items, html } = transformChecklist(list('G', 'You ship. [#ship]'), 'a');
		expect(items[0]!.competencies).toBeUndefined();
		expect(html).not.toContain('data-competency');
	});
});

describe('parseIdList', () => {
	it('splits ids on commas and spaces', () => {
		expect(parseIdList(' shipping,quality  pairing ,')).toEqual(['shipping', 'quality', 'pairing']);
		expect(parseIdList('  ')).toEqual([]);
	});
});
