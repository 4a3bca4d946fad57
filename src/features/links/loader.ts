/**
 * What every page loads for section links: nothing but a wait for the first reader who points
 * at, focuses or touches a heading (or opens a link to a section), which then fetches the
 * control itself (`element.ts`). Until then Starlight's heading anchors are plain links.
 *
 * On a page with `[data-linkable]` items (whose controls the script makes) any first pointer,
 * focus or touch fetches it, so the controls are there before a keyboard user tabs to the items.
 */
const near = '.sl-heading-wrapper,[data-linkable]';
const anywhere = document.querySelector('[data-linkable]') !== null;
const wake = ['pointerover', 'focusin', 'touchstart'];
let ready: Promise<unknown> | undefined;

function load(): Promise<unknown> {
	for (const type of wake) removeEventListener(type, onWake, true);
	return (ready ??= import('./element'));
}

function onWake(event: Event) {
	if (anywhere || (event.target as Element).closest?.(near)) void load();
}

for (const type of wake) addEventListener(type, onWake, { capture: true, passive: true });
addEventListener('hashchange', load, { once: true });
if (location.hash) void load();

// A click that comes before the control has loaded (a tap, or Enter right after Tab) is held
// and given to the control once it has: the reader gets the menu, not a jump to the section.
addEventListener(
	'click',
	(event) => {
		const link = (event.target as Element).closest?.<HTMLElement>('.sl-anchor-link');
		const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
		if (!link || modified || customElements.get('section-links')) return;
		event.preventDefault();
		void load().then(() => link.click());
	},
	true,
);
