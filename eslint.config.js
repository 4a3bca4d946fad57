// @ts-check
// Lint for code in src/, tests/, scripts/ and the config files; content/ is checked by the build.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'.bench/',
			'.forks/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': 'error',
		},
	},
	{
		// TypeScript checks names itself (astro check); no-undef does not know ambient types such as App.Locals.
		files: ['**/*.astro', '**/*.ts'],
		rules: { 'no-undef': 'off' },
	},
);
