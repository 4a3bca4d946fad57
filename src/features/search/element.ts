/**
 * The search page island (`<threshold-search>`): Pagefind's JavaScript API with filters
 * from the index (kind, audience, skill, and any filter pages add, such as level), results
 * that link to the matching sections, and the query and filters kept in the address.
 * Pagefind is loaded when the page is, from the site's own `/pagefind/` folder.
 */
import { readWords } from '../../kit/words';
import { searchRanking } from './ranking';
import {
	chosenCount,
	filterGroups,
	isEmpty,
	pagefindFilters,
	readSearchState,
	resultMessage,
	writeSearchState,
	type FilterLabels,
	type SearchState,
} from './state';
import type { SiteSearchWords } from './words';

interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id: string };
	locations?: number[];
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	sub_results: SubResult[];
}
interface Pagefind {
	options(options: object): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(
		query: string | null,
		options: { filters: object },
	): Promise<{ results: { data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> }>;
}

// Results shown at first and per "Show more": Pagefind fetches one fragment (2-3 kB gzip) per
// result shown, so five, as in the header's search dialog, halves what a first search downloads.
const PAGE = 5;

class ThresholdSearch extends HTMLElement {
	#input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
	#box = this.querySelector<HTMLDetailsElement>('.th-site-search__filter-box')!;
	#filters = this.querySelector<HTMLElement>('.th-site-search__filters')!;
	#chosen = this.querySelector<HTMLElement>('[data-chosen]')!;
	#status = this.querySelector<HTMLElement>('[role="status"]')!;
	#list = this.querySelector<HTMLOListElement>('.th-site-search__list')!;
	#more = this.querySelector<HTMLButtonElement>('[data-action="more"]')!;
	#labels: FilterLabels = JSON.parse(this.dataset['labels'] ?? '{"names":{},"values":{}}');
	#words = readWords<keyof SiteSearchWords>(this);
	#state: SearchState = readSearchState(location.search);
	#pagefind: Pagefind | undefined;
	#results: { data(): Promise<ResultData> }[] = [];
	#shown = 0;
	#run = 0;
	#timer = 0;
	#queue: Promise<void> = Promise.resolve();

