/** What the mentor page's on-demand modules (`send.ts`, `open.ts`, `compare-view.ts`) need from its island. */
import type { StoreCore } from '../../kit/store';
import type { KitWords } from '../../kit/words';
import type { MentorLadder } from './ladder';
import type { MentorWords } from './words';
import type { AgendaText } from '../agenda/words';

/** The mentor island, as its on-demand modules see it. */
export interface MentorIsland {
	root: HTMLElement;
	store: StoreCore;
	t: MentorWords & KitWords & AgendaText;
	lang: string;
	/** The site's storage namespace: a snapshot from another site is refused. */
	site: string;
	ladder: MentorLadder;
	/** Says what happened; offers Undo when `undo` is given. */
	say(message: string, undo?: () => void): void;
	/** Lists the kept views again. */
	showKept(): void;
}

/** The one element matching `selector` in the island (the markup guarantees it exists). */
export const $ = <T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string): T =>
	root.querySelector<T>(selector)!;

/** A new element with text content (never HTML) and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
	attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.textContent = text;
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	return node;
}
