/**
 * Reads what a team edits under `content/` (site identity, sidebar) for
 * `astro.config.mjs`. Any mistake stops the build with the file, the field and the fix.
 */
import { readFileSync } from 'node:fs';
import { parseSiteIdentity, type SiteIdentity } from '../schemas/site';
import { parseSidebar, type SidebarGroup } from '../schemas/sidebar';

function readJson(file: string): unknown {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		throw new Error(`${file} is missing. Restore it from the Threshold repository and edit the values.`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new Error(
			`${file} is not valid JSON (${(error as Error).message}). Check for a missing comma or quote.`,
			{ cause: error },
		);
	}
}

/** The validated site identity and sidebar. */
export function loadSiteContent(root = '.'): { site: SiteIdentity; sidebar: SidebarGroup[] } {
	const site = parseSiteIdentity(readJson(`${root}/content/site.json`));
	const sidebar = parseSidebar(readJson(`${root}/content/sidebar.json`));
	return { site, sidebar };
}
