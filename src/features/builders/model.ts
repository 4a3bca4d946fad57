/**
 * The builders' document model: what a builder asks for (its definition, from
 * `content/builders/*.yaml`), the values a reader fills in, the Markdown they turn
 * into, and the warnings the playbook would give. Pure and browser-safe: no Zod here,
 * because this ships in each builder page's script.
 */

import { listItems, own, record } from './answers';

export { CONTROL, MAX_LINE, MAX_NAME, MAX_TEXT, listItems, readValues, variantOf } from './answers';

/** A single-line answer, free text, or a list written one item per line. */
export type FieldType = 'line' | 'text' | 'list';

/** A playbook warning: when it applies to a field (or a repeated section) and what it says. */
export interface Rule {
	/**
	 * `empty`: nothing written; `contains`: one of `words` appears; `lacks`: none of `words`
	 * appears; `fewer-than`: a list has fewer than `count` items; `more-than`: a repeated
	 * section has more than `count` items; `no-number`: no digit anywhere;
	 * `item-without-number`: a list item has no digit (a check-in without a date).
	 */
	when: 'empty' | 'contains' | 'lacks' | 'fewer-than' | 'more-than' | 'no-number' | 'item-without-number';
	/** The warning; `{n}` is the item's number, `{word}` the phrase found, `{item}` the list item. */
	message: string;
	words?: string[];
	count?: number;
}

/** One thing the reader writes. */
export interface Field {
	id: string;
	label: string;
	type: FieldType;
	/** Number the list items in the Markdown instead of bulleting them. */
	numbered?: boolean;
	/** What a new draft starts with. */
	initial?: string;
	rules?: Rule[];
}

/** A group of fields; with `repeat`, the reader adds as many items as they need (goals, gaps). */
export interface Section {
	id: string;
	/** Heading in the Markdown (`## title`) and legend in the form. */
	title?: string;
	/** `paragraphs`: "Label: value" blocks; `bullets`: "- Label: value" lines. */
	style?: 'paragraphs' | 'bullets';
	repeat?: {
		min: number;
		max: number;
		/** Heading of each item, e.g. "Gap {n}: {name}". */
		item: string;
	};
	fields: Field[];
	rules?: Rule[];
}

/** One form of a document, e.g. the mentor's conversation notes or the mentee's promotion case. */
export interface Variant {
	id: string;
	label: string;
	/** The document's `#` heading, with `{fieldId}` placeholders. */
	heading: string;
	sections: Section[];
	/** Fixed Markdown appended to every document (e.g. an empty review table). */
	closing?: string;
}

/** Everything the browser needs to know about one builder. */
export interface BuilderModel {
	kind: string;
	/** What drafts are called: "Brief" makes "Brief 1", "Brief 2". */
	draftName: string;
	variants: Variant[];
}

/** One repeated item's answers, by field id. */
export type Item = Record<string, string>;
/** A document's answers: a string per field, a list of items per repeated section. */
export type Values = Record<string, string | Item[]>;

/**
 * Every field and section of `variant` present, taken from `values` where it has them,
 * repeated sections trimmed to their limits. With `initial`, missing fields get their
 * starting text; otherwise they are empty. Answers to other variants are kept unless
 * `only` is set. The other functions here expect values that went through this.
 */
export function completeValues(variant: Variant, values: Values, initial = false, only = false): Values {
	const out = Object.assign(record<string | Item[]>(), only ? {} : values);
	const fill = (fields: Field[], from: object) => {
		const answers = record<string>();
		for (const f of fields) {
			const value = own(from, f.id);
			answers[f.id] = typeof value === 'string' ? value : initial ? (f.initial ?? '') : '';
		}
		return answers;
	};
	for (const section of variant.sections) {
		const { repeat, fields, id } = section;
		if (!repeat) {
			Object.assign(out, fill(fields, values));
			continue;
		}
		const given = own(values, id);
		const items = (Array.isArray(given) ? given : [])
			.slice(0, repeat.max)
			.map((item: Item) => fill(fields, item));
		while (items.length < repeat.min) items.push(fill(fields, {}));
		out[id] = items;
	}
	return out;
}

/** The answers a new draft of `variant` starts with. */
export const blankValues = (variant: Variant): Values => completeValues(variant, {}, true);

