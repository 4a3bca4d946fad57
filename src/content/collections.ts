/** The site's content collections. Playbooks are Starlight's `docs` collection. */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { bankSchema } from '../schemas/bank';
import { builderSchema } from '../schemas/builder';
import { playbookFields, requirePlaybookFields } from '../schemas/playbook';
import { anchorFields } from '../schemas/anchors';
import { wordsSchema } from '../schemas/words';

const pageSchema = docsSchema({ extend: z.object({ ...playbookFields, ...anchorFields }) });

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		// The cross-field rule (a playbook fills in every field) runs on the merged schema.
		schema: (context) => pageSchema(context).superRefine(requirePlaybookFields),
	}),
	/** Starlight's UI strings and the site's own words, one file per language (`content/i18n/`). */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: wordsSchema }) }),
	/** Question banks (`content/banks/*.yaml`), rendered by `<QuestionBank>`. */
	banks: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/banks' }),
		schema: bankSchema,
	}),
	/** Document builders (`content/builders/*.yaml`), rendered by `<Builder>`. */
	builders: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/builders' }),
		schema: builderSchema,
	}),
};
