/** A short, fast hash for checksums and fingerprints (not a secret, not for security). */

/** FNV-1a (32 bits) of `text`, as 8 hex digits. */
export function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