/** Only the answers that belong to `variant`: what a share link carries. */
export const variantValues = (variant: Variant, values: Values): Values =>
	completeValues(variant, values, false, true);

/** True when the document reads the same as a new draft's: the reader has not written anything yet. */
export const isBlank = (variant: Variant, values: Values): boolean =>
	renderMarkdown(variant, values) === renderMarkdown(variant, blankValues(variant));

// Browsers give textareas' values with \n line ends, and links may not carry \r at all.
const answer = (answers: object, id: string) => (answers as Item)[id] ?? '';

/** Replaces `{id}` with the answer (or `[Label]` when empty) and `{n}` with the item number. */
function fill(template: string, fields: Field[], answers: object, n = 0): string {
	return template.replace(/\{(\w+)\}/g, (whole, id: string) => {
		const field = fields.find((f) => f.id === id);
		if (id === 'n' && n) return String(n);
		return field ? answer(answers, id).trim().replace(/\s+/g, ' ') || `[${field.label}]` : whole;
	});
}

function renderFields({ fields, style }: Section, answers: object, skip: string): string {
	const indent = style === 'bullets' ? '  ' : '';
	return fields
		.filter((field) => !skip.includes(`{${field.id}}`))
		.map((field) => {
			const value = answer(answers, field.id);
			const head = `${indent ? '- ' : ''}${field.label}:`;
			if (field.type === 'list') {
				const items = listItems(value).map(
					(item, i) => `${indent}${field.numbered ? `${i + 1}.` : '-'} ${item}`,
				);
				return [head, ...items].join('\n');
			}
			const lines = value.trim().split('\n');
			return `${head} ${lines.map((l) => l.trimEnd()).join(`\n${indent}`)}`.trimEnd();
		})
		.join(indent ? '\n' : '\n\n');
}

/** The document as Markdown, shaped like the playbook's template. Answers in the title are not repeated. */
export function renderMarkdown(variant: Variant, values: Values): string {
	const top = variant.sections.filter((s) => !s.repeat).flatMap((s) => s.fields);
	const blocks = [`# ${fill(variant.heading, top, values)}`];
	for (const section of variant.sections) {
		if (section.repeat) {
			(values[section.id] as Item[]).forEach((item, i) => {
				const title = section.repeat!.item;
				blocks.push(`## ${fill(title, section.fields, item, i + 1)}`, renderFields(section, item, title));
			});
		} else
			blocks.push(section.title ? `## ${section.title}` : '', renderFields(section, values, variant.heading));
	}
	blocks.push(variant.closing?.trim() ?? '');
	return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/** The words a rule found in `value`, or null when the rule does not apply. */
function applyRule(
	{ when, words = [], count = 0 }: Rule,
	value: string,
	type: FieldType,
): false | Record<string, string> {
	const lower = value.toLowerCase();
	const has = (w: string) => lower.includes(w.toLowerCase());
	const items = type === 'list' ? listItems(value) : [];
	const empty = !value.trim();
	const word = words.find(has);
	const item = items.find((i) => !/\d/.test(i));
	if (when === 'empty') return empty && {};
	if (when === 'contains') return word !== undefined && { word };
	if (when === 'lacks') return !empty && !word && {};
	if (when === 'fewer-than') return items.length > 0 && items.length < count && {};
	if (when === 'no-number') return !empty && !/\d/.test(value) && {};
	if (when === 'item-without-number')
		return item !== undefined && { item: item.length > 60 ? `${item.slice(0, 59)}…` : item };
	return false;
}

const say = (message: string, vars: Record<string, string>) =>
	message.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

/** What the playbook would flag in this document, in the order of the form. */
export function checkValues(variant: Variant, values: Values): string[] {
	const warnings: string[] = [];
	const check = (fields: Field[], answers: object, n = '') => {
		for (const field of fields) {
			for (const rule of field.rules ?? []) {
				const found = applyRule(rule, answer(answers, field.id), field.type);
				if (found) warnings.push(say(rule.message, { ...found, n }));
			}
		}
	};
	for (const { id, repeat, fields, rules } of variant.sections) {
		const items = values[id] as Item[];
		if (!repeat) check(fields, values);
		for (const rule of (repeat && rules) || []) {
			if (rule.when === 'more-than' && items.length > rule.count!) warnings.push(rule.message);
		}
		if (repeat) items.forEach((item, i) => check(fields, item, String(i + 1)));
	}
	return warnings;
}
