import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mentorLadderFixture } from '../../../tests/support/mentor-ladder';
import { englishWords } from '../../../tests/support/words';
import { fill } from '../../kit/words';
import { fnv1a, type MentorLadder } from './ladder';
import {
	SnapshotError,
	decodeSnapshot,
	encodeSnapshot,
	isSnapshotHash,
	maxLink,
	snapshotProblemKey,
	type Snapshot,
} from './snapshot';
import { mentorWords } from './words';

const ladder: MentorLadder = { ...mentorLadderFixture, fingerprint: 'abcd1234' };
const site = 'threshold';
const ask: Snapshot = {
	kind: 'ask',
	site,
	ladder: { fingerprint: 'abcd1234', version: null },
	from: 'Ana',
	date: '2026-11-30T10:00:00.000Z',
	marks: { 'mid-a': { kind: 'seen', note: 'PR 12' }, 'senior-b': { kind: 'not-yet', note: '' } },
	levels: { current: 'mid', target: 'mid' },
};

const b64url = (bytes: Uint8Array) =>
	Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** A hand-made link, as another tool (or an attacker) might craft it: `json` with a right checksum. */
const craft = (json: string) => `#mentor=z${b64url(deflateRawSync(`${fnv1a(json)}\n${json}`))}`;
const craftObject = (data: unknown) => craft(JSON.stringify(data));
/** Why `text` was refused (the reason code), or "opened". */
const reason = async (text: string, on: MentorLadder = ladder, limit?: number) => {
	try {
		await decodeSnapshot(text, site, on, limit);
		return 'opened';
	} catch (error) {
		expect(error).toBeInstanceOf(SnapshotError);
		return (error as SnapshotError).reason;
	}
};

describe('mentor snapshots', () => {
	it('carry a self-assessment through a link and back unchanged', async () => {
		const fragment = await encodeSnapshot(ask);
		expect(isSnapshotHash(`#${fragment}`)).toBe(true);
		const opened = await decodeSnapshot(`https://x.example/ladder/mentor/#${fragment}`, site, ladder);
		expect(opened).toEqual({ snapshot: ask, unknown: [], otherLadder: false, olderVersion: null });
		// A mail tool that percent-encodes the link changes nothing.
		const escaped = `#${fragment.replace('=', '%3D')}`;
		expect((await decodeSnapshot(escaped, site, ladder)).snapshot).toEqual(ask);
		expect(await reason(`${escaped}%E0%A4%A`)).toBe('damaged');
	});

	it('carry evidence entries, a growth plan and a mentor view with comments', async () => {
		const full: Snapshot = {
			...ask,
			evidence: [{ week: '2026-11-23', text: 'Led the retro', behaviors: ['senior-b'] }],
			plan: { name: 'Plan 1', values: { goal: 'Senior by June' } },
		};
		expect((await decodeSnapshot(await encodeSnapshot(full), site, ladder)).snapshot).toEqual(full);
		const view: Snapshot = {
			...ask,
			kind: 'view',
			marks: { 'senior-b': { kind: 'cannot-judge', note: 'ask Bo' } },
		};
		expect((await decodeSnapshot(await encodeSnapshot(view), site, ladder)).snapshot).toEqual(view);
	});

	it('keep a mark kind the site does not know yet, such as "does not apply"', async () => {
		const marks = { 'senior-b': { kind: 'does-not-apply', note: 'no reviews in my team' } };
		const opened = await decodeSnapshot(await encodeSnapshot({ ...ask, marks }), site, ladder);
		expect(opened.snapshot.marks).toEqual(marks);
	});

	it('bring hostile text back as the same text, for the page to show as text', async () => {
		const from = '<img src=x onerror=window.__pwned=1>';
		const opened = await decodeSnapshot(await encodeSnapshot({ ...ask, from }), site, ladder);
		expect(opened.snapshot.from).toBe(from);
	});

	it('list ids the ladder does not know, and say the ladder changed', async () => {
		const marks = { ...ask.marks, 'gone-behavior': { kind: 'seen', note: '' } };
		const made = { ...ask, marks, ladder: { fingerprint: 'old00000', version: null } };
		const opened = await decodeSnapshot(await encodeSnapshot(made), site, ladder);
		expect(opened.unknown).toEqual(['gone-behavior']);
		expect(opened.otherLadder).toBe(true);
	});

	it('refuse to make a link longer than the limit, saying how long it would be', async () => {
		let noise = '';
		while (noise.length < 12_000) noise += Math.random().toString(36).slice(2);
		const big = { ...ask, marks: { 'senior-b': { kind: 'seen', note: noise } } };
		const error = await encodeSnapshot(big).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(SnapshotError);
		expect((error as SnapshotError).reason).toBe('long');
		expect(Number((error as SnapshotError).message)).toBeGreaterThan(maxLink);
		// The file to send instead holds the same snapshot, and opens as a file.
		const file = await encodeSnapshot(
			{ ...big, marks: { 'senior-b': { kind: 'seen', note: noise.slice(0, 4000) } } },
			400_000,
		);
		expect(await reason(file, ladder, 400_000)).toBe('opened');
	});
});

