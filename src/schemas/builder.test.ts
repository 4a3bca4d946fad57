import { describe, expect, it } from 'vitest';
import { builderSchema } from './builder';

const valid = {
	title: 'Build it',
	intro: 'Fill it in.',
	draftName: 'Brief',
	variants: [
		{
			id: 'brief',
			label: 'Brief',
			heading: 'Brief: {work}',
			sections: [
				{ fields: [{ id: 'work', label: 'The work', type: 'line' }] },
				{
					id: 'goals',
					repeat: { min: 1, max: 3, item: 'Goal {n}: {behavior}', add: 'Add', remove: 'Remove {n}' },
					fields: [{ id: 'behavior', label: 'Behavior', type: 'line' }],
				},
			],
		},
	],
};
const paths = (data: unknown) =>
	builderSchema.safeParse(data).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('builder files', () => {
	it('accept a builder with plain and repeated sections', () => {
		expect(paths(valid)).toEqual([]);
	});

	it('name a heading placeholder that is not a field, and list the ones that are', () => {
		const data = structuredClone(valid);
		data.variants[0]!.heading = 'Brief: {title}';
		expect(paths(data)).toEqual(['variants.0.heading: "{title}" is not a field here. Use one of: {work}.']);
	});

	it('point at a field id used twice and a repeated section without an id', () => {
		const data = structuredClone(valid) as typeof valid & { variants: { sections: { id?: string }[] }[] };
		data.variants[0]!.sections[1]!.fields[0]!.id = 'work';
		delete data.variants[0]!.sections[1]!.id;
		expect(paths(data)).toEqual([
			'variants.0.sections.1.id: A repeated section needs an id: its items are stored under it.',
			'variants.0.sections.1.fields.0.id: The id "work" is already used in this variant.',
			'variants.0.sections.1.repeat.item: "{behavior}" is not a field here. Use one of: {work}, {n}.',
		]);
	});

	it('explain a warning that is missing what it needs or does not fit its field', () => {
		const data = structuredClone(valid) as unknown as {
			variants: { sections: { fields: { warn?: unknown[] }[] }[] }[];
		};
		data.variants[0]!.sections[0]!.fields[0]!.warn = [
			{ when: 'contains', message: 'Too vague.' },
			{ when: 'fewer-than', count: 2, message: 'Add more.' },
			{ when: 'sometimes', message: 'x' },
		];
		expect(paths(data)).toEqual([
			'variants.0.sections.0.fields.0.warn.0.words: A "contains" warning needs a list of words.',
			expect.stringMatching(
				/^variants\.0\.sections\.0\.fields\.0\.warn\.2\.when: Set when to one of "empty"/,
			),
		]);
		// The type check runs once every rule itself is valid.
		data.variants[0]!.sections[0]!.fields[0]!.warn = [{ when: 'fewer-than', count: 2, message: 'Add more.' }];
		expect(paths(data)).toEqual([
			'variants.0.sections.0.fields.0.warn.0.when: "fewer-than" counts list items: set this field\'s type to "list".',
		]);
	});

	it('read an unquoted date or number in a text field as text, as an author meant it', () => {
		const data = structuredClone(valid) as unknown as {
			variants: { sections: { fields: { placeholder?: unknown }[] }[] }[];
		};
		data.variants[0]!.sections[0]!.fields[0]!.placeholder = new Date('2024-11-05T00:00:00Z');
		const parsed = builderSchema.parse(data);
		expect(parsed.variants[0]!.sections[0]!.fields[0]!.placeholder).toBe('2024-11-05');
	});
});
