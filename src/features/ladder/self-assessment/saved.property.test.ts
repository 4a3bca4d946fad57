import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codecLaws, runs } from '../../../../tests/support/codec-laws';
import { FakeStorage } from '../../../../tests/support/fake-storage';
import { StoreCore } from '../../../kit/store';
import {
	assessmentCodec,
	assessmentStorageName,
	evidenceMaxLength,
	reasonMaxLength,
	type AssessmentState,
} from './saved';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const line = (max: number) => fc.string({ maxLength: Math.min(max, 80) });

/** Any assessment the island saves today. */
const assessment: fc.Arbitrary<AssessmentState> = fc.record({
	current: id,
	target: id,
	marks: fc.dictionary(
		id,
		fc.record({
			shown: fc.boolean(),
			evidence: line(evidenceMaxLength),
			notApplicable: fc.boolean(),
			reason: line(reasonMaxLength),
		}),
		{ maxKeys: 8 },
	),
});

describe('saved self-assessments, for any input', () => {
	codecLaws(assessmentCodec, assessment, assessmentStorageName);

	it('marks saved by the first version (no "does not apply") are read with every mark and its evidence', () => {
		fc.assert(
			fc.property(assessment, (today) => {
				const marks = Object.fromEntries(
					Object.entries(today.marks).map(([k, m]) => [k, { shown: m.shown, evidence: m.evidence }]),
				);
				const backend = new FakeStorage();
				const raw = JSON.stringify({ v: 1, savedAt: 'x', data: { ...today, marks } });
				backend.items.set(`threshold:v1:${assessmentStorageName}`, raw);
				const read = new StoreCore('threshold', backend).read(assessmentStorageName, assessmentCodec);
				if (read.status !== 'ok') throw new Error(`not read: ${JSON.stringify(read)}`);
				expect(read.value).toMatchObject({ current: today.current, target: today.target, marks });
				expect(Object.keys(read.value.marks).sort()).toEqual(Object.keys(marks).sort());
				expect(backend.items.get(`threshold:v1:${assessmentStorageName}`)).toBe(raw);
			}),
			runs,
		);
	});
});
