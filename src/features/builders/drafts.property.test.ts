import fc from 'fast-check';
import { describe } from 'vitest';
import { loadBuilder } from '../../../tests/support/builders';
import { codecLaws, migratesSavedEarlier } from '../../../tests/support/codec-laws';
import { draftCodec, type Draft } from './drafts';
import { MAX_LINE, MAX_NAME, MAX_TEXT, type Values } from './model';

const model = loadBuilder('growth-plan');
const codec = draftCodec(model);

/** A short answer, or one exactly as long as the field allows. */
const answer = (max: number) => fc.oneof(fc.string({ maxLength: 40 }), fc.constant('a'.repeat(max)));

/** Answers to any of a variant's fields and repeated sections (and fields a later version dropped). */
const answers = (variantId: string): fc.Arbitrary<Values> => {
	const variant = model.variants.find((v) => v.id === variantId)!;
	const entries = variant.sections.flatMap((section): [string, fc.Arbitrary<Values[string]>][] =>
		section.repeat
			? [
					[
						section.id,
						fc.array(
							fc.record(Object.fromEntries(section.fields.map((f) => [f.id, fc.string({ maxLength: 40 })])), {
								requiredKeys: [],
							}) as fc.Arbitrary<Record<string, string>>,
							{ maxLength: Math.min(section.repeat.max, 3) },
						),
					],
				]
			: section.fields.map((f) => [f.id, answer(f.type === 'line' ? MAX_LINE : MAX_TEXT)]),
	);
	return fc
		.tuple(
			fc.record(Object.fromEntries(entries), { requiredKeys: [] }),
			fc.dictionary(fc.stringMatching(/^old-[a-z]+$/), fc.string({ maxLength: 40 }), { maxKeys: 2 }),
		)
		.map(([known, dropped]) => ({ ...dropped, ...known }) as Values);
};

/** Any draft the builder saves, in any of its variants (each variant's answers built once). */
const draft: fc.Arbitrary<Draft> = fc.oneof(
	...model.variants.map((v) =>
		fc.record({
			name: fc.string({ maxLength: MAX_NAME }),
			variant: fc.constant(v.id),
			values: answers(v.id),
			created: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
			updated: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
		}),
	),
);

describe('builder drafts, for any input', () => {
	codecLaws(codec, draft, 'builder:growth-plan:abc1');
});

describe('a builder draft saved before drafts kept their start (version 1)', () => {
	// Exactly what the builder wrote under version 1 (`threshold:v1:builder:<kind>:<draft id>`).
	const raw =
		'{"v":1,"savedAt":"2026-11-30T09:20:01.512Z","data":{"name":"Plan 1","variant":"plan",' +
		'"values":{"name":"Sam","goals":[{"behavior":"Leads a migration","current":"Helped on one","target":"Lead the next"}]},' +
		'"updated":"2026-11-30T09:20:01.511Z"}}';
	migratesSavedEarlier(
		codec,
		'builder:growth-plan:m3x9ab12',
		{ version: 1, raw },
		{
			name: 'Plan 1',
			variant: 'plan',
			values: {
				name: 'Sam',
				goals: [{ behavior: 'Leads a migration', current: 'Helped on one', target: 'Lead the next' }],
			},
			created: '2026-11-30T09:20:01.511Z',
			updated: '2026-11-30T09:20:01.511Z',
		},
		'is read on the next visit with its name, variant and every answer, started when it was last changed',
	);
});
