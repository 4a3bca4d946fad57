import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checklistHastPlugin } from './markdown-plugin';

const root = '/site';

/** The JSX a page compiles to with the plugin, as Astro's Markdown processor would run it. */
function compile(mdx: string, marker = 'Train it:', file = `${root}/content/docs/page.mdx`): string {
	const result = mdxToJs(mdx, {
		hastPlugins: [checklistHastPlugin(marker, root)],
		jsx: true,
		features: { gfm: true },
		fileURL: pathToFileURL(file),
	} as Parameters<typeof mdxToJs>[1]);
	return (result as { code: string }).code;
}

const checklist = (body: string, id = '"c"') => `<Checklist id=${id} title="T">\n\n${body}\n\n</Checklist>\n`;

describe('the checklist transform on the Markdown tree', () => {
	it('gives each task its labelled checkbox and lists the items for the component', () => {
		const code = compile(checklist('- [ ] Write it down [#write]\n- [ ] Ship it'));
		expect(code).toContain(
			`items='[{"id":"write","text":"Write it down"},{"id":"ship-it","text":"Ship it"}]'`,
		);
		expect(code).toContain('id="c--write" data-item="write"');
		expect(code).toContain('<_components.label htmlFor="c--write">{"Write it down"}</_components.label>');
		expect(code).toContain('data-item-id="ship-it"');
	});

	it("reads a group's training line in the site's own words", () => {
		const code = compile(checklist('- Führung\n  - [ ] Eins\n  - Üben mit: [X](/x/)'), 'Üben mit:');
		expect(code).toContain('className="th-checklist__train"');
		expect(code).toContain('data-group="Führung"');
	});

	it('fails on a content mistake, naming the file, the checklist and the fix', () => {
		expect(() => compile(checklist('- [ ] One [#same]\n- [ ] Two [#same]'))).toThrow(
			'content/docs/page.mdx: Checklist "c" has two items with the id "same" ("One" and "Two"). End one of them with a different [#id].',
		);
		expect(() => compile(checklist('- G\n  - [ ] One\n  - Üben mit: nichts'), 'Üben mit:')).toThrow(
			'content/docs/page.mdx: The "Üben mit:" line of the group "G" in checklist "c" has no link.',
		);
	});

	it('leaves a checklist whose id is an expression to the component', () => {
		const code = compile(checklist('- [ ] One', '{"c"}'));
		expect(code).not.toContain('items=');
		expect(code).not.toContain('data-item-id');
	});
});
