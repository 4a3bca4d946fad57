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
/** A hand-made link: `z` deflated or `j` plain JSON, as another tool might craft it. */
const craft = (payload: unknown, mark: 'z' | 'j' = 'j') => {
	const json = JSON.stringify(payload);
	return `#doc=${mark}${b64url(mark === 'z' ? deflateRawSync(json) : json)}`;
};
const reason = async (hash: string) => {
	try {
		await decodeShare(delegation, hash);
		return 'opened';
	} catch (error) {
		expect(error).toBeInstanceOf(ShareError);
		return (error as Error).message;
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

	it('open links made without compression too', async () => {
		const doc = await decodeShare(
			delegation,
			craft({ f: 1, k: 'delegation-brief', v: 'brief', n: 'x', d: { work: 'y' } }),
		);
		expect(doc.values['work']).toBe('y');
	});

	it('refuse to make a link longer than the limit and say what to do instead', async () => {
		let noise = '';
		for (let i = 0; noise.length < 4900; i++) noise += Math.random().toString(36).slice(2);
		const values = completeValues(brief, {
			need: noise.slice(0, 4900),
			ux: noise.slice(0, 4900).split('').reverse().join(''),
		});
		await expect(encodeShare('delegation-brief', { name: 'x', variant: 'brief', values })).rejects.toThrow(
			/too long for a link .* Download the \.md file/,
		);
	});

	it('are not confused with an ordinary heading anchor', () => {
		expect(isShareHash('#the-brief-template')).toBe(false);
	});
});

describe('broken, oversized and hostile links', () => {
	it('reject markup pasted into the fragment', async () => {
		expect(await reason(`#doc=z${hostile[1]}`)).toMatch(/This link is damaged/);
		expect(await reason(`#doc=${encodeURIComponent(hostile[0]!)}`)).toMatch(/This link is damaged/);
	});

	it('reject a link cut short in copying', async () => {
		const fragment = await encodeShare('delegation-brief', {
			name: 'Brief 1',
			variant: 'brief',
			values: completeValues(brief, {
				need: 'a reason that is long enough to compress into a few dozen bytes',
			}),
		});
		expect(await reason(fragment.slice(0, fragment.length - 12))).toMatch(/This link is damaged/);
		expect(await reason('#doc=z')).toMatch(/damaged/);
	});

	it('reject a fragment over the size limit without reading it', async () => {
		expect(await reason(`#doc=j${'A'.repeat(MAX_FRAGMENT)}`)).toMatch(/longer than a shared document can be/);
	});

	it('reject a small link that inflates into a huge document', async () => {
		const bomb = `#doc=z${b64url(deflateRawSync(Buffer.alloc(2_000_000, 32)))}`;
		expect(bomb.length).toBeLessThan(MAX_FRAGMENT);
		expect(await reason(bomb)).toMatch(/holds more than a shared document can/);
	});

	it('reject text that is not JSON, or not UTF-8', async () => {
		expect(await reason(`#doc=j${b64url('{"f":1,')}`)).toMatch(/damaged/);
		expect(await reason(`#doc=j${b64url(new Uint8Array([0xff, 0xfe, 0x7b]))}`)).toMatch(/damaged/);
	});

	it('reject a document from another builder, or of an unknown variant', async () => {
		expect(await reason(craft({ f: 1, k: 'growth-plan', v: 'plan', n: 'x', d: {} }))).toMatch(
			/different kind of document/,
		);
		expect(await reason(craft({ f: 1, k: 'delegation-brief', v: 'spec', n: 'x', d: {} }))).toMatch(/damaged/);
	});

	it('reject extra keys, prototype tricks and wrong types, naming the problem', async () => {
		const base = { f: 1, k: 'delegation-brief', v: 'brief', n: 'x' };
		expect(await reason(craft({ ...base, d: {}, script: 'x' }))).toMatch(/damaged/);
		expect(
			await reason(
				`#doc=j${b64url(`{"f":1,"k":"delegation-brief","v":"brief","n":"x","d":{"__proto__":{"a":1}}}`)}`,
			),
		).toBe(
			'This link was not opened because its content is not valid: "__proto__" is not part of this document.',
		);
		expect(await reason(craft({ ...base, d: { work: { toString: 'x' } } }, 'z'))).toMatch(
			/"work" is not text/,
		);
		expect(await reason(craft({ ...base, d: { work: 'a\nb' } }))).toMatch(/has line breaks/);
		expect(await reason(craft({ ...base, n: 'x\u0000', d: {} }))).toMatch(/damaged/);
		expect(await reason(craft({ ...base, d: [] }))).toMatch(/the answers are missing/);
		expect(({} as Record<string, unknown>)['a']).toBeUndefined();
	});
});
