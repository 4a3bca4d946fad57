import { describe, expect, it } from 'vitest';
import { deriveId, textHash, transformChecklist } from './checklist-items';

// What Astro renders for a grouped Markdown task list.
const grouped = `<ul>
<li>Problem ownership
<ul class="contains-task-list">
<li class="task-list-item"><input type="checkbox" disabled> You write the <em>problem statement</em> first. [#problem-statement]</li>
<li class="task-list-item"><input type="checkbox" disabled> You follow up after launch.</li>
</ul>
</li>
</ul>`;

describe('transformChecklist', () => {
	it('gives every item a label, a permanent id and its group', () => {
		const { html, items } = transformChecklist(grouped, 'readiness');
		expect(items).toEqual([
			{
				id: 'problem-statement',
				text: 'You write the problem statement first.',
				textHash: textHash('You write the problem statement first.'),
				group: 'Problem ownership',
				explicit: true,
			},
			{
				id: 'you-follow-up-after-launch',
				text: 'You follow up after launch.',
				textHash: textHash('You follow up after launch.'),
				group: 'Problem ownership',
				explicit: false,
			},
		]);
		expect(html).toContain(
			'<li class="task-list-item" id="problem-statement" data-item-id="problem-statement"',
		);
		expect(html).toContain(
			'<input type="checkbox" disabled id="readiness--problem-statement" data-item="problem-statement"><label for="readiness--problem-statement">You write the <em>problem statement</em> first.</label>',
		);
		expect(html).not.toContain('[#');
	});

	it('handles loose lists, where the checkbox sits inside a paragraph', () => {
		const loose = `<ul class="contains-task-list"><li class="task-list-item"><p><input type="checkbox" disabled> Ship it [#ship]</p></li></ul>`;
		const { html, items } = transformChecklist(loose, 'c');
		expect(items.map((i) => i.id)).toEqual(['ship']);
		expect(html).toContain(
			'<p><input type="checkbox" disabled id="c--ship" data-item="ship"><label for="c--ship">Ship it</label></p>',
		);
	});

	it('fails the build, naming the checklist and the id, when two items share an id', () => {
		const dup = `<ul><li class="task-list-item"><input type="checkbox" disabled> A [#x]</li><li class="task-list-item"><input type="checkbox" disabled> B [#x]</li></ul>`;
		expect(() => transformChecklist(dup, 'basics')).toThrow(
			'Checklist "basics" has two items with the id "x" ("A" and "B"). End one of them with a different [#id].',
		);
	});

	it('fails the build when the slot has no task list', () => {
		expect(() => transformChecklist('<p>Nothing here</p>', 'empty')).toThrow(/has no task items/);
	});
});

describe('ids and hashes', () => {
	it('derives an id from the first eight words', () => {
		expect(deriveId('Write the runbook — before you call the work “done”, every time, really')).toBe(
			'write-the-runbook-before-you-call-the-work',
		);
	});

	it('changes the hash when the wording changes, but not for spacing', () => {
		expect(textHash('Ship  it')).toBe(textHash('Ship it'));
		expect(textHash('Ship it')).not.toBe(textHash('Ship it now'));
	});
});
