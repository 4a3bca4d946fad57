/** Arbitraries (fast-check) of the mentor snapshots a site makes, for property tests. */
import fc from 'fast-check';
import { viewKinds, type Snapshot } from '../../src/features/mentor/snapshot';
import { mentorLadderFixture } from './mentor-ladder';

const live = mentorLadderFixture.competencies.flatMap((c) => c.items.map((i) => i.id));
/** Text as a snapshot carries it: any characters, shorter than the longest string a snapshot accepts. */
const text = fc.string({ maxLength: 60 });
/** A key of a record a reader filled in (plan answers): anything but the keys a snapshot refuses as hostile. */
const key = fc
	.string({ minLength: 1, maxLength: 20 })
	.filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
const date = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
	.map((d) => d.toISOString());

/** Any snapshot of `kind` made on `site` against the fixture ladder, marks and tags on its behaviors. */
export function snapshotOf(kind: Snapshot['kind'], site = 'threshold'): fc.Arbitrary<Snapshot> {
	const mark = fc.record({ kind: kind === 'view' ? fc.constantFrom(...viewKinds) : text, note: text });
	return fc.record(
		{
			kind: fc.constant(kind),
			site: fc.constant(site),
			ladder: fc.record({
				fingerprint: fc.constant(mentorLadderFixture.fingerprint),
				version: fc.constantFrom(null, ...mentorLadderFixture.versions),
			}),
			from: text,
			date,
			marks: fc.dictionary(fc.constantFrom(...live), mark),
			levels: fc.record({ current: text, target: text }),
			evidence: fc.array(
				fc.record({ week: text, text, behaviors: fc.array(fc.constantFrom(...live), { maxLength: 3 }) }),
				{ maxLength: 4 },
			),
			plan: fc.record({ name: text, values: fc.dictionary(key, text, { maxKeys: 4 }) }),
			about: fc.record({ from: text, date }),
		},
		{ requiredKeys: ['kind', 'site', 'ladder', 'from', 'date', 'marks'] },
	);
}
