// Astro looks for the content config at `<srcDir>/content.config.ts`; with
// `srcDir: './'` that is this file. The collections themselves live in src/.
export { collections } from './src/content/collections';
