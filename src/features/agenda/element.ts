/**
 * `<threshold-agenda>`: shows the "Draft the next agenda" button and, when it is pressed,
 * loads `draft.ts`, which drafts the agenda from what the reader saved and hands it over.
 */
import { StatusLine } from '../../kit/status';
import { siteStore } from '../../kit/store';
import { pageLang, readWords } from '../../kit/words';

const store = siteStore();

class ThresholdAgenda extends HTMLElement {
	connectedCallback() {
		const status = new StatusLine(this);
		this.hidden = false;
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest('button')?.dataset['action'];
			if (action === 'undo') status.undo();
			if (action !== 'draft-agenda') return;
			const say = (message: string) => status.say(message);
			void import('./draft').then(({ draftAgenda }) =>
				draftAgenda(store, JSON.parse(this.dataset['agenda']!), readWords(this), pageLang(), say),
			);
		});
	}
}

customElements.define('threshold-agenda', ThresholdAgenda);
