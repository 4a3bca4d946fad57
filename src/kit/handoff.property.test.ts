import fc from 'fast-check';
import { describe } from 'vitest';
import { codecLaws } from '../../tests/support/codec-laws';
import { handoffCodec, type Handoff } from './handoff';

/** Any hand-off an island leaves: answers by field id (checked later by the builder), maybe a variant. */
const handoff: fc.Arbitrary<Handoff> = fc.record(
	{
		variant: fc.string({ maxLength: 20 }),
		values: fc.dictionary(
			fc.string({ maxLength: 12 }),
			fc.oneof(
				fc.string(),
				fc.array(fc.dictionary(fc.string({ maxLength: 8 }), fc.string()), { maxLength: 3 }),
			),
			{ maxKeys: 6 },
		),
	},
	{ requiredKeys: ['values'] },
);

describe('hand-offs, for any input', () => {
	codecLaws(handoffCodec, handoff, 'handoff:growth-plan');
});
