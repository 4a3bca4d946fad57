/**
 * The builders' document model: what a builder asks for (its definition, from
 * `content/builders/*.yaml`), the values a reader fills in, the Markdown they turn
 * into, and the warnings the playbook would give. Pure and browser-safe: no Zod here,
 * because this ships in each builder page's script.
 */

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

/** A warning about one field (`key` is its field id, or `section.index.field` inside an item). */
export interface Warning {
	key: string;
	message: string;
}

/** The most a single-line answer may hold. */
export const MAX_LINE = 300;
/** The most a free-text or list answer may hold. */
export const MAX_TEXT = 5000;
/** The most a draft's name may hold. */
export const MAX_NAME = 100;

/** The maximum length of an answer to `field`. */
export const maxLength = (field: Field): number => (field.type === 'line' ? MAX_LINE : MAX_TEXT);

/** The variant with `id`, or the builder's first one. */
export function variantOf(model: BuilderModel, id: string | undefined): Variant {
	return model.variants.find((v) => v.id === id) ?? model.variants[0]!;
}

// Null-prototype records: keys that come from storage or a link ("__proto__",
// "constructor") stay plain data and can never reach Object.prototype.
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
const own = (values: object, key: string): unknown =>
	Object.prototype.hasOwnProperty.call(values, key) ? (values as Record<string, unknown>)[key] : undefined;
const text = (values: object, key: string): string => {
	const value = own(values, key);
	return typeof value === 'string' ? value : '';
};

function blankItem(section: Section): Item {
	const item = record<string>();
	for (const field of section.fields) item[field.id] = field.initial ?? '';
	return item;
}

/** The answers a new draft of `variant` starts with. */
export function blankValues(variant: Variant): Values {
	return completeValues(variant, record(), true);
}

/**
 * Every field and section of `variant` present, taken from `values` where it has them,
 * repeated sections trimmed to their limits. With `initial`, missing fields get their
 * starting text; otherwise they are empty. Answers to other variants are kept.
 */
export function completeValues(variant: Variant, values: Values, initial = false): Values {
	const out = record<string | Item[]>();
	for (const [key, value] of Object.entries(values)) out[key] = value;
	for (const section of variant.sections) {
		if (section.repeat) {
			const given = own(values, section.id);
			const items = (Array.isArray(given) ? given : []).slice(0, section.repeat.max).map((item) => {
				const copy = blankItem(section);
				for (const field of section.fields) copy[field.id] = text(item, field.id);
				return copy;
			});
			while (items.length < section.repeat.min) items.push(blankItem(section));
			out[section.id] = items;
		} else {
			for (const field of section.fields) {
				const value = own(values, field.id);
				out[field.id] = typeof value === 'string' ? value : initial ? (field.initial ?? '') : '';
			}
		}
	}
	return out;
}

/** True when nothing differs from a new draft: the reader has not written anything yet. */
export function isBlank(variant: Variant, values: Values): boolean {
	const blank = (fields: Field[], answers: object) =>
		fields.every((f) => text(answers, f.id).trim() === (f.initial ?? '').trim());
	return variant.sections.every((section) => {
		if (!section.repeat) return blank(section.fields, values);
		const items = own(values, section.id);
		return !Array.isArray(items) || items.every((item: Item) => blank(section.fields, item));
	});
}

/** The items of a list answer: one per non-empty line, without any bullet the reader typed. */
export function listItems(value: string): string[] {
	return value
		.split('\n')
		.map((line) => line.trim().replace(/^([-*+•]|\d+[.)])\s+/, ''))
		.filter(Boolean);
}

/** Replaces `{id}` with the answer (or `[Label]` when empty) and `{n}` with the item number. */
function fill(template: string, fields: Field[], answers: object, n?: number): string {
	return template.replace(/\{(\w+)\}/g, (whole, id: string) => {
		if (id === 'n' && n !== undefined) return String(n);
		const field = fields.find((f) => f.id === id);
		if (!field) return whole;
		return text(answers, id).trim().replace(/\s+/g, ' ') || `[${field.label}]`;
	});
}

function renderField(field: Field, value: string, bullets: boolean): string {
	const indent = bullets ? '  ' : '';
	const head = `${bullets ? '- ' : ''}${field.label}:`;
	if (field.type === 'list') {
		const items = listItems(value).map((item, i) => `${indent}${field.numbered ? `${i + 1}.` : '-'} ${item}`);
		return [head, ...items].join('\n');
	}
	const lines = value.trim().split('\n');
	return `${head} ${lines.map((l) => l.trimEnd()).join(`\n${indent}`)}`.trimEnd();
}

function renderFields(section: Section, answers: object): string {
	const bullets = section.style === 'bullets';
	return section.fields
		.map((f) => renderField(f, text(answers, f.id).replace(/\r\n?/g, '\n'), bullets))
		.join(bullets ? '\n' : '\n\n');
}

