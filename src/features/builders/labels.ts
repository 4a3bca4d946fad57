/**
 * Labels Builder.astro and BuilderField.astro make from a builder file at build time: the
 * legends of repeated items, their numbered buttons, and the hints of list fields.
 */
import type { FieldType } from './model';

/** A repeated item's legend in the form: "Gap {n}: {name}" becomes "Gap {n}" (the name is in the item). */
export const legendOf = (item: string): string =>
	item.replace(/[\s:,–-]*\{(?!n\})\w+\}/g, '').replace(/^[\s:,–-]+|\s+$/g, '');

/** A template with `{n}` for item `n`: "Remove goal {n}" becomes "Remove goal 2". */
export const numbered = (template: string, n: number): string => template.replaceAll('{n}', String(n));

/**
 * The hint under a field. A list's hint ends by saying how to write it (`onePerLine`, e.g.
 * "One per line."), unless the author's hint already says so.
 */
export function fieldHint(type: FieldType, hint: string | undefined, onePerLine: string): string | undefined {
	const says = onePerLine.replace(/\.$/, '').toLowerCase();
	if (type !== 'list' || hint?.toLowerCase().includes(says)) return hint;
	return `${hint ?? ''} ${onePerLine}`.trim();
}
