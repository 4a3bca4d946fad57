import { describe } from 'vitest';
import { codecLaws, readsSavedToday } from '../../../tests/support/codec-laws';
import { snapshotOf } from '../../../tests/support/mentor-snapshots';
import { keptCodec } from './kept';

describe('kept mentor views, for any input', () => {
	codecLaws(keptCodec, snapshotOf('view'), 'mentor:view:1a2b3c4d');
});

describe('a mentor view kept by the site today (version 1)', () => {
	// Exactly what "Keep this view" writes today (`threshold:v1:mentor:view:<hash>`).
	const raw =
		'{"v":1,"savedAt":"2026-11-30T09:30:00.000Z","data":{"kind":"view","site":"threshold",' +
		'"ladder":{"fingerprint":"f1f1f1f1","version":"2"},"from":"Lee","date":"2026-11-29T17:02:11.000Z",' +
		'"marks":{"senior-b":{"kind":"seen","note":"The export review"},"senior-c":{"kind":"not-yet","note":""}},' +
		'"about":{"from":"Ana","date":"2026-11-28T08:00:00.000Z"}}}';
	readsSavedToday(
		keptCodec,
		'mentor:view:1a2b3c4d',
		raw,
		'is read on the next visit with every mark and comment',
	);
});
