import { defineConfig } from 'vitest/config';

// Pure logic only: Astro is not involved, so these run in a plain Node environment.
export default defineConfig({
	test: {
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'tests/unit/**/*.test.ts',
			'tests/content/**/*.test.ts',
		],
	},
});
