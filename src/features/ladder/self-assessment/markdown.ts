/**
 * The self-assessment as Markdown for a 1:1 note or a promotion conversation, in the page's
 * words. Loaded with the actions that use it, on first use.
 */
import { fill } from '../../../kit/words';
import { markdownText } from '../islands/markdown';
import {
	assessmentResults,
	itemStatus,
	levelsInScope,
	type AssessmentCompetency,
	type AssessmentLevel,
	type AssessmentState,
} from './assessment';
import { hasGap } from './marks';
import { archiveLine } from './archive';
import { resultLine } from './text';
import type { AssessmentWords } from './words';

/** What the Markdown export needs besides the state. */
export interface AssessmentExportContext {
	siteName: string;
	levels: AssessmentLevel[];
	competencies: AssessmentCompetency[];
	/** Page titles of the playbooks to suggest, per competency id, with absolute URLs. */
	playbooks: Record<string, { title: string; url: string }[]>;
	date: Date;
	t: AssessmentWords;
	/** The page's language, for numbers. */
	lang: string;
}

/** "(does not apply to my role: <reason>)", saying so when no reason was given. */
function notApplicable(t: AssessmentWords, reason: string): string {
	return fill(t['assessment.mdNotApplicable'], {
		reason: reason.trim() ? markdownText(reason) : t['assessment.mdNoReason'],
	});
}

/**
 * The assessment as Markdown: each competency's behaviors with the reader's marks, then the
 * gaps, then the behaviors that do not apply to the reader's role, with why, then the marks
 * archived from an earlier ladder.
 */
export function assessmentMarkdown(state: AssessmentState, context: AssessmentExportContext): string {
	const { t, lang } = context;
	const title = (id: string) => context.levels.find((l) => l.id === id)?.title ?? id;
	const levels =
		state.current === state.target
			? title(state.target)
			: fill(t['assessment.mdRange'], { from: title(state.current), to: title(state.target) });
	const results = assessmentResults(context.competencies, context.levels, state);
	const scope = new Set(levelsInScope(context.levels, state.current, state.target));
	const lines = [
		`# ${fill(t['assessment.mdTitle'], { levels })}`,
		'',
		fill(t['assessment.mdMade'], { site: context.siteName, date: context.date.toISOString().slice(0, 10) }),
		'',
	];
	for (const result of results) {
		lines.push(`## ${result.competency.name}`, '', `${resultLine(t, result, lang)}.`, '');
		for (const item of result.competency.items.filter((i) => scope.has(i.level))) {
			const mark = state.marks[item.id];
			const status = itemStatus(mark);
			if (status === 'not-applicable') {
				lines.push(`- [-] ${markdownText(item.text)} ${notApplicable(t, mark!.reason)}`);
				continue;
			}
			const evidence =
				status === 'evidenced'
					? ` ${fill(t['assessment.mdEvidence'], { evidence: markdownText(mark!.evidence) })}`
					: status === 'unsupported'
						? ` ${t['assessment.mdNoEvidence']}`
						: '';
			lines.push(`- [${mark?.shown ? 'x' : ' '}] ${markdownText(item.text)}${evidence}`);
		}
		lines.push('');
	}
	const gaps = results.filter(hasGap);
	lines.push(`## ${t['assessment.mdGaps']}`, '');
	if (gaps.length === 0) lines.push(t['assessment.mdNoGaps'], '');
	for (const result of gaps) {
		const playbooks = context.playbooks[result.competency.id] ?? [];
		const train = playbooks.length
			? ` ${fill(t['assessment.mdTrain'], {
					playbooks: playbooks.map((p) => `[${markdownText(p.title)}](${p.url})`).join(', '),
				})}`
			: '';
		lines.push(`- **${result.competency.name}**: ${resultLine(t, result, lang)}.${train}`);
	}
	const setAside = results.flatMap((r) => r.notApplicable.map((item) => ({ name: r.competency.name, item })));
	if (setAside.length) {
		lines.push(
			'',
			`## ${t['assessment.mdNotApplicableHeading']}`,
			'',
			t['assessment.mdNotApplicableIntro'],
			'',
		);
		for (const { name, item } of setAside)
			lines.push(
				`- **${name}**: ${markdownText(item.text)} ${notApplicable(t, state.marks[item.id]!.reason)}`,
			);
	}
	const archived = state.archive?.marks ?? [];
	if (archived.length) {
		lines.push('', `## ${t['assessment.archiveHeading']}`, '', t['assessment.archiveIntro'], '');
		for (const mark of archived) lines.push(`- ${archiveLine(t, mark, markdownText)}`);
	}
	return `${lines.join('\n').trimEnd()}\n`;
}
