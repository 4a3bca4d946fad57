/**
 * The keys of the words `astro.config.mjs` gives Starlight as options (it does not read them
 * from the i18n collection); the words are in `content/i18n/<lang>.json`.
 */

/** Words of the site's header that come from the config: the label of the repository link. */
export const configWords = ['site.sourceRepository'] as const;

/** A key of the config's words. */
export type ConfigWord = (typeof configWords)[number];
