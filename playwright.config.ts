import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/support/chromium';

// Browser tests run against the production build (`dist/`), served by `astro preview`.
const port = Number(process.env['THRESHOLD_TEST_PORT'] ?? 4329);

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	// Playwright's default, half the cores, is one worker on a 2-core machine, which leaves a core
	// idle while a test waits on the browser or a fork's build; CI has always used two.
	workers: Math.max(2, Math.floor(availableParallelism() / 2)),
	forbidOnly: !!process.env['CI'],
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: findChromium(),
			// Without these, Chromium tries to reach Google's services, which this network refuses.
			args: [
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
			chromiumSandbox: false,
		},
	},
	webServer: {
		command: `astro preview --port ${port} --host localhost`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
