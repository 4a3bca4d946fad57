import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codecLaws, runs } from '../../../../tests/support/codec-laws';
import { FakeStorage } from '../../../../tests/support/fake-storage';
import { StoreCore } from '../../../kit/store';
import { evidenceCodec, evidenceStorageName, type EvidenceEntry, type EvidenceLog } from './log';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const day = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const text = fc.string({ maxLength: 80 });

/** Any entry the log saves today. */
const entry: fc.Arbitrary<EvidenceEntry> = fc.record({
	id,
	date: day,
	situation: text,
	did: text,
	result: text,
	witnesses: text,
	link: text,
	competencies: fc.array(id, { maxLength: 3 }),
	behaviors: fc.array(id, { maxLength: 3 }),
});
const log: fc.Arbitrary<EvidenceLog> = fc.record({ entries: fc.array(entry, { maxLength: 6 }) });

describe('saved evidence logs, for any input', () => {
	codecLaws(evidenceCodec, log, evidenceStorageName);

	it('entries saved by the first version (a week and a text) are read with nothing lost', () => {
		fc.assert(
			fc.property(log, ({ entries }) => {
				const v1 = entries.map((e) => ({
					id: e.id,
					week: e.date,
					text: e.did,
					competencies: e.competencies,
					behaviors: e.behaviors,
				}));
				const backend = new FakeStorage();
				backend.items.set(
					`threshold:v1:${evidenceStorageName}`,
					JSON.stringify({ v: 1, savedAt: 'x', data: { entries: v1 } }),
				);
				const read = new StoreCore('threshold', backend).read(evidenceStorageName, evidenceCodec);
				if (read.status !== 'ok') throw new Error(`not read: ${JSON.stringify(read)}`);
				expect(read.value.entries).toHaveLength(v1.length);
				read.value.entries.forEach((got, i) => {
					const was = v1[i]!;
					expect(got).toMatchObject({ id: was.id, date: was.week, did: was.text });
					expect(got.competencies).toEqual(was.competencies);
					expect(got.behaviors).toEqual(was.behaviors);
				});
			}),
			runs,
		);
	});
});
