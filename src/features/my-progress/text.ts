/** The sentences "My growth" builds from the reader's data, in the page's words (`content/i18n/`). */
import { fill, formatDate } from '../../kit/words';
import type { CoverageRow } from '../ladder/evidence-log/coverage';
import type { WorkItem } from './growth';
import type { MyProgressWords } from './words';

/** A `YYYY-MM` month as the page's language writes it, e.g. "Nov 2026". */
export function formatMonth(month: string, lang: string): string {
	const [year, m] = month.split('-').map(Number) as [number, number];
	return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
		new Date(Date.UTC(year, m - 1, 1)),
	);
}

/** The line above the coverage table: the level, and the months its dots cover. */
export function coverageIntro(t: MyProgressWords, level: string, months: string[], lang: string): string {
	return fill(t['myProgress.coverageIntro'], {
		level,
		from: formatMonth(months[0]!, lang),
		to: formatMonth(months[months.length - 1]!, lang),
	});
}

/** The note beside a competency's coverage: none yet, nothing recent, or '' when recent. */
export function coverageNote(t: MyProgressWords, row: CoverageRow, weeks: string): string {
	if (row.nudge === 'none') return t['evidence.coverageNone'];
	return row.nudge === 'stale' ? fill(t['evidence.coverageStale'], { weeks }) : '';
}

/** The line under a draft's link: what it is, when it was started and when last edited. */
export function editedText(t: MyProgressWords, item: WorkItem, lang: string): string {
	const started = formatDate(item.created, lang);
	return fill(t['myProgress.edited'], { what: item.what, started, date: formatDate(item.updated, lang) });
}
