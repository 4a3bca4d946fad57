import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutOrAltered } from '../../../tests/support/codec-laws';
import { mentorLadderFixture as ladder } from '../../../tests/support/mentor-ladder';
import { settledAs } from '../../../tests/support/settled';
import { snapshotOf } from '../../../tests/support/mentor-snapshots';
import { SnapshotError, decodeSnapshot, encodeSnapshot, maxFile } from './snapshot';

/** What opening `text` does: "opened", or the reason it was refused; any other throw fails the test. */
const outcome = (text: string) =>
	settledAs(
		decodeSnapshot(text, 'threshold', ladder, maxFile),
		'opened',
		SnapshotError,
		(error) => error.reason,
	);

describe('mentor links and files, for any input', () => {
	it('a snapshot made into a link opens as the same snapshot', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(snapshotOf('ask'), snapshotOf('view')), async (snapshot) => {
				const opened = await decodeSnapshot(
					await encodeSnapshot(snapshot, maxFile),
					'threshold',
					ladder,
					maxFile,
				);
				expect(opened.snapshot).toEqual(snapshot);
				expect(opened.unknown).toEqual([]);
			}),
			{ numRuns: 100 },
		);
	});

	it('any other text is refused with a reason, never thrown at the page', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 300 }),
					fc.string().map((s) => `#mentor=z${s}`),
				),
				async (text) => {
					expect(await outcome(text)).not.toBe('opened');
				},
			),
			{ numRuns: 200 },
		);
	});

	it('a link cut off or altered anywhere is refused with a reason, never thrown at the page', async () => {
		const fragment = await encodeSnapshot(fc.sample(snapshotOf('ask'), { numRuns: 1, seed: 7 })[0]!, maxFile);
		await fc.assert(
			fc.asyncProperty(cutOrAltered(fragment), async (link) => {
				const result = await outcome(link);
				expect(result).toMatch(/^(opened|big|damaged|tampered|hostile|site|version)$/);
			}),
			{ numRuns: 200 },
		);
	});

	it('any JSON in a well-made link is opened or refused with a reason, never thrown at the page', async () => {
		const { fnv1a } = await import('./ladder');
		const { deflateRawSync } = await import('node:zlib');
		await fc.assert(
			fc.asyncProperty(fc.jsonValue({ maxDepth: 8 }), async (data) => {
				const json = JSON.stringify(data);
				const packed = Buffer.from(deflateRawSync(`${fnv1a(json)}\n${json}`)).toString('base64url');
				expect(await outcome(`#mentor=z${packed}`)).toMatch(/^(opened|damaged|hostile|site|version)$/);
			}),
			{ numRuns: 200 },
		);
	});
});