/** The document as Markdown, shaped like the playbook's template. */
export function renderMarkdown(variant: Variant, values: Values): string {
	const top = variant.sections.filter((s) => !s.repeat).flatMap((s) => s.fields);
	const blocks = [`# ${fill(variant.heading, top, values)}`];
	for (const section of variant.sections) {
		if (section.repeat) {
			const items = own(values, section.id);
			(Array.isArray(items) ? (items as Item[]) : []).forEach((item, i) => {
				blocks.push(
					`## ${fill(section.repeat!.item, section.fields, item, i + 1)}`,
					renderFields(section, item),
				);
			});
		} else {
			if (section.title) blocks.push(`## ${section.title}`);
			blocks.push(renderFields(section, values));
		}
	}
	if (variant.closing) blocks.push(variant.closing.trim());
	return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

const short = (value: string) => (value.length > 60 ? `${value.slice(0, 59)}…` : value);

function applyRule(rule: Rule, value: string, type: FieldType): Record<string, string> | null {
	const words = rule.words ?? [];
	const lower = value.toLowerCase();
	const items = type === 'list' ? listItems(value) : [];
	const empty = value.trim() === '';
	switch (rule.when) {
		case 'empty':
			return empty ? {} : null;
		case 'contains': {
			const word = words.find((w) => lower.includes(w.toLowerCase()));
			return word ? { word } : null;
		}
		case 'lacks':
			return !empty && !words.some((w) => lower.includes(w.toLowerCase())) ? {} : null;
		case 'fewer-than':
			return items.length > 0 && items.length < (rule.count ?? 0) ? {} : null;
		case 'no-number':
			return !empty && !/\d/.test(value) ? {} : null;
		case 'item-without-number': {
			const item = items.find((i) => !/\d/.test(i));
			return item ? { item: short(item) } : null;
		}
		default:
			return null;
	}
}

const say = (message: string, vars: Record<string, string>) =>
	message.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

/** What the playbook would flag in this document, in the order of the form. */
export function checkValues(variant: Variant, values: Values): Warning[] {
	const warnings: Warning[] = [];
	const checkFields = (fields: Field[], answers: object, prefix: string, n?: number) => {
		for (const field of fields) {
			for (const rule of field.rules ?? []) {
				const found = applyRule(rule, text(answers, field.id), field.type);
				if (found) {
					const vars = n === undefined ? found : { ...found, n: String(n) };
					warnings.push({ key: prefix + field.id, message: say(rule.message, vars) });
				}
			}
		}
	};
	for (const section of variant.sections) {
		if (!section.repeat) {
			checkFields(section.fields, values, '');
			continue;
		}
		const given = own(values, section.id);
		const items = Array.isArray(given) ? (given as Item[]) : [];
		for (const rule of section.rules ?? []) {
			if (rule.when === 'more-than' && items.length > (rule.count ?? Infinity)) {
				warnings.push({ key: `${section.id}.${items.length - 1}`, message: say(rule.message, {}) });
			}
		}
		items.forEach((item, i) => checkFields(section.fields, item, `${section.id}.${i}.`, i + 1));
	}
	return warnings;
}

// C0 and C1 control characters other than tab and newline have no place in a document.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * Checks answers that come from outside this page (browser storage, a shared link) and
 * returns a clean copy, or throws an Error saying what is wrong. Strict mode (links)
 * accepts only the fields of `variant`, no line breaks in single-line answers and no
 * control characters; lenient mode (drafts) also keeps answers this build does not know,
 * so a renamed field in `content/` never makes a saved draft unreadable.
 */
export function readValues(variant: Variant, data: unknown, strict: boolean): Values {
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		throw new Error('the answers are missing');
	const fields = new Map<string, Field>();
	const sections = new Map<string, Section>();
	for (const section of variant.sections) {
		if (section.repeat) sections.set(section.id, section);
		else for (const field of section.fields) fields.set(field.id, field);
	}
	const checkText = (value: unknown, field: Field | undefined, where: string): string => {
		if (typeof value !== 'string') throw new Error(`${where} is not text`);
		const limit = field ? maxLength(field) : MAX_TEXT;
		if (value.length > limit) throw new Error(`${where} is longer than ${limit} characters`);
		if (strict && CONTROL.test(value)) throw new Error(`${where} contains control characters`);
		if (strict && field?.type === 'line' && value.includes('\n')) throw new Error(`${where} has line breaks`);
		return value;
	};
	const out = record<string | Item[]>();
	const keys = Object.keys(data);
	if (keys.length > 200) throw new Error('there are too many answers');
	for (const key of keys) {
		const value = (data as Record<string, unknown>)[key];
		const section = sections.get(key);
		if (strict && !section && !fields.has(key))
			throw new Error(`"${short(key)}" is not part of this document`);
		if (!Array.isArray(value)) {
			if (section) throw new Error(`"${key}" should be a list of items`);
			out[key] = checkText(value, fields.get(key), `"${short(key)}"`);
			continue;
		}
		const max = section?.repeat?.max ?? 10;
		if (value.length > max) throw new Error(`"${short(key)}" has more than ${max} items`);
		out[key] = value.map((item: unknown, i) => {
			const where = `item ${i + 1} of "${short(key)}"`;
			if (typeof item !== 'object' || item === null || Array.isArray(item))
				throw new Error(`${where} is not a set of answers`);
			const copy = record<string>();
			for (const [id, answer] of Object.entries(item)) {
				const field = section?.fields.find((f) => f.id === id);
				if (strict && !field) throw new Error(`"${short(id)}" in ${where} is not part of this document`);
				copy[id] = checkText(answer, field, `"${short(id)}" in ${where}`);
			}
			return copy;
		});
	}
	return out;
}
