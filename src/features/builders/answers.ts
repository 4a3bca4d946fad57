/**
 * What reading a builder's answers needs, apart from the rest of the model (`model.ts`, which
 * re-exports all of it): the limits, checking answers from storage or a link, and list items.
 * Reading a draft (`drafts.ts`) loads only this, so another island that reads drafts (the
 * agenda) does not load the builders' Markdown and checks.
 */
import type { BuilderModel, Field, Item, Section, Values, Variant } from './model';

/** The most a single-line answer may hold. */
export const MAX_LINE = 300;
/** The most a free-text or list answer may hold. */
export const MAX_TEXT = 5000;
/** The most a draft's name may hold. */
export const MAX_NAME = 100;

/** The variant with `id`, or the builder's first one. */
export function variantOf(model: BuilderModel, id: string | undefined): Variant {
	return model.variants.find((v) => v.id === id) ?? model.variants[0]!;
}

// Null-prototype records: keys that come from storage or a link ("__proto__",
// "constructor") stay plain data and can never reach Object.prototype. Reads check the
// type of what they find, so an inherited "constructor" never passes for an answer.
/** A record with no prototype. */
export const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
/** `values[key]`, typed as unknown. */
export const own = (values: object, key: string): unknown => (values as Record<string, unknown>)[key];
/** True for a plain object (not null, not an array). */
export const isRecord = (value: unknown): value is object =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The items of a list answer: one per non-empty line, without any bullet the reader typed. */
export const listItems = (value: string): string[] =>
	value
		.split('\n')
		.map((line) => line.trim().replace(/^([-*+•]|\d+[.)])\s+/, ''))
		.filter(Boolean);

/** C0 and C1 control characters other than tab and newline: no place in a document. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * Checks answers that come from outside this page (browser storage, a shared link) and
 * returns a clean copy, or throws an Error whose `key` names the answer that is wrong ('' if
 * there are no answers at all). Strict mode (links) accepts only the fields of `variant`, no line breaks in single-line answers and
 * no control characters; lenient mode (drafts) also keeps answers this build does not
 * know, so a renamed field in `content/` never makes a saved draft unreadable.
 */
export function readValues(variant: Variant, data: unknown, strict: boolean): Values {
	// The error's `key` names the answer at fault for readers (`shown`); the message is for developers.
	const fail = (key: string, why = 'is not valid', shown = key.slice(0, 40)): never => {
		throw Object.assign(new Error(`"${key.slice(0, 40)}" ${why}`), { key: shown });
	};
	const unknown = 'is not part of this document';
	const known = (fields: (Field | Section)[], key: string) => fields.find((f) => f.id === key);
	const text = (value: unknown, key: string, field?: Field | Section) => {
		const line = field && 'type' in field && field.type == 'line';
		if (strict && !(field && 'type' in field)) fail(key, field ? undefined : unknown);
		if (typeof value != 'string' || value.length > (line ? MAX_LINE : MAX_TEXT)) fail(key);
		if (strict && (CONTROL.test(value as string) || (line && (value as string).includes('\n')))) fail(key);
		return value as string;
	};
	if (!isRecord(data)) fail('answers', 'are missing', '');
	const top = variant.sections.flatMap((s): (Field | Section)[] => (s.repeat ? [s] : s.fields));
	const out = record<string | Item[]>();
	for (const [key, value] of Object.entries(data as object)) {
		const field = known(top, key);
		if (!Array.isArray(value)) {
			out[key] = text(value, key, field);
			continue;
		}
		const section = field && 'fields' in field ? field : undefined;
		if (strict && !section) fail(key, unknown);
		if (value.length > (section?.repeat?.max ?? 10)) fail(key);
		out[key] = value.map((item: unknown) => {
			const copy = record<string>();
			if (!isRecord(item)) fail(key);
			for (const [id, answer] of Object.entries(item as object))
				copy[id] = text(answer, id, known(section?.fields ?? [], id));
			return copy;
		});
	}
	return out;
}
