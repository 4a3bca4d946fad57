import { describe, expect, it } from 'vitest';
import { directImports, readBarrel } from './component-imports';

const barrel = readBarrel(
	[
		'// What MDX authors import',
		"export { default as Checklist } from '../features/checklist/Checklist.astro';",
		"export { default as Builder } from '../features/builders/Builder.astro';",
	].join('\n'),
	'/site/src/components',
);

describe('MDX imports from ~/components', () => {
	it('finds each component the barrel exports, with its file', () => {
		expect([...barrel]).toEqual([
			['Checklist', '/site/src/features/checklist/Checklist.astro'],
			['Builder', '/site/src/features/builders/Builder.astro'],
		]);
	});

	it('become one import per component, on the same line so error line numbers stay right', () => {
		const mdx = "---\ntitle: T\n---\nimport { Checklist, Builder as Brief } from '~/components';\n\n# Hi\n";
		expect(directImports(mdx, barrel)).toBe(
			'---\ntitle: T\n---\nimport Checklist from "/site/src/features/checklist/Checklist.astro"; ' +
				'import Brief from "/site/src/features/builders/Builder.astro";\n\n# Hi\n',
		);
	});

	it('keep a name the barrel does not export in a barrel import, so the build still reports it', () => {
		const mdx = 'import { Checklist, Nope } from "~/components"\n';
		expect(directImports(mdx, barrel)).toBe(
			'import Checklist from "/site/src/features/checklist/Checklist.astro"; import { Nope } from \'~/components\';\n',
		);
		expect(directImports("import { Nope } from '~/components';\n", barrel)).toBeUndefined();
	});

	it('leave a page without a barrel import, and other imports, as they are', () => {
		expect(directImports("import { Steps } from '@astrojs/starlight/components';\n", barrel)).toBeUndefined();
		expect(directImports('Text that mentions ~/components in prose.\n', barrel)).toBeUndefined();
	});
});
