/**
 * A builder (`content/builders/<kind>.yaml`): the fields that turn a playbook's template
 * into a document, the guidance shown beside each field, and the warnings the playbook
 * gives about weak documents. The file name is the builder's kind, used in
 * `<Builder kind="…" />` and in the storage names of its drafts.
 */
import { z } from 'astro/zod';
import { quoteList } from '../build/suggest';
import type { BuilderModel, Field, Rule, Section, Variant } from '../features/builders/model';

const id = z
	.string()
	.regex(/^[a-z][a-zA-Z0-9]*$/, 'Use one camelCase word of letters and digits, e.g. "successCriteria".');
// YAML reads an unquoted 2024-11-05 as a date and 42 as a number; both are meant as text here.
const text = z.preprocess(
	(value) =>
		value instanceof Date
			? value.toISOString().slice(0, 10)
			: typeof value === 'number'
				? String(value)
				: value,
	z.string().trim().min(1, 'Write something here, or remove the line.'),
);

const ruleKinds = [
	'empty',
	'contains',
	'lacks',
	'fewer-than',
	'more-than',
	'no-number',
	'item-without-number',
] as const;

const rule = z
	.object({
		/** When the warning shows; see `Rule` in src/features/builders/model.ts. */
		when: z.enum(ruleKinds, { error: `Set when to one of ${quoteList(ruleKinds)}.` }),
		/** The warning, in the playbook's words. `{n}`: item number; `{word}`: phrase found; `{item}`: list item. */
		message: text,
		/** Phrases for `contains` and `lacks`, matched ignoring case. */
		words: z.array(text).min(1).optional(),
		/** The limit for `fewer-than` and `more-than`. */
		count: z.number().int().min(1).optional(),
	})
	.strict()
	.superRefine((r, ctx) => {
		if ((r.when === 'contains' || r.when === 'lacks') && !r.words) {
			ctx.addIssue({
				code: 'custom',
				path: ['words'],
				message: `A "${r.when}" warning needs a list of words.`,
			});
		}
		if ((r.when === 'fewer-than' || r.when === 'more-than') && !r.count) {
			ctx.addIssue({ code: 'custom', path: ['count'], message: `A "${r.when}" warning needs a count.` });
		}
	});

const field = z
	.object({
		/** Permanent id of the field: drafts and shared links store answers under it. */
		id,
		/** The field's name, in the form and in the Markdown ("Success criteria:"). */
		label: text,
		/** `line`: one line; `text`: free text; `list`: one item per line. */
		type: z.enum(['line', 'text', 'list'], { error: 'Set type to "line", "text" or "list".' }),
		/** Guidance from the playbook, shown under the label. */
		hint: text.optional(),
		/** An example shown in the empty field. */
		placeholder: text.optional(),
		/** Number the list's items (1., 2.) instead of bulleting them. */
		numbered: z.boolean().optional(),
		/** What a new draft starts with (e.g. the playbook's standard questions). */
		initial: z.string().optional(),
		/** Warnings from the playbook about this field. */
		warn: z.array(rule).optional(),
	})
	.strict();

const section = z
	.object({
		/** Needed for repeated sections: answers are stored under it. */
		id: id.optional(),
		/** Heading in the document and the form. */
		title: text.optional(),
		/** Guidance shown under the section's heading in the form. */
		hint: text.optional(),
		/** `paragraphs` (default): "Label: answer" blocks; `bullets`: "- Label: answer" lines. */
		style: z.enum(['paragraphs', 'bullets']).optional(),
		/** Makes the section repeatable: goals, gaps. */
		repeat: z
			.object({
				min: z.number().int().min(0),
				max: z.number().int().min(1).max(20, 'At most 20 items.'),
				/** Heading of each item in the document, e.g. "Gap {n}: {name}". */
				item: text,
				/** Button that adds an item, e.g. "Add a goal". */
				add: text,
				/** Button that removes an item; `{n}` is its number, e.g. "Remove goal {n}". */
				remove: text,
			})
			.strict()
			.optional(),
		fields: z.array(field).min(1),
		/** Warnings about the section as a whole (`more-than` on repeated sections). */
		warn: z.array(rule).optional(),
	})
	.strict();

const variant = z
	.object({
		/** Permanent id of this form of the document; `<Builder variant="…">` picks it. */
		id,
		/** Its name in the form's "This document is" choice. */
		label: text,
		/** The document's first heading, with `{fieldId}` placeholders. */
		heading: text,
		sections: z.array(section).min(1),
		/** Fixed Markdown added at the end of every document. */
		closing: z.string().optional(),
	})
	.strict();

