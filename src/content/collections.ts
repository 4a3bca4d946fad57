/** The site's content collections. Playbooks are Starlight's `docs` collection. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { bankSchema } from '../schemas/bank';
import { playbookFields, requirePlaybookFields } from '../schemas/playbook';
import { anchorFields } from '../schemas/anchors';

const pageSchema = docsSchema({ extend: z.object({ ...playbookFields, ...anchorFields }) });

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// The cross-field rule (a playbook fills in every field) runs on the merged schema.
		schema: (context) => pageSchema(context).superRefine(requirePlaybookFields),
	}),
	/** Question banks (`content/banks/*.yaml`), rendered by `<QuestionBank>`. */
	banks: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/banks' }),
		schema: bankSchema,
	}),
};
