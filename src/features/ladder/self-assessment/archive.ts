/**
 * The marks a ladder change set aside, as the reader reads them: on the page under "Archived
 * from an earlier ladder" and in the Markdown export. Pure; loaded on first use only.
 */
import { fill } from '../../../kit/words';
import type { ArchivedMark } from '../migrate-types';
import type { Mark } from './saved';
import type { AssessmentWords } from './words';

/**
 * One archived mark: the behavior's id (the ladder no longer has its words), whether it was
 * shown, its evidence or why it does not apply, and what it was merged into. `text` escapes
 * what the reader typed (for Markdown); plain text by default.
 */
export function archiveLine(
	t: AssessmentWords,
	archived: ArchivedMark<Mark>,
	text: (typed: string) => string = (typed) => typed,
): string {
	const { mark } = archived;
	let line = `${archived.id}: ${mark.shown ? t['assessment.archiveShown'] : t['assessment.archiveNotShown']}`;
	if (mark.notApplicable) {
		const reason = mark.reason.trim() ? text(mark.reason) : t['assessment.mdNoReason'];
		line += ` ${fill(t['assessment.mdNotApplicable'], { reason })}`;
	} else if (mark.evidence.trim()) {
		line += `. ${fill(t['assessment.mdEvidence'], { evidence: text(mark.evidence) })}`;
	}
	return archived.into ? `${line} ${fill(t['assessment.archiveMerged'], { into: archived.into })}` : line;
}