	async connectedCallback() {
		this.#input.value = this.#state.query;
		this.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#search();
		});
		this.#input.addEventListener('input', () => {
			this.#state.query = this.#input.value;
			clearTimeout(this.#timer);
			this.#timer = window.setTimeout(() => void this.#search(), 200);
		});
		this.#filters.addEventListener('change', (event) => {
			const box = event.target as HTMLInputElement;
			const values = (this.#state.filters[box.name] ??= []).filter((v) => v !== box.value);
			this.#state.filters[box.name] = box.checked ? [...values, box.value] : values;
			this.#showChosen();
			void this.#search();
		});
		this.#more.addEventListener('click', () => void this.#showMore(true));

		try {
			const bundle = this.dataset['bundle']!;
			this.#pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
			await this.#pagefind.options({ ranking: searchRanking, baseUrl: this.dataset['base'] });
			this.#renderFilters(await this.#pagefind.filters());
		} catch {
			this.#status.textContent = this.#words['siteSearch.couldNotLoad'];
			return;
		}
		await this.#search(false);
	}

	#renderFilters(available: Record<string, Record<string, number>>) {
		for (const group of filterGroups(available, this.#labels)) {
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = group.label;
			fieldset.append(legend);
			for (const option of group.options) {
				const label = document.createElement('label');
				const box = document.createElement('input');
				box.type = 'checkbox';
				box.name = group.name;
				box.value = option.value;
				box.checked = this.#state.filters[group.name]?.includes(option.value) ?? false;
				const count = document.createElement('span');
				count.className = 'th-site-search__count';
				// A convenience for the eye; a screen reader hears the result count after each change.
				count.setAttribute('aria-hidden', 'true');
				count.dataset['filter'] = `${group.name}:${option.value}`;
				count.textContent = String(option.count);
				label.append(box, option.label, count);
				fieldset.append(label);
			}
			this.#filters.append(fieldset);
		}
		// Open beside the results; on a phone closed, unless the address chose some filters.
		// The width is SiteSearch.astro's, where the filters move beside the results.
		const wide = matchMedia('(min-width: 50rem)');
		this.#box.open = wide.matches || chosenCount(this.#state) > 0;
		wide.addEventListener('change', () => (this.#box.open ||= wide.matches));
		this.#showChosen();
		this.#box.hidden = false;
	}

	/** "Filters (2)": what the closed box on a phone has chosen. */
	#showChosen() {
		const count = chosenCount(this.#state);
		this.#chosen.textContent = count ? ` (${count})` : '';
	}

	async #search(remember = true) {
		const pagefind = this.#pagefind;
		if (!pagefind) return;
		const run = ++this.#run;
		if (remember) history.replaceState(history.state, '', writeSearchState(location.href, this.#state));
		if (isEmpty(this.#state)) {
			this.#list.replaceChildren();
			this.#more.hidden = true;
			this.#status.textContent = this.#words['siteSearch.prompt'];
			return;
		}
		const query = this.#state.query.trim() || null;
		const search = await pagefind.search(query, { filters: pagefindFilters(this.#state) });
		if (run !== this.#run) return;
		this.#results = search.results;
		this.#shown = 0;
		this.#list.replaceChildren();
		for (const count of this.#filters.querySelectorAll<HTMLElement>('.th-site-search__count')) {
			const [name, value] = count.dataset['filter']!.split(/:(.*)/s) as [string, string];
			count.textContent = String(search.filters[name]?.[value] ?? 0);
		}
		await this.#showMore(false);
		if (run === this.#run)
			this.#status.textContent = resultMessage(this.#words, this.#results.length, this.#state);
	}

	/** Shows the next results; a second "Show more" before the first has loaded waits for it. */
	#showMore(focus: boolean): Promise<void> {
		const run = this.#run;
		// In turn, so a quick double press cannot show the same results twice.
		this.#queue = this.#queue.catch(() => {}).then(() => this.#append(run, focus));
		return this.#queue;
	}

	async #append(run: number, focus: boolean) {
		if (run !== this.#run) return;
		const next = this.#results.slice(this.#shown, this.#shown + PAGE);
		const data = await Promise.all(next.map((result) => result.data()));
		if (run !== this.#run) return;
		const items = data.map((result) => this.#item(result));
		this.#list.append(...items);
		this.#shown += next.length;
		this.#more.hidden = this.#shown >= this.#results.length;
		// After "Show more", continue where the reader was: at the first new result.
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	#item(result: ResultData): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'th-site-search__result';
		const title = document.createElement('a');
		title.className = 'th-site-search__title';
		title.href = result.url;
		title.textContent = result.meta['title'] ?? result.url;
		li.append(title);

		const facts = [
			...(result.filters['level'] ?? []).map((v) => this.#label('level', v)),
			...(result.filters['kind'] ?? []).map((v) => this.#label('kind', v)),
			...(result.filters['audience'] ?? []).map((v) => this.#label('audience', v)),
		];
		if (facts.length) li.append(paragraph('th-site-search__meta', facts.join(' · ')));

		const withWords = this.#state.query.trim() !== '';
		const sections = withWords
			? result.sub_results
					.filter((sub) => sub.anchor)
					.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
					.slice(0, 3)
			: [];
		const top = result.sub_results.find((sub) => !sub.anchor);
		const summary = withWords ? (top?.excerpt ?? (sections.length ? '' : result.excerpt)) : '';
		if (summary) li.append(excerpt(summary));
		else if (!withWords && result.meta['description']) {
			li.append(paragraph('th-site-search__excerpt', result.meta['description']));
		}
		if (sections.length) {
			const list = document.createElement('ul');
			list.className = 'th-site-search__sections';
			for (const sub of sections) {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = sub.url;
				link.textContent = sub.title;
				item.append(link, excerpt(sub.excerpt));
				list.append(item);
			}
			li.append(list);
		}
		return li;
	}

	#label(name: string, value: string): string {
		return this.#labels.values[name]?.[value] ?? value;
	}
}

function paragraph(className: string, text: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = className;
	p.textContent = text;
	return p;
}

/**
 * An excerpt from Pagefind, whose only markup is `<mark>` around the matched words.
 * Parsed in an inert document and copied over as text and `<mark>`, so no markup from the
 * index (or a crafted page) ever reaches the live page as HTML.
 */
function excerpt(html: string): HTMLParagraphElement {
	const p = paragraph('th-site-search__excerpt', '');
	const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
	for (const node of parsed?.childNodes ?? []) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			p.append(mark);
		} else p.append(node.textContent ?? '');
	}
	return p;
}

customElements.define('threshold-search', ThresholdSearch);