describe('links that are not safe to open', () => {
	it('too large: a link over the limit, or one that inflates into a huge text', async () => {
		expect(await reason(`#mentor=z${'A'.repeat(maxLink)}`)).toBe('big');
		const bomb = `#mentor=z${b64url(deflateRawSync(Buffer.alloc(3_000_000, 32)))}`;
		expect(bomb.length).toBeLessThan(maxLink);
		expect(await reason(bomb)).toBe('big');
	});

	it('damaged: cut short, not a snapshot, not JSON, or the wrong shape', async () => {
		const fragment = await encodeSnapshot(ask);
		expect(await reason(fragment.slice(0, -10))).toBe('damaged');
		expect(await reason('#mentor=z<script>')).toBe('damaged');
		expect(await reason('#doc=zAAAA')).toBe('damaged');
		expect(await reason(craft('{"format":1,'))).toBe('damaged');
		expect(await reason(craftObject({ ...ask, format: 2 }))).toBe('damaged');
		expect(
			await reason(craftObject({ ...ask, format: 1, marks: { 'senior-b': { kind: 7, note: '' } } })),
		).toBe('damaged');
		expect(
			await reason(
				craftObject({ ...ask, format: 1, kind: 'view', marks: { 'senior-b': { kind: 'maybe', note: '' } } }),
			),
		).toBe('damaged');
	});

	it('tampered: a snapshot edited after it was made no longer matches its checksum', async () => {
		const json = JSON.stringify({ format: 1, ...ask });
		const edited = json.replace('"not-yet"', '"seen"');
		const tampered = `#mentor=z${b64url(deflateRawSync(`${fnv1a(json)}\n${edited}`))}`;
		expect(await reason(tampered)).toBe('tampered');
	});

	it('hostile: prototype keys, deep nesting and huge strings', async () => {
		const json = JSON.stringify({ format: 1, ...ask });
		expect(
			await reason(craft(json.replace('"marks":{', '"marks":{"__proto__":{"kind":"seen","note":""},'))),
		).toBe('hostile');
		expect(
			await reason(craftObject({ format: 1, ...ask, plan: { name: 'p', values: { constructor: 'x' } } })),
		).toBe('hostile');
		let deep: unknown = 'x';
		for (let i = 0; i < 20; i++) deep = { a: deep };
		expect(await reason(craftObject({ format: 1, ...ask, levels: deep }))).toBe('hostile');
		expect(await reason(craftObject({ format: 1, ...ask, from: 'x'.repeat(6000) }))).toBe('hostile');
		expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
	});

	it('another site: made on a site with another storage namespace', async () => {
		const other = await encodeSnapshot({ ...ask, site: 'acme-ladder' });
		const error = await decodeSnapshot(other, site, ladder).catch((e: unknown) => e);
		expect((error as SnapshotError).reason).toBe('site');
		expect((error as SnapshotError).message).toBe('acme-ladder');
	});

	it('unknown ladder version: made against a version this site does not have', async () => {
		const later = await encodeSnapshot({ ...ask, ladder: { fingerprint: 'abcd1234', version: '3' } });
		expect(await reason(later)).toBe('version');
		const error = await decodeSnapshot(later, site, ladder).catch((e: unknown) => e);
		expect((error as SnapshotError).message).toBe('3');
		expect(await reason(later, { ...ladder, version: '3', versions: ['3', '2', '1'] })).toBe('opened');
	});
});

describe('a snapshot made on an older version of the ladder', () => {
	it('opens with its marks and evidence tags on the renamed behaviors, and says which version', async () => {
		const old: Snapshot = {
			...ask,
			ladder: { fingerprint: 'old00000', version: '1' },
			marks: { 'old-b': { kind: 'seen', note: 'PR 3' }, gone: { kind: 'seen', note: '' } },
			evidence: [{ week: '2026-06-01', text: 'Review', behaviors: ['old-b'] }],
		};
		const opened = await decodeSnapshot(await encodeSnapshot(old), site, ladder);
		expect(opened.olderVersion).toBe('1');
		expect(opened.snapshot.marks).toEqual({
			'senior-b': { kind: 'seen', note: 'PR 3' },
			gone: { kind: 'seen', note: '' },
		});
		expect(opened.snapshot.evidence![0]!.behaviors).toEqual(['senior-b']);
		expect(opened.unknown).toEqual(['gone']);
	});

	it('is not flagged when made on the current version', async () => {
		const now = await encodeSnapshot({ ...ask, ladder: { fingerprint: 'abcd1234', version: '2' } });
		expect((await decodeSnapshot(now, site, ladder)).olderVersion).toBeNull();
	});
});

describe('what a reader is told', () => {
	it('gives every reason a link is refused its own message', () => {
		const reasons = ['long', 'big', 'damaged', 'tampered', 'hostile', 'site', 'version'] as const;
		const t = englishWords(mentorWords);
		const messages = reasons.map((r) => t[snapshotProblemKey(r)]);
		expect(new Set(messages).size).toBe(reasons.length);
		expect(fill(t[snapshotProblemKey('site')], { site: 'acme' })).toContain('acme');
		expect(fill(t[snapshotProblemKey('version')], { version: '3' })).toContain('3');
	});
});
