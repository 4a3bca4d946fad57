/**
 * What a builder decides when the page loads, before its editor (editor.ts) is fetched: which
 * events mean a reader is about to use it, and whether there is something to show at once.
 * Loaded with every builder page: keep it to that.
 */

/** True when `hash` (with or without `#`) holds a shared document (share.ts) rather than a heading anchor. */
export const isShareHash = (hash: string): boolean => /^#?doc(=|%3d)/i.test(hash);

/** Events in a builder that mean the reader is about to use it; the first fetches the editor. */
export const wakeEvents = ['pointerover', 'focusin', 'touchstart', 'input'] as const;

/**
 * True when the editor is needed as the page loads, not on first use: a draft of this builder is
 * saved (`drafts` of them), another island handed answers over (`handoffs`), or the address holds
 * a shared document. Otherwise the form the server rendered, a new blank draft, is what to show.
 */
export const editorAtLoad = (drafts: number, handoffs: number, hash: string): boolean =>
	drafts > 0 || handoffs > 0 || isShareHash(hash);
