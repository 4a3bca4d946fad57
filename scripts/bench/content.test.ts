import { describe, expect, it } from 'vitest';
import { benchPlaybook, median, toPlainStarlight } from './content';

describe('benchPlaybook', () => {
	it('writes the same page for the same index and a different one for another', () => {
		expect(benchPlaybook(7)).toBe(benchPlaybook(7));
		expect(benchPlaybook(7)).not.toBe(benchPlaybook(8));
	});

	it('has playbook frontmatter, headings, lists and a checklist of six tasks', () => {
		const page = benchPlaybook(1);
		expect(page).toMatch(/^---\ntitle: 'Playbook 0001: /);
		expect(page).toMatch(/^kind: /m);
		expect(page.match(/^## /gm)?.length).toBeGreaterThanOrEqual(4);
		expect(page).toMatch(/^1\. /m);
		expect(page).toContain('<Checklist id="bench-0001"');
		expect(page.match(/^- \[ \] /gm)).toHaveLength(6);
	});
	it('names only skills from the list it is given', () => {
		const skills = ['system-design', 'mentoring'];
		for (let i = 1; i <= 20; i++) {
			expect(benchPlaybook(i, skills)).toMatch(/^skills: \[(system-design|mentoring)\]$/m);
		}
	});

	it('writes the same words with a plain Markdown task list instead of a <Checklist> when asked', () => {
		const plain = benchPlaybook(4, [], false);
		expect(plain).not.toContain('~/components');
		expect(plain).not.toMatch(/<\/?Checklist/);
		expect(plain.match(/^- \[ \] /gm)).toHaveLength(6);
		expect(plain.split('\n').filter((line) => line.startsWith('## '))).toEqual(
			benchPlaybook(4)
				.split('\n')
				.filter((line) => line.startsWith('## ')),
		);
	});
});

describe('toPlainStarlight', () => {
	it('drops imports from ~/components and unwraps their elements, keeping the task list', () => {
		const plain = toPlainStarlight(benchPlaybook(3));
		expect(plain).not.toContain('~/components');
		expect(plain).not.toMatch(/<\/?Checklist/);
		expect(plain.match(/^- \[ \] /gm)).toHaveLength(6);
	});

	it('removes self-closing components it cannot render and leaves Starlight components alone', () => {
		const mdx = [
			"import { Steps } from '@astrojs/starlight/components';",
			"import { QuestionBank, Checklist as List } from '~/components';",
			'<QuestionBank bank="one-on-one" />',
			'<Steps>',
			'<List id="a" title="b">',
			'- [ ] task',
			'</List>',
			'</Steps>',
		].join('\n');
		expect(toPlainStarlight(mdx)).toBe(
			[
				"import { Steps } from '@astrojs/starlight/components';",
				'',
				'',
				'<Steps>',
				'',
				'- [ ] task',
				'',
				'</Steps>',
			].join('\n'),
		);
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});
