/**
 * Share links: a whole document in the URL fragment (`#doc=z…`), which browsers never
 * send to a server: JSON, deflated, base64url-encoded. Decoding trusts nothing: the
 * length, the alphabet, the inflated size, the JSON and every answer are checked before
 * anything is shown. Failures carry a reason code; Builder.astro words them for readers.
 */
import { CONTROL, MAX_NAME, isShareHash, readValues, type BuilderModel, type Values } from './model';

export { isShareHash };

/** A document as it travels in a link. */
export interface SharedDoc {
	name: string;
	variant: string;
	values: Values;
}

/** The longest fragment made or accepted: longer links get cut by chat and mail tools. */
export const MAX_FRAGMENT = 8000;
/** The most JSON a fragment may inflate to (a guard against compression bombs). */
export const MAX_JSON = 60_000;

/**
 * Why a link cannot be made or opened: `long` (too long to make), `big` (too big to
 * open), `damaged`, `kind` (made by another builder) or `invalid` (with the detail).
 */
export class ShareError extends Error {
	constructor(
		readonly reason: 'long' | 'big' | 'damaged' | 'kind' | 'invalid',
		detail = '',
	) {
		super(detail || reason);
	}
}

const fail = (reason: ShareError['reason'], detail?: string): never => {
	throw new ShareError(reason, detail);
};

/** Pipes `bytes` through a (de)compression stream. */
const through = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream) =>
	new Uint8Array(
		await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer(),
	);

/** The fragment (without `#`) that carries `doc` of builder `kind`; a ShareError if too long. */
export async function encodeShare(kind: string, doc: SharedDoc): Promise<string> {
	const json = JSON.stringify({ f: 1, k: kind, v: doc.variant, n: doc.name, d: doc.values });
	let binary = '';
	for (const byte of await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))) {
		binary += String.fromCharCode(byte);
	}
	const fragment = `doc=z${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
	return fragment.length > MAX_FRAGMENT ? fail('long', String(fragment.length)) : fragment;
}

/** Reads a shared document for `model` from `hash`, or throws a ShareError saying why not. */
export async function decodeShare(model: BuilderModel, hash: string): Promise<SharedDoc> {
	const fragment = hash.replace(/^#/, '');
	if (fragment.length > MAX_FRAGMENT) fail('big');
	const body = /^doc=z([\w-]+)$/.exec(fragment)?.[1] ?? fail('damaged');
	let data: Record<string, unknown> = {};
	try {
		const bytes = Uint8Array.from(atob(body.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
		// A fragment within MAX_FRAGMENT inflates to a few megabytes at most: check after.
		const json = await through(bytes, new DecompressionStream('deflate-raw'));
		if (json.length > MAX_JSON) fail('big');
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) ?? {};
	} catch (error) {
		if (error instanceof ShareError) throw error;
		fail('damaged');
	}
	const { f, k, v, n, d, ...extra } = data;
	const variant = model.variants.find((x) => x.id === v);
	if (
		f !== 1 ||
		Object.keys(extra).length ||
		typeof n != 'string' ||
		n.length > MAX_NAME ||
		CONTROL.test(n)
	) {
		fail('damaged');
	}
	if (k !== model.kind) fail('kind');
	try {
		return { name: n as string, variant: variant!.id, values: readValues(variant!, d, true) };
	} catch (error) {
		return fail(variant ? 'invalid' : 'damaged', (error as Error).message);
	}
}
