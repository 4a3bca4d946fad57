/**
 * Section links, on every page: Starlight's heading anchor links and every `[data-linkable]`
 * element get one control that opens "Copy link" / "Copy as Markdown" (and "Copy text" where
 * the element has `data-copy-text`). Opening a link with an anchor marks its section briefly;
 * an alias anchor (`[data-alias-for]`) is swapped for the id it now stands for.
 *
 * The menu and the status line are server-rendered inside `<section-links>`; this script only
 * moves the menu next to the control that opened it. One shared menu keeps a page with many
 * linkable items cheap, and one control per item keeps keyboard users' Tab order short.
 */
import { copyText } from '../../kit/io';
import { fragmentId, markdownLink, sectionUrl, shortLabel } from './section-link';
import type { SectionLinkWords } from './words';

const ICON =
	'<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="m9.5 14.5 5-5M11 6.5 12.5 5a4 4 0 0 1 5.7 5.7l-1.7 1.8M13 17.5 11.5 19a4 4 0 0 1-5.7-5.7l1.7-1.8"/></svg>';

const done = {
	link: 'sectionLink.linkCopied',
	markdown: 'sectionLink.markdownCopied',
	text: 'sectionLink.textCopied',
} as const;

class SectionLinks extends HTMLElement {
	// Read here rather than through kit/words: importing that from this site-wide script would
	// split it into a chunk shared with every island, and each island's budget would pay for it.
	#words = JSON.parse(this.dataset['words'] ?? '{}') as SectionLinkWords;
	#menu = this.querySelector<HTMLElement>('[role="group"]')!;
	#status = this.querySelector<HTMLElement>('[role="status"]')!;
	#open: HTMLElement | null = null;
	#timer = 0;

	connectedCallback() {
		const content = this.closest('main') ?? document.body;
		for (const link of content.querySelectorAll<HTMLAnchorElement>('.sl-anchor-link')) {
			const heading = link.previousElementSibling;
			const id = fragmentId(link.hash);
			if (heading && id) this.#enhance(link, id, heading.textContent ?? '');
		}
		for (const item of content.querySelectorAll<HTMLElement>('[data-linkable][id]')) {
			const link = document.createElement('a');
			link.className = 'section-link';
			link.href = `#${item.id}`;
			link.innerHTML = ICON;
			item.append(link);
			this.#enhance(link, item.id, item.dataset['linkLabel'] || item.textContent || '');
		}

		document.addEventListener('click', (event) => {
			const target = event.target as Element;
			const trigger = target.closest?.<HTMLElement>('[data-section]');
			// With a modifier key the reader wants the link itself (a new tab, a download).
			const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
			if (trigger && !modified) {
				event.preventDefault();
				this.#toggle(trigger);
			} else if (this.#open && !this.#menu.contains(target)) this.#close(false);
		});
		document.addEventListener('keydown', (event) => {
			const target = event.target as HTMLElement;
			if (event.key === 'Escape' && this.#open) this.#close(true);
			else if (event.key === ' ' && target.dataset?.['section']) {
				// Links do not answer Space; these act as buttons, which do.
				event.preventDefault();
				this.#toggle(target);
			}
		});
		document.addEventListener('focusin', (event) => {
			const target = event.target as Node;
			if (this.#open && target !== this.#open && !this.#menu.contains(target)) this.#close(false);
		});
		this.#menu.addEventListener('click', (event) => {
			const kind = (event.target as Element).closest('button')?.dataset['copy'];
			if (kind) void this.#copy(kind);
		});
		addEventListener('hashchange', () => this.#mark());
		this.#mark();
	}

	/** Makes `link` the control for section `id`: a button that opens the copy menu. */
	#enhance(link: HTMLElement, id: string, label: string) {
		const name = shortLabel(label, 160);
		link.dataset['section'] = id;
		link.dataset['label'] = name;
		link.setAttribute('role', 'button');
		link.setAttribute('aria-expanded', 'false');
		link.setAttribute('aria-controls', this.#menu.id);
		link.setAttribute('aria-label', this.#word('sectionLink.control', shortLabel(name, 100)));
	}

	#toggle(trigger: HTMLElement) {
		const wasOpen = this.#open === trigger;
		if (this.#open) this.#close(false);
		if (wasOpen) return;
		const target = document.getElementById(trigger.dataset['section']!);
		this.#menu.querySelector<HTMLElement>('[data-copy="text"]')!.hidden = !target?.dataset['copyText'];
		trigger.after(this.#menu);
		this.#menu.hidden = false;
		trigger.setAttribute('aria-expanded', 'true');
		this.#open = trigger;
	}

	#close(refocus: boolean) {
		const trigger = this.#open;
		this.#menu.hidden = true;
		this.#open = null;
		trigger?.setAttribute('aria-expanded', 'false');
		if (refocus) trigger?.focus();
	}

	async #copy(kind: string) {
		const trigger = this.#open;
		if (!trigger) return;
		const id = trigger.dataset['section']!;
		const label = trigger.dataset['label']!;
		const url = sectionUrl(location, id);
		const page = document.querySelector('main h1')?.textContent?.trim() || document.title;
		const text =
			kind === 'link'
				? url
				: kind === 'markdown'
					? markdownLink(page, label, url)
					: (document.getElementById(id)?.dataset['copyText'] ?? '');
		const ok = await copyText(text);
		this.#close(true);
		if (!ok) history.replaceState(history.state, '', `#${id}`);
		const key = ok ? done[kind as keyof typeof done] : 'sectionLink.notCopied';
		this.#say(this.#word(key, shortLabel(label, 60)));
	}

	/** The word `key`, its one placeholder `{{name}}` filled with `name`. */
	#word(key: keyof SectionLinkWords, name: string): string {
		return this.#words[key].replace('{{name}}', () => name);
	}

	#say(message: string) {
		this.#status.textContent = message;
		clearTimeout(this.#timer);
		this.#timer = window.setTimeout(() => (this.#status.textContent = ''), 5000);
	}

	/** Marks the section the address points at, after following an alias to its new id. */
	#mark() {
		let target = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
		const alias = target?.dataset['aliasFor'];
		if (alias) {
			target = document.getElementById(alias);
			history.replaceState(history.state, '', `#${alias}`);
			target?.scrollIntoView();
		}
		const box = target?.closest<HTMLElement>('.sl-heading-wrapper') ?? target;
		if (!box) return;
		box.classList.remove('section-target');
		// Reading layout restarts the highlight when the same section is opened twice.
		void box.offsetWidth;
		box.classList.add('section-target');
		setTimeout(() => box.classList.remove('section-target'), 3000);
	}
}

customElements.define('section-links', SectionLinks);
