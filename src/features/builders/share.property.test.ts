import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuilder } from '../../../tests/support/builders';
import { cutOrAltered } from '../../../tests/support/codec-laws';
import { CONTROL, MAX_LINE, MAX_NAME, MAX_TEXT, completeValues, variantOf, type Values } from './model';
import { decodeShare, encodeShare } from './share';

const model = loadBuilder('delegation-brief');
const brief = variantOf(model, 'brief');
const fields = brief.sections.filter((s) => !s.repeat).flatMap((s) => s.fields);

/** Text a reader can type into a field: no control characters, within the field's limits. */
const typed = (max: number, lines: boolean) =>
	fc
		.string({ unit: 'grapheme', maxLength: max })
		.map((text) => [...text.replace(lines ? /\r/g : /[\r\n]/g, ' ')].filter((c) => !CONTROL.test(c)).join(''))
		.filter((text) => text.length <= max);

/** Answers to some of the brief's single fields, as the editor would hold them. */
const answers: fc.Arbitrary<Values> = fc
	.record(
		Object.fromEntries(
			fields.map((f) => [f.id, f.type === 'line' ? typed(MAX_LINE, false) : typed(MAX_TEXT / 10, true)]),
		),
		{ requiredKeys: [] },
	)
	.map((values) => completeValues(brief, values as Values));

/** What `decodeShare` makes of `hash`: "opened", or the problem it names; any throw fails the test. */
async function outcome(hash: string): Promise<string> {
	const result = await decodeShare(model, hash);
	return result.ok ? 'opened' : result.problem;
}

/** The fragment `encodeShare` makes, failing the test when it makes none. */
async function encoded(doc: Parameters<typeof encodeShare>[1]): Promise<string> {
	const result = await encodeShare(model.kind, doc);
	if (!result.ok) throw new Error(`no link: ${result.problem}`);
	return result.value;
}

describe('share links, for any input', () => {
	it('a document encoded into a link decodes to the same document', async () => {
		await fc.assert(
			fc.asyncProperty(typed(MAX_NAME, false), answers, async (name, values) => {
				const fragment = await encoded({ name, variant: brief.id, values });
				expect(await decodeShare(model, `#${fragment}`)).toEqual({
					ok: true,
					value: { name, variant: brief.id, values },
				});
			}),
			{ numRuns: 60 },
		);
	});

	it('any fragment at all is opened or refused with a reason, never thrown at the page', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
				expect(['opened', 'long', 'big', 'damaged', 'kind', 'invalid']).toContain(await outcome(text));
			}),
			{ numRuns: 300 },
		);
	});

	it('a link cut off or altered anywhere is refused with a reason, never thrown at the page', async () => {
		const fragment = await encoded({
			name: 'Brief',
			variant: brief.id,
			values: completeValues(brief, { work: 'export' }),
		});
		await fc.assert(
			fc.asyncProperty(cutOrAltered(fragment), async (link) => {
				const result = await outcome(link);
				expect(['opened', 'big', 'damaged', 'kind', 'invalid']).toContain(result);
			}),
			{ numRuns: 300 },
		);
	});
});
