import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChecklistError, textHash, transformChecklist } from './items';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Pieces of the HTML Astro renders for Markdown, shuffled into any order, plus any text. */
const htmlish = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'<ul>',
				'</ul>',
				'<ol>',
				'<li>',
				'</li>',
				'<li class="task-list-item">',
				'<p>',
				'</p>',
				'<input type="checkbox" disabled>',
				'<input type="checkbox" checked disabled>',
				'<em>',
				'</em>',
				'<a href="/x/">',
				'</a>',
				' [#an-id]',
				' [#]',
				'Train it: ',
			),
			fc.string({ maxLength: 20 }),
		),
		{ maxLength: 40 },
	)
	.map((parts) => parts.join(''));

/** Not a control character (tab and line break aside): HTML would not carry it as written. */
const printable = (char: string) => {
	const code = char.codePointAt(0)!;
	return char === '\t' || char === '\n' || (code >= 0x20 && (code < 0x7f || code > 0x9f));
};

/** An item's text as an author may write it: any printable characters and any whitespace. */
const written = fc
	.string({
		unit: fc.oneof(
			fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
			fc.constantFrom(' ', '\n', '\t', '  '),
		),
		minLength: 1,
		maxLength: 80,
	})
	.map((text) => [...text].filter(printable).join(''))
	.filter((text) => /\S/.test(text) && !/\[#[^\]]*\]\s*$/.test(text));

/** The text readers see for `written`: whitespace collapsed, as HTML shows it. */
const shown = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the checklist parser, for any input', () => {
	it('turns any HTML into items or a ChecklistError that says what to fix, never another error', () => {
		fc.assert(
			fc.property(htmlish, (html) => {
				try {
					const { items } = transformChecklist(html, 'any');
					expect(items.length).toBeGreaterThan(0);
				} catch (error) {
					expect(error).toBeInstanceOf(ChecklistError);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it('gives back every item of a task list, in order, with its text and its own id', () => {
		fc.assert(
			fc.property(fc.array(written, { minLength: 1, maxLength: 12 }), (texts) => {
				const html = `<ul class="contains-task-list">${texts
					.map(
						(text, i) =>
							`<li class="task-list-item"><input type="checkbox" disabled> ${escape(text)} [#item-${i}]</li>`,
					)
					.join('\n')}</ul>`;
				const { items } = transformChecklist(html, 'any');
				expect(items).toEqual(
					texts.map((text, i) => ({
						id: `item-${i}`,
						text: shown(text),
						textHash: textHash(shown(text)),
						explicit: true,
					})),
				);
			}),
			{ numRuns: 200 },
		);
	});
});