/** Schema for one builder file. */
export const builderSchema = z
	.object({
		/** Heading above the builder on the page. */
		title: text,
		/** One or two sentences under the heading. */
		intro: text,
		/** What drafts are called: "Brief" gives "Brief 1", "Brief 2". */
		draftName: text,
		variants: z.array(variant).min(1),
	})
	.strict()
	.superRefine((builder, ctx) => {
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		const variantIds = new Set<string>();
		builder.variants.forEach((v, vi) => {
			if (variantIds.has(v.id)) issue(['variants', vi, 'id'], `The variant id "${v.id}" is used twice.`);
			variantIds.add(v.id);
			const seen = new Set<string>();
			const top: string[] = [];
			v.sections.forEach((s, si) => {
				const at = ['variants', vi, 'sections', si];
				if (s.repeat && !s.id)
					issue([...at, 'id'], 'A repeated section needs an id: its items are stored under it.');
				if (s.repeat && s.repeat.min > s.repeat.max)
					issue([...at, 'repeat', 'min'], 'min is larger than max.');
				if (s.id) {
					if (seen.has(s.id)) issue([...at, 'id'], `The id "${s.id}" is already used in this variant.`);
					seen.add(s.id);
				}
				(s.warn ?? []).forEach((r, ri) => {
					if (r.when !== 'more-than' || !s.repeat) {
						issue(
							[...at, 'warn', ri, 'when'],
							'A section can only warn "more-than", and only when it repeats.',
						);
					}
				});
				s.fields.forEach((f, fi) => {
					const fat = [...at, 'fields', fi];
					if (seen.has(f.id)) issue([...fat, 'id'], `The id "${f.id}" is already used in this variant.`);
					seen.add(f.id);
					if (!s.repeat) top.push(f.id);
					if (f.numbered && f.type !== 'list') issue([...fat, 'numbered'], 'Only a list can be numbered.');
					(f.warn ?? []).forEach((r, ri) => {
						if (r.when === 'more-than')
							issue([...fat, 'warn', ri, 'when'], 'Use "more-than" on a repeated section.');
						if ((r.when === 'fewer-than' || r.when === 'item-without-number') && f.type !== 'list') {
							issue(
								[...fat, 'warn', ri, 'when'],
								`"${r.when}" counts list items: set this field's type to "list".`,
							);
						}
					});
				});
				if (s.repeat)
					checkPlaceholders(
						s.repeat.item,
						[...s.fields.map((f) => f.id), 'n'],
						[...at, 'repeat', 'item'],
						issue,
					);
			});
			checkPlaceholders(v.heading, top, ['variants', vi, 'heading'], issue);
		});
	});

function checkPlaceholders(
	template: string,
	allowed: string[],
	path: (string | number)[],
	issue: (path: (string | number)[], message: string) => void,
) {
	for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
		if (!allowed.includes(name!)) {
			issue(path, `"{${name}}" is not a field here. Use one of: ${allowed.map((a) => `{${a}}`).join(', ')}.`);
		}
	}
}

/** A validated builder file. */
export type BuilderFile = z.infer<typeof builderSchema>;

/** What the browser needs from a builder file: everything but the on-page guidance. */
export function builderModel(kind: string, file: BuilderFile): BuilderModel {
	const toRules = (warn: z.infer<typeof rule>[] | undefined): Rule[] | undefined =>
		warn?.map(({ when, message, words, count }) => ({ when, message, words, count }));
	const toField = (f: BuilderFile['variants'][number]['sections'][number]['fields'][number]): Field => ({
		id: f.id,
		label: f.label,
		type: f.type,
		numbered: f.numbered,
		initial: f.initial,
		rules: toRules(f.warn),
	});
	const variants = file.variants.map((v): Variant => ({
		id: v.id,
		label: v.label,
		heading: v.heading,
		closing: v.closing,
		sections: v.sections.map((s, i): Section => ({
			id: s.id ?? `section${i}`,
			title: s.title,
			style: s.style,
			repeat: s.repeat && { min: s.repeat.min, max: s.repeat.max, item: s.repeat.item },
			fields: s.fields.map(toField),
			rules: toRules(s.warn),
		})),
	}));
	return { kind, draftName: file.draftName, variants };
}
