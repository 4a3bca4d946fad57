/**
 * Frontmatter every page may use to keep old links working: `anchorAliases` maps an anchor
 * the page used to have to the anchor that replaced it, after a heading or item was renamed.
 */
import { z } from 'astro/zod';

const idPattern = /^[^\s"'<>&#]+$/;
const idMessage = 'Write the id as it appears after "#" in a link, e.g. "how-to-run-it" (no spaces, no "#").';

/** The fields every page (playbook or not) may add for its anchors. */
export const anchorFields = {
	/**
	 * Old anchor id → the id it became, e.g. `{ how-to-phrase-it: phrasing-the-question }`.
	 * Links saved with the old id keep landing on the renamed section.
	 */
	anchorAliases: z
		.record(z.string(), z.string().regex(idPattern, idMessage))
		.superRefine((aliases, ctx) => {
			// Keys are checked here: a record's key schema reports only "Invalid key in record".
			for (const old of Object.keys(aliases)) {
				if (!idPattern.test(old)) ctx.addIssue({ code: 'custom', path: [old], message: idMessage });
			}
		})
		.optional()
		.describe('Old anchor id → new anchor id, so links saved before a heading was renamed keep working.'),
};
