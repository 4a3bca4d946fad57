/**
 * The self-assessment's results below the behaviors: the table, the summary, the playbooks
 * for the gaps and the gaps offered for a growth plan. The island draws them after a tick
 * has painted (`draw.ts`); the page is built with those of no marks (`first-paint.ts`).
 * What they say is counted in `assessment.ts`, `page.ts` and `text.ts`.
 */
import { formatNumber } from '../../../kit/words';
import type { CompetencyResult } from './assessment';
import { maxPlanGoals, type PlaybookLink } from './page';
import { summaryText } from './text';
import type { AssessmentWords } from './words';

const link = (href: string, text: string) =>
	Object.assign(document.createElement('a'), { href, textContent: text });

/** Draws the results in `root`: `gaps` are the playbooks for the gaps, as `gapPlaybooks` ranks them. */
export function renderSummary(
	root: HTMLElement,
	t: AssessmentWords,
	lang: string,
	results: CompetencyResult[],
	gaps: { link: PlaybookLink; competencies: string[] }[],
): void {
	const $ = (selector: string) => root.querySelector<HTMLElement>(selector)!;
	const table = $('[data-results]') as HTMLTableElement;
	table.tBodies[0]!.replaceChildren(
		...results.map((r) => {
			const row = document.createElement('tr');
			const head = row.appendChild(document.createElement('th'));
			head.scope = 'row';
			head.append(link(`#assess-${r.competency.id}`, r.competency.name));
			for (const count of [r.evidenced, r.unsupported.length, r.notYet.length, r.notApplicable.length])
				row.insertCell().textContent = formatNumber(count, lang);
			return row;
		}),
	);
	table.hidden = results.length === 0;
	$('[data-summary]').textContent = summaryText(t, results, lang);
	const items = gaps.map(({ link: playbook, competencies }) => {
		const item = document.createElement('li');
		item.append(link(playbook.path, playbook.title), `: ${competencies.join(', ')}`);
		return item;
	});
	const list = $('[data-gap-playbooks]');
	list.replaceChildren(...items);
	list.hidden = $('[data-gap-heading]').hidden = items.length === 0;
	// "Start a growth plan": offer the competencies with behaviors not yet shown.
	const plan = root.querySelector<HTMLElement>('[data-plan]');
	if (!plan) return;
	const open = new Set(results.filter((r) => r.notYet.length).map((r) => r.competency.id));
	for (const li of plan.querySelectorAll<HTMLElement>('[data-plan-gap]')) {
		li.hidden = !open.has(li.dataset['planGap']!);
		if (li.hidden) li.querySelector('input')!.checked = false;
	}
	plan.hidden = !open.size;
	limitPlan(root);
}

/** Up to `maxPlanGoals` gaps can be picked: the rest are disabled until one is unpicked. */
export function limitPlan(root: HTMLElement): void {
	const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-plan-gap] input')];
	const full = boxes.filter((box) => box.checked).length >= maxPlanGoals;
	for (const box of boxes) box.disabled = full && !box.checked;
}
