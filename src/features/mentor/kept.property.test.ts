import fc from 'fast-check';
import { describe } from 'vitest';
import { codecLaws, migratesSavedEarlier } from '../../../tests/support/codec-laws';
import { snapshotOf } from '../../../tests/support/mentor-snapshots';
import { keptCodec, type KeptView } from './kept';

const day = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

describe('kept mentor views, for any input', () => {
	codecLaws(
		keptCodec,
		fc
			.tuple(snapshotOf('view'), day)
			.map(([view, keptOn]) => ({ ...view, kind: 'view', keptOn }) as KeptView),
		'mentor:view:1a2b3c4d',
	);
});

describe('a mentor view kept by the site before kept views recorded the day (version 1)', () => {
	// Exactly what "Keep this view" wrote under version 1 (`threshold:v1:mentor:view:<hash>`).
	const data = {
		kind: 'view',
		site: 'threshold',
		ladder: { fingerprint: 'f1f1f1f1', version: '2' },
		from: 'Lee',
		date: '2026-11-29T17:02:11.000Z',
		marks: {
			'senior-b': { kind: 'seen', note: 'The export review' },
			'senior-c': { kind: 'not-yet', note: '' },
		},
		about: { from: 'Ana', date: '2026-11-28T08:00:00.000Z' },
	} as const;
	const raw =
		'{"v":1,"savedAt":"2026-11-30T09:30:00.000Z","data":{"kind":"view","site":"threshold",' +
		'"ladder":{"fingerprint":"f1f1f1f1","version":"2"},"from":"Lee","date":"2026-11-29T17:02:11.000Z",' +
		'"marks":{"senior-b":{"kind":"seen","note":"The export review"},"senior-c":{"kind":"not-yet","note":""}},' +
		'"about":{"from":"Ana","date":"2026-11-28T08:00:00.000Z"}}}';
	migratesSavedEarlier(
		keptCodec,
		'mentor:view:1a2b3c4d',
		{ version: 1, raw },
		{ ...data, keptOn: '2026-11-29' },
		'is read on the next visit with every mark and comment, kept on the day of the view',
	);

	// Version 1 also read a view saved without a ladder, as an unknown ladder.
	const { ladder: _ladder, ...withoutLadder } = data;
	migratesSavedEarlier(
		keptCodec,
		'mentor:view:1a2b3c4d',
		{ version: 1, raw: JSON.stringify({ v: 1, savedAt: '2026-11-30T09:30:00.000Z', data: withoutLadder }) },
		{ ...data, ladder: { fingerprint: '', version: null }, keptOn: '2026-11-29' },
		'a view kept without a ladder is read with an unknown ladder, as before, and every mark',
	);
});
