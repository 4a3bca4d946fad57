/**
 * `<threshold-mentor>`: the mentor page. At load it lists the views the reader kept and
 * wires the buttons; making a link (`send.ts`), opening a link or file (`open.ts`) and
 * comparing (`compare-view.ts`) load on first use, so the page's script stays small.
 */
import { StatusLine } from '../../kit/status';
import { StoreCore, browserStorage } from '../../kit/store';
import { fill, formatDate, pageLang, readWords } from '../../kit/words';
import { addressAction } from './address';
import { $, el, type MentorIsland } from './island';
import { readKept } from './kept';
import type { MentorLadder } from './ladder';

class ThresholdMentor extends HTMLElement {
	#island!: MentorIsland;
	#status!: StatusLine;

	connectedCallback() {
		const status = (this.#status = new StatusLine(this));
		this.#island = {
			root: this,
			store: new StoreCore(this.dataset['site']!, browserStorage()),
			t: readWords(this),
			lang: pageLang(),
			site: this.dataset['site']!,
			ladder: JSON.parse(this.dataset['ladder']!) as MentorLadder,
			say: (message, undo) => status.say(message, undo),
			showKept: () => this.#showKept(),
		};
		this.addEventListener('click', this);
		this.addEventListener('change', this);
		addEventListener('hashchange', () => void this.#open(false));
		const problem = this.#showKept();
		if (problem)
			status.say(
				fill(this.#island.t['mentor.keptUnreadable'], { reason: this.#island.t[`kit.problem.${problem}`] }),
			);
		void this.#open(true);
	}

	handleEvent(event: Event) {
		const target = event.target as HTMLInputElement;
		if (event.type === 'change') {
			const file = target.type === 'file' ? target.files?.[0] : undefined;
			target.value = target.type === 'file' ? '' : target.value;
			if (file) void import('./open').then((m) => m.openFile(this.#island, file));
			return;
		}
		const button = target.closest('button');
		const action = button?.dataset['action'];
		const island = this.#island;
		if (action === 'undo') this.#status.undo();
		else if (action === 'print') print();
		else if (action === 'make') void import('./send').then((m) => m.makeAsk(island));
		else if (action === 'copy-link' || action === 'download-file') {
			void import('./send').then((m) => m.deliver(island, action));
		} else if (action === 'compare') {
			void import('./compare-view').then((m) => m.showCompare(island, button!.dataset['name']!));
		} else if (action === 'copy-agenda') {
			void import('./compare-view').then((m) => m.copyAgenda(island));
		} else if (action === 'draft-agenda') {
			void import('./compare-view').then((m) => m.draftAgendaFromView(island));
		} else if (action === 'remove') {
			void import('./compare-view').then((m) => m.removeKept(island, button!.dataset['name']!));
		} else if (action) void import('./open').then((m) => m.act(island, action));
	}

	/** Opens the snapshot in the address, shows the send form and kept views, or stays: `addressAction`. */
	async #open(atLoad: boolean) {
		const hash = location.hash;
		const action = addressAction(hash, atLoad);
		if (action === 'stay') return;
		$(this, '[data-panel="home"]').hidden = action === 'open';
		if (action === 'open') await import('./open').then((m) => m.openText(this.#island, hash));
		else $(this, '[data-panel="snapshot"]').hidden = true;
	}

	/** Lists the kept views; returns why one could not be read, if one could not. */
	#showKept() {
		const { store, t, lang } = this.#island;
		const { views, problem } = readKept(store);
		const items = views.map(([name, view]) => {
			const title = fill(t['mentor.viewTitle'], {
				name: view.from,
				date: formatDate(view.date, lang),
			});
			const keptOn = fill(t['mentor.keptOn'], { date: formatDate(view.keptOn, lang) });
			const item = el('li', `${title}, ${keptOn} `);
			item.append(
				el('button', t['mentor.compare'], {
					type: 'button',
					class: 'th-button',
					'data-action': 'compare',
					'data-name': name,
				}),
				' ',
				el('button', t['mentor.remove'], {
					type: 'button',
					class: 'th-button',
					'data-action': 'remove',
					'data-name': name,
				}),
			);
			return item;
		});
		$(this, '[data-kept]').replaceChildren(...(items.length ? items : [el('li', t['mentor.keptNone'])]));
		return problem;
	}
}

customElements.define('threshold-mentor', ThresholdMentor);
