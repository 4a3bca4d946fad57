/**
 * Share links: a whole document in the URL fragment (`#doc=…`), which browsers never
 * send to a server. The JSON is deflated when the browser can, then base64url-encoded.
 * Decoding trusts nothing: the size, the alphabet, the decompressed size, the JSON
 * and every answer are checked before anything is shown, and all failures become a
 * sentence a reader can act on.
 */
import { MAX_NAME, readValues, variantOf, type BuilderModel, type Values } from './model';

/** A document as it travels in a link. */
export interface SharedDoc {
	name: string;
	variant: string;
	values: Values;
}

/** Fragments start with this, after the `#`. */
export const SHARE_PREFIX = 'doc=';
/** The longest fragment made or accepted: longer links get cut by chat and mail tools. */
export const MAX_FRAGMENT = 8000;
/** The most JSON a fragment may inflate to (a guard against compression bombs). */
export const MAX_JSON = 60_000;

/** A link that cannot be made or opened, with the reason in words for the reader. */
export class ShareError extends Error {}

const DAMAGED =
	'This link is damaged: part of it may have been lost when it was copied. Ask for the link again.';

/** True when `hash` (with or without `#`) holds a shared document rather than a heading anchor. */
export const isShareHash = (hash: string): boolean => hash.replace(/^#/, '').startsWith(SHARE_PREFIX);

async function through(bytes: Uint8Array, stream: TransformStream<Uint8Array, Uint8Array>, limit: number) {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			void reader.cancel();
			throw new ShareError('This link holds more than a shared document can, so it was not opened.');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

const toBase64Url = (bytes: Uint8Array) => {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

/**
 * The fragment (without `#`) for `doc` of builder `kind`: `doc=z…` deflated, or `doc=j…`
 * plain where the browser cannot compress. Throws a ShareError when it is too long.
 */
export async function encodeShare(kind: string, doc: SharedDoc): Promise<string> {
	const json = JSON.stringify({ f: 1, k: kind, v: doc.variant, n: doc.name, d: doc.values });
	let bytes: Uint8Array = new TextEncoder().encode(json);
	let mark = 'j';
	if (typeof CompressionStream === 'function') {
		bytes = await through(bytes, new CompressionStream('deflate-raw'), Infinity);
		mark = 'z';
	}
	const fragment = `${SHARE_PREFIX}${mark}${toBase64Url(bytes)}`;
	if (fragment.length > MAX_FRAGMENT) {
		throw new ShareError(
			`This document is too long for a link (${fragment.length} characters; the limit is ${MAX_FRAGMENT}). Download the .md file and send that instead.`,
		);
	}
	return fragment;
}

/** Reads a shared document for `model` from `hash`, or throws a ShareError saying why not. */
export async function decodeShare(model: BuilderModel, hash: string): Promise<SharedDoc> {
	const fragment = hash.replace(/^#/, '');
	if (!isShareHash(fragment)) throw new ShareError(DAMAGED);
	if (fragment.length > MAX_FRAGMENT) {
		throw new ShareError(
			`This link is longer than a shared document can be (${MAX_FRAGMENT} characters), so it was not opened.`,
		);
	}
	const body = fragment.slice(SHARE_PREFIX.length + 1);
	const mark = fragment.charAt(SHARE_PREFIX.length);
	if ((mark !== 'z' && mark !== 'j') || !/^[A-Za-z0-9_-]+$/.test(body)) throw new ShareError(DAMAGED);
	let data: unknown;
	try {
		let bytes = fromBase64Url(body);
		if (mark === 'z') {
			if (typeof DecompressionStream !== 'function') {
				throw new ShareError(
					'This browser cannot open compressed links. Try a current version of your browser.',
				);
			}
			bytes = await through(bytes, new DecompressionStream('deflate-raw'), MAX_JSON);
		} else if (bytes.length > MAX_JSON) throw new ShareError(DAMAGED);
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch (error) {
		throw error instanceof ShareError ? error : new ShareError(DAMAGED);
	}
	const doc = data as Record<string, unknown> | null;
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || doc['f'] !== 1)
		throw new ShareError(DAMAGED);
	const extra = Object.keys(doc).find((key) => !['f', 'k', 'v', 'n', 'd'].includes(key));
	if (extra !== undefined) throw new ShareError(DAMAGED);
	if (doc['k'] !== model.kind) {
		throw new ShareError('This link holds a different kind of document. Open it on the page it was made on.');
	}
	const variant = model.variants.find((v) => v.id === doc['v']);
	const name = doc['n'];
	if (
		!variant ||
		typeof name !== 'string' ||
		name.length > MAX_NAME ||
		/[\u0000-\u001F\u007F-\u009F]/.test(name)
	) {
		throw new ShareError(DAMAGED);
	}
	try {
		return { name, variant: variant.id, values: readValues(variantOf(model, variant.id), doc['d'], true) };
	} catch (error) {
		throw new ShareError(
			`This link was not opened because its content is not valid: ${(error as Error).message}.`,
		);
	}
}
