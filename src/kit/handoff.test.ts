import { describe, expect, it } from 'vitest';
import { handoffCodec, handoffName } from './handoff';

describe('hand-offs', () => {
	it('are stored under the kind of builder they are for', () => {
		expect(handoffName('growth-plan')).toBe('handoff:growth-plan');
	});

	it('keep the values and the variant they were given', () => {
		expect(handoffCodec.parse({ variant: 'plan', values: { name: 'Ada' } })).toEqual({
			variant: 'plan',
			values: { name: 'Ada' },
		});
		expect(handoffCodec.parse({ values: {} })).toEqual({ values: {} });
	});

	it('refuse data without values or with a variant that is not text', () => {
		expect(() => handoffCodec.parse(null)).toThrow();
		expect(() => handoffCodec.parse({ values: [] })).toThrow();
		expect(() => handoffCodec.parse({ variant: 3, values: {} })).toThrow();
	});
});
