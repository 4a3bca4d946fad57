/**
 * Text carried in a link's fragment (after `#`, which browsers never send to a server):
 * deflated (CompressionStream `deflate-raw`) and base64url-encoded. Used by the builders'
 * share links and the mentor snapshots. Unpacking trusts nothing: the alphabet, the
 * inflated size (a guard against compression bombs) and the UTF-8 are checked.
 */

/** Why a fragment cannot be unpacked: `big` (inflates past the limit) or `damaged`. */
export class FragmentError extends Error {
	constructor(readonly reason: 'big' | 'damaged') {
		super(reason);
	}
}

/** Pipes `bytes` through a (de)compression stream. */
const through = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream) =>
	new Uint8Array(
		await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer(),
	);

/** `text` deflated and base64url-encoded (no padding). */
export async function packText(text: string): Promise<string> {
	let binary = '';
	for (const byte of await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw'))) {
		binary += String.fromCharCode(byte);
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text packed in `body`; a FragmentError if it is not packed text or inflates past `maxBytes`. */
export async function unpackText(body: string, maxBytes: number): Promise<string> {
	if (!/^[\w-]+$/.test(body)) throw new FragmentError('damaged');
	let bytes: Uint8Array;
	try {
		const packed = Uint8Array.from(atob(body.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
		// A capped body inflates to a few megabytes at most: check the size after.
		bytes = await through(packed, new DecompressionStream('deflate-raw'));
	} catch {
		throw new FragmentError('damaged');
	}
	if (bytes.length > maxBytes) throw new FragmentError('big');
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new FragmentError('damaged');
	}
}
