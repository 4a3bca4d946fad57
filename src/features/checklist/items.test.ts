import { describe, expect, it } from 'vitest';
import {
	ChecklistError,
	PageIds,
	claimChecklistId,
	deriveId,
	linkLabel,
	textHash,
	transformChecklist,
} from './items';

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
		expect(html).toContain('data-linkable="" data-link-label="You write the problem statement first."');
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

// A group that ends with a "Train it:" line, as Astro renders it.
const trained = `<ul>
<li>Multiplying others
<ul class="contains-task-list">
<li class="task-list-item"><input type="checkbox" disabled> A reviewee changed approach. [#review]</li>
<li>Train it: start with <a href="/playbooks/teach-through-review/">Teach through review</a>, then <a href="/playbooks/i-do-we-do-you-do/">I Do, We Do, You Do</a>.</li>
</ul>
</li>
</ul>`;

describe('groups', () => {
	it('labels each group, leaves room for its count, and names its list after it', () => {
		const { html } = transformChecklist(grouped, 'readiness');
		expect(html).toContain(
			'<li class="th-checklist__group" data-group="Problem ownership"><span class="th-checklist__group-label" id="readiness--group-1">Problem ownership</span> <span class="th-checklist__group-count"></span><ul class="contains-task-list" aria-labelledby="readiness--group-1">',
		);
	});

	it('reads a group\'s "Train it:" line, which stays a plain list item with its links', () => {
		const { html, items, groups } = transformChecklist(trained, 'readiness');
		expect(items.map((i) => i.id)).toEqual(['review']);
		expect(groups).toEqual([
			{
				label: 'Multiplying others',
				train: [
					{ href: '/playbooks/teach-through-review/', text: 'Teach through review' },
					{ href: '/playbooks/i-do-we-do-you-do/', text: 'I Do, We Do, You Do' },
				],
			},
		]);
		expect(html).toContain(
			'<li class="th-checklist__train">Train it: start with <a href="/playbooks/teach-through-review/">',
		);
	});

	it.each([
		[
			'a "Train it:" line without a link',
			trained.replace(/<a href="[^"]+">([^<]+)<\/a>/g, '$1'),
			'The "Train it:" line of the group "Multiplying others" in checklist "c" has no link.',
		],
		[
			'two "Train it:" lines in one group',
			trained.replace('</ul>\n</li>', '<li>Train it: <a href="/x/">X</a></li></ul>\n</li>'),
			'Checklist "c" has two "Train it:" lines in the group "Multiplying others".',
		],
		[
			'a "Train it:" line outside a group',
			'<ul><li class="task-list-item"><input type="checkbox" disabled> A</li><li>Train it: <a href="/x/">X</a></li></ul>',
			'Checklist "c" has a "Train it:" line outside a group.',
		],
	])('fails the build for %s, saying how to fix it', (_, html, message) => {
		expect(() => transformChecklist(html, 'c')).toThrow(message);
	});
});

describe('ids on a page and on the site', () => {
	const item = (id: string) => ({ id, text: id, textHash: textHash(id), explicit: true });

	it('fails when two checklists on a page share an item id, naming both', () => {
		const ids = new PageIds();
		ids.claim('first', [item('ship')]);
		expect(() => ids.claim('second', [item('ship')])).toThrow(
			'Checklist "second" has an item with the id "ship" ("ship"), which is already the id of an item of checklist "first" on this page',
		);
	});

	it('fails when an item id is also a heading id on the page', () => {
		const ids = new PageIds([{ slug: 'read-next', text: 'Read next' }]);
		expect(() => ids.claim('c', [item('read-next')])).toThrow('the id of the heading "Read next"');
	});

	it('fails when one page has two checklists with the same id', () => {
		const ids = new PageIds();
		ids.claim('c', [item('a')]);
		expect(() => ids.claim('c', [item('b')])).toThrow('Two checklists on this page have the id "c"');
	});

	it('fails when two pages use the same checklist id, since they would share saved ticks', () => {
		const registry = new Map<string, string>();
		claimChecklistId('c', 'content/docs/a.mdx', registry);
		claimChecklistId('c', 'content/docs/a.mdx', registry);
		expect(() => claimChecklistId('c', 'content/docs/b.mdx', registry)).toThrow(ChecklistError);
		expect(() => claimChecklistId('c', 'content/docs/b.mdx', registry)).toThrow(
			'The checklist id "c" is also used in content/docs/a.mdx.',
		);
	});
});

describe('ids and hashes', () => {
	it('gives each item a short link label, cut at a word', () => {
		expect(linkLabel('Ship it')).toBe('Ship it');
		expect(linkLabel('Every goal has a current state, a target state, a booked practice opportunity')).toBe(
			'Every goal has a current state, a target state, a booked…',
		);
	});

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
