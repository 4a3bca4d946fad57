/**
 * `<threshold-agenda>`: shows the "Draft the next agenda" button and, when it is pressed,
 * loads `draft.ts`, which drafts the agenda from what the reader saved and hands it over.
 */
import { storageNamespace } from '../../../content/site.json';
import { StatusLine } from '../../kit/status';
import { pageLang, readWords } from '../../kit/words';

class ThresholdAgenda extends HTMLElement {
	connectedCallback() {
		const status = new StatusLine(this);
		this.hidden = false;
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest('button')?.dataset['action'];
			if (action === 'undo') status.undo();
			if (action !== 'draft-agenda') return;
			void Promise.all([import('./draft'), import('../../kit/store')]).then(([{ draftAgenda }, kit]) =>
				draftAgenda(
					new kit.StoreCore(
						kit.siteNamespace(storageNamespace, import.meta.env.BASE_URL),
						kit.browserStorage(),
					),
					JSON.parse(this.dataset['agenda']!),
					readWords(this),
					pageLang(),
					(message) => status.say(message),
				),
			);
		});
	}
}

customElements.define('threshold-agenda', ThresholdAgenda);
