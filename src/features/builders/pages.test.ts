import { describe, expect, it } from 'vitest';
import { pageWithBuilder } from './pages';

describe('the page a builder lives on', () => {
	it('is the page whose MDX places that builder', () => {
		const pages = [
			{ id: 'playbooks/brief', body: '<Builder kind="design-brief" />' },
			{ id: 'playbooks/plan', body: 'Intro\n\n<Builder variant="plan" kind="growth-plan" />' },
		];
		expect(pageWithBuilder(pages, 'growth-plan')).toBe('playbooks/plan');
	});

	it('is no page when none places it, or only one with a longer kind does', () => {
		const pages = [{ id: 'a', body: '<Builder kind="growth-plan-2" />' }, { id: 'b' }];
		expect(pageWithBuilder(pages, 'growth-plan')).toBeUndefined();
	});
});
