import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBuilder } from '../../../tests/support/builders';
import { blankValues, completeValues, variantOf } from './model';
import { MAX_FRAGMENT, ShareError, decodeShare, encodeShare, isShareHash } from './share';

const delegation = loadBuilder('delegation-brief');
const career = loadBuilder('career-conversation');
const brief = variantOf(delegation, 'brief');
const hostile = ['<img src=x onerror=window.__pwned=1>', '"><script>window.__pwned=1</script>'];

const b64url = (bytes: Uint8Array | string) =>
	Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
/** A hand-made link, as another tool (or an attacker) might craft it. */
const deflated = (text: string | Buffer) => `#doc=z${b64url(deflateRawSync(text))}`;
const craft = (payload: unknown) => deflated(JSON.stringify(payload));
/** Why `hash` was refused: the reason code, and the detail for invalid content. */
const reason = async (hash: string) => {
	try {
		await decodeShare(delegation, hash);
		return 'opened';
	} catch (error) {
		expect(error).toBeInstanceOf(ShareError);
		const { reason, message } = error as ShareError;
		return reason === 'invalid' ? `${reason}: ${message}` : reason;
	}
};

describe('share links', () => {
	it('carry a document through the URL fragment and back unchanged', async () => {
		const values = completeValues(brief, {
			...blankValues(brief),
			work: 'export',
			checkIns: 'Thu 14: design',
		});
		const fragment = await encodeShare('delegation-brief', { name: 'Brief 1', variant: 'brief', values });
		expect(fragment).toMatch(/^doc=z[A-Za-z0-9_-]+$/);
		expect(isShareHash(`#${fragment}`)).toBe(true);
		const doc = await decodeShare(delegation, `#${fragment}`);
		expect(doc).toEqual({ name: 'Brief 1', variant: 'brief', values });
	});

	it('keep the variant and the repeated items of a promotion case', async () => {
		const promotion = variantOf(career, 'promotion');
		const values = completeValues(promotion, { me: 'Ana', named: 'one\ntwo' });
		const fragment = await encodeShare('career-conversation', { name: 'Case', variant: 'promotion', values });
		expect((await decodeShare(career, fragment)).values['named']).toBe('one\ntwo');
	});

	it('bring hostile text back as the same text, for the page to show as text', async () => {
		const values = completeValues(brief, { work: hostile[0]!, need: hostile[1]! });
		const fragment = await encodeShare('delegation-brief', { name: hostile[1]!, variant: 'brief', values });
		const doc = await decodeShare(delegation, fragment);
		expect(doc.values['work']).toBe(hostile[0]);
		expect(doc.name).toBe(hostile[1]);
	});

	it('refuse to make a link longer than the limit, saying how long it would be', async () => {
		let noise = '';
		while (noise.length < 4900) noise += Math.random().toString(36).slice(2);
		const values = completeValues(brief, {
			need: noise.slice(0, 4900),
			ux: [...noise.slice(0, 4900)].reverse().join(''),
		});
		const error = await encodeShare('delegation-brief', { name: 'x', variant: 'brief', values }).catch(
			(e) => e,
		);
		expect(error).toBeInstanceOf(ShareError);
		expect(error.reason).toBe('long');
		expect(Number(error.message)).toBeGreaterThan(MAX_FRAGMENT);
	});

	it('are not confused with an ordinary heading anchor', () => {
		expect(isShareHash('#the-brief-template')).toBe(false);
	});
});

describe('broken, oversized and hostile links', () => {
	it('reject markup pasted into the fragment', async () => {
		expect(await reason(`#doc=z${hostile[1]}`)).toBe('damaged');
		expect(await reason(`#doc=${encodeURIComponent(hostile[0]!)}`)).toBe('damaged');
	});

	it('reject a link cut short in copying', async () => {
		const values = completeValues(brief, { need: 'a reason long enough to compress into a few dozen bytes' });
		const fragment = await encodeShare('delegation-brief', { name: 'Brief 1', variant: 'brief', values });
		expect(await reason(fragment.slice(0, -12))).toBe('damaged');
		expect(await reason('#doc=z')).toBe('damaged');
	});

	it('reject a fragment over the size limit without reading it', async () => {
		expect(await reason(`#doc=z${'A'.repeat(MAX_FRAGMENT)}`)).toBe('big');
	});

	it('reject a small link that inflates into a huge document', async () => {
		const bomb = deflated(Buffer.alloc(2_000_000, 32));
		expect(bomb.length).toBeLessThan(MAX_FRAGMENT);
		expect(await reason(bomb)).toBe('big');
	});

	it('reject text that is not JSON, or not UTF-8', async () => {
		expect(await reason(deflated('{"f":1,'))).toBe('damaged');
		expect(await reason(deflated(Buffer.from([0xff, 0xfe, 0x7b])))).toBe('damaged');
		expect(await reason(deflated('null'))).toBe('damaged');
	});

	it('reject a document from another builder, or of an unknown variant', async () => {
		expect(await reason(craft({ f: 1, k: 'growth-plan', v: 'plan', n: 'x', d: {} }))).toBe('kind');
		expect(await reason(craft({ f: 1, k: 'delegation-brief', v: 'spec', n: 'x', d: {} }))).toBe('damaged');
	});

	it('reject extra keys, prototype tricks and wrong types, naming the answer at fault', async () => {
		const base = { f: 1, k: 'delegation-brief', v: 'brief', n: 'x' };
		expect(await reason(craft({ ...base, d: {}, script: 'x' }))).toBe('damaged');
		expect(
			await reason(deflated(`{"f":1,"k":"delegation-brief","v":"brief","n":"x","d":{"__proto__":{"a":1}}}`)),
		).toBe('invalid: "__proto__" is not part of this document');
		expect(await reason(craft({ ...base, d: { work: { toString: 'x' } } }))).toBe(
			'invalid: "work" is not valid',
		);
		expect(await reason(craft({ ...base, d: { work: 'a\nb' } }))).toBe('invalid: "work" is not valid');
		expect(await reason(craft({ ...base, n: 'x\u0000', d: {} }))).toBe('damaged');
		expect(await reason(craft({ ...base, d: [] }))).toBe('invalid: "answers" are missing');
		expect(({} as Record<string, unknown>)['a']).toBeUndefined();
	});
});
