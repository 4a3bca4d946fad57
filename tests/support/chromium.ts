/**
 * Finds the system Chromium the browser tests drive. Downloading a browser
 * (`npx playwright install`) cannot work on this project's machines, so the
 * tests use Debian's package, or the binary named in CHROMIUM_PATH.
 */
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of a Chromium binary, or an error that says how to install one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
	const fromEnv = env['CHROMIUM_PATH'];
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	const found = candidates.find((path) => existsSync(path));
	if (found) return found;
	throw new Error(
		"No Chromium found for the browser tests. Install Debian's package with\n" +
			'  sudo apt-get update && sudo apt-get install -y chromium\n' +
			'or point CHROMIUM_PATH at a Chromium or Chrome binary. (npx playwright install cannot work here.)',
	);
}
