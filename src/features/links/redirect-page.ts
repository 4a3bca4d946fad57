/**
 * Astro writes a static redirect as a page with `<meta http-equiv="refresh">`, and a browser
 * following that refresh drops the `#anchor` of the link the reader opened. A saved link to
 * a section of a moved page would land at the top of the new page. This adds a one-line
 * script that carries the anchor over; without JavaScript the refresh still works.
 */
import { sha256Source } from '../../build/csp';
import { decodeEntities } from '../../build/html-scan';

const refresh = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]*)"\s*\/?>/i;
const marker = 'data-carry-anchor';

/** The redirect page with the anchor-carrying script, or `html` unchanged when it is not one. */
export function carryAnchor(html: string): string {
	const match = refresh.exec(html);
	if (!match || html.includes(marker)) return html;
	const target = decodeEntities(match[1]!).split('#')[0]!;
	// JSON.stringify quotes the target; "<" is escaped so it cannot close the script element.
	const literal = JSON.stringify(target).replace(/</g, '\\u003c');
	const body = `if(location.hash)location.replace(${literal}+location.hash)`;
	// The page's own policy allows exactly this script and nothing else.
	const policy = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src '${sha256Source(body)}'">`;
	const script = `<script ${marker}>${body}</script>`;
	// As on every page: the old address is not sent on to the page it redirects to.
	const referrer = '<meta name="referrer" content="no-referrer">';
	return html.slice(0, match.index) + policy + referrer + script + '\n' + html.slice(match.index);
}
