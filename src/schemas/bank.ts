/**
 * A question bank (`content/banks/<id>.yaml`): questions grouped by purpose,
 * each with an id that stays the same when the wording changes, so links to
 * a question keep working.
 */
import { z } from 'astro/zod';

const id = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case words joined by dashes, e.g. "growth-stretch".');

// A required line of text: a missing field and an empty one get the same fix.
const text = (fix: string) => z.string({ error: fix }).min(1, fix);

/** Schema for one question bank file. */
export const bankSchema = z
	.object({
		/** Shown above the bank. */
		title: text('Give the bank a title, e.g. title: "1:1 question bank".'),
		groups: z
			.array(
				z.object({
					/** Anchor of the group; never change it once published. */
					id,
					/** The group's name as readers see it, e.g. "Growth". */
					label: text('Name the group as readers see it, e.g. label: "Growth".'),
					/** One line on when to reach for this group. */
					summary: z.string().optional(),
					questions: z
						.array(
							z.object({
								/** Anchor of the question; keep it when you reword the text. */
								id,
								/** The question as you would ask it. */
								text: text('Write the question under text:, e.g. text: "What did you practice?"'),
								/** Optional: what the question is for or what to listen for. */
								note: z.string().optional(),
								/**
								 * Optional: the ladder competencies (ids in content/ladder/competencies/) the
								 * question helps with; the 1:1 agenda picks questions by them. Checked against
								 * the ladder before the build (src/features/ladder/bank-tags.ts).
								 */
								competencies: z
									.array(id, { error: 'List competency ids, e.g. competencies: [system-design].' })
									.optional(),
							}),
						)
						.min(1),
				}),
			)
			.min(1),
	})
	.superRefine((bank, ctx) => {
		const seen = new Map<string, string>();
		bank.groups.forEach((group, g) => {
			const all: [string, (string | number)[]][] = [
				[group.id, ['groups', g, 'id']],
				...group.questions.map((q, i): [string, (string | number)[]] => [
					q.id,
					['groups', g, 'questions', i, 'id'],
				]),
			];
			for (const [value, path] of all) {
				const first = seen.get(value);
				if (first) {
					ctx.addIssue({
						code: 'custom',
						path,
						message: `The id "${value}" is already used at ${first}. Give each group and question its own id.`,
					});
				} else seen.set(value, path.join('.'));
			}
		});
	});

/** A validated question bank. */
export type Bank = z.infer<typeof bankSchema>;
