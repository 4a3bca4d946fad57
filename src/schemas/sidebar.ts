/** The sidebar a team edits in `content/sidebar.json`: groups of page slugs. */
import { z } from 'astro/zod';
import { formatIssues } from './errors';

const slug = z
	.string()
	.regex(
		/^[a-z0-9][a-z0-9/-]*$/,
		'Write a page slug: its path under content/docs without ".mdx", e.g. "playbooks/growth-plan".',
	);

/** A link to a page that is not a Markdown page (a generated ladder page, say). */
export type SidebarLink = { label: string; link: string };

/** A sidebar group: a label and the pages in it, or nested groups. */
export type SidebarGroup = {
	label: string;
	collapsed?: boolean | undefined;
	items: (string | SidebarLink | SidebarGroup)[];
};

const link = z.object({
	label: z
		.string({ error: 'Write the link label as text in quotes, e.g. "Overview".' })
		.min(1, 'Give the link a label.'),
	link: z.string().regex(/^\//, 'Write the link from the site root, e.g. "/ladder/".'),
});

const group: z.ZodType<SidebarGroup> = z.lazy(() =>
	z.object({
		label: z
			.string({ error: 'Write the group label as text in quotes, e.g. "Plan growth".' })
			.min(1, 'Give the group a label, e.g. "Plan growth".'),
		collapsed: z.boolean().optional(),
		items: z.array(z.union([slug, link, group])).min(1, 'List at least one page slug in the group.'),
	}),
);

/** Schema for `content/sidebar.json`. */
export const sidebarSchema = z.object({ groups: z.array(group).min(1) }).loose();

/** Validates the sidebar file, throwing an error that names the file, field and fix. */
export function parseSidebar(raw: unknown, file = 'content/sidebar.json'): SidebarGroup[] {
	const result = sidebarSchema.safeParse(raw);
	if (!result.success) throw new Error(formatIssues(file, result.error.issues));
	return result.data.groups;
}
