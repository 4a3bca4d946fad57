/**
 * How search ranks results, shared by Starlight's search dialog (`pagefind` option in
 * astro.config.mjs) and the search page, so both order results the same way.
 */

/** Pagefind ranking: Starlight's defaults, with matches in titles and descriptions weighted up. */
export const searchRanking = {
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	diacriticSimilarity: 0.8,
	// A page whose title names the term is usually the one a reader wants (Pagefind's default is 5).
	metaWeights: { title: 10, description: 2 },
};

/** The `pagefind` option for Starlight. */
export const pagefindOptions = { ranking: searchRanking };
