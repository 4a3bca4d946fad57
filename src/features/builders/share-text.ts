/**
 * What the builder says when a share link cannot be made or opened, in the page's words.
 * Loaded with the share links (actions.ts), not with the page.
 */
import { fill, formatNumber, pageLang } from '../../kit/words';
import type { ShareProblem } from './share';
import type { BuilderText } from './view';

/**
 * Why a share link could not be made or opened. `detail` is the link's length for `long`
 * and the answer at fault for `invalid`; `limit` is the longest link there may be.
 */
export function linkProblemText(
	t: BuilderText,
	problem: ShareProblem,
	detail: string,
	limit: number,
	lang = pageLang(),
): string {
	if (problem === 'long') {
		return fill(t['builder.linkLong'], {
			length: formatNumber(Number(detail), lang),
			limit: formatNumber(limit, lang),
		});
	}
	if (problem === 'invalid') return fill(t['builder.linkInvalid'], { part: detail });
	return t[
		problem === 'big' ? 'builder.linkBig' : problem === 'kind' ? 'builder.linkKind' : 'builder.linkDamaged'
	];
}
