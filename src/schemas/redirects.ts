/**
 * Pages that moved (`content/redirects.json`): each old path sends readers, and the links
 * they saved, to the new one. The build turns them into Astro redirects; the anchor lock
 * checks that every anchor of the old page is on the new one.
 */
import { z } from 'astro/zod';
import { formatIssues } from './errors';

const fromPattern = /^\/(?:[^\s/#?]+\/)*$/;

const to = z.union([
	z
		.string()
		.regex(
			/^\/(?:[^\s/#?]+\/)*(?:#[^\s#]+)?$/,
			'Write the new address from the site root, e.g. "/playbooks/new-name/" or "/playbooks/x/#a-section".',
		),
	z.url({
		protocol: /^https?$/,
		error: 'Write a path such as "/playbooks/new-name/" or a full https:// URL.',
	}),
]);

/** Schema for `content/redirects.json`. */
export const redirectsSchema = z
	.object({
		/** Old path → new path (with an optional #anchor) or an external URL. */
		redirects: z.record(z.string(), to),
	})
	.loose()
	.superRefine((value, ctx) => {
		// Checked here rather than as the record's key schema, whose errors do not say what is wrong.
		for (const from of Object.keys(value.redirects)) {
			if (!fromPattern.test(from)) {
				ctx.addIssue({
					code: 'custom',
					path: ['redirects', from],
					message:
						'Write the old address from the site root with slashes at both ends, e.g. "/playbooks/old-name/".',
				});
			}
		}
	});

/** Validates the redirects file, throwing an error that names the file, the entry and the fix. */
export function parseRedirects(raw: unknown, file = 'content/redirects.json'): Record<string, string> {
	const result = redirectsSchema.safeParse(raw);
	if (!result.success) throw new Error(formatIssues(file, result.error.issues));
	return result.data.redirects;
}
