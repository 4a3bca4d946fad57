/**
 * What the mentor page does when its address's fragment is read, at load or when it changes.
 * A snapshot link (`#mentor=…`) opens. No fragment shows the send form and the kept views, and
 * so does any other fragment at load. A fragment that changes to something else (the skip link's
 * `#_top`, a section of the page) only moves the reader within the page: whatever is open, a view
 * from a link or from a file, stays open.
 */
export type AddressAction = 'open' | 'home' | 'stay';

export function addressAction(hash: string, atLoad: boolean): AddressAction {
	if (hash.startsWith('#mentor=')) return 'open';
	return atLoad || hash === '' || hash === '#' ? 'home' : 'stay';
}
