/**
 * Content-Security-Policy helpers: finding the `<script is:inline>` bodies of `.astro`
 * components (Astro copies them into pages byte for byte and does not hash them) and
 * reading a built page's policy back, for the gates that check it.
 */
import { createHash } from 'node:crypto';

/** The exact text of every `<script is:inline>` element in an `.astro` component's source. */
export function inlineScriptBodies(astroSource: string): string[] {
	const bodies: string[] = [];
	for (const match of astroSource.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const attributes = match[1] ?? '';
		// Only is:inline scripts reach the page as written; the rest Astro bundles into files.
		if (!/\bis:inline\b/.test(attributes) || /\bsrc=/.test(attributes)) continue;
		const body = match[2] ?? '';
		// A body with `{…}` or define:vars is rewritten per page: no source hash can match it.
		if (/\bdefine:vars\b/.test(attributes)) continue;
		bodies.push(body);
	}
	return bodies;
}

/** A CSP source expression for `text`: `sha256-<base64 digest>`. */
export function sha256Source(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** One inline `<script>` of a built page. */
export interface PageInlineScript {
	/** The script's text. */
	body: string;
	/** Where it starts in the page's HTML. */
	offset: number;
}

/** The policy a built page declares in its `<meta http-equiv="content-security-policy">`. */
export interface PagePolicy {
	/** Directive name → its source list, e.g. "script-src" → ["'self'", "'sha256-…'"]. */
	directives: Map<string, string[]>;
	/** Where the meta element starts: a meta policy governs only what follows it. */
	offset: number;
}

/** Reads a built page's meta policy, or null when the page has none. */
export function pagePolicy(html: string): PagePolicy | null {
	const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	if (!meta) return null;
	const directives = new Map<string, string[]>();
	for (const part of (meta[1] ?? '').split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return { directives, offset: meta.index };
}

/** Every inline (no `src`) script element of a built page, JSON data blocks excluded. */
export function pageInlineScripts(html: string): PageInlineScript[] {
	const scripts: PageInlineScript[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		if (/\bsrc=/i.test(attributes)) continue;
		// Data blocks (JSON-LD, import maps aside) are not executed, so CSP does not check them.
		if (/\btype="application\/(ld\+)?json"/i.test(attributes)) continue;
		scripts.push({ body: match[2] ?? '', offset: match.index });
	}
	return scripts;
}

/**
 * The inline scripts of a built page that its policy would block, as readable problems.
 * A script before the meta element runs unchecked by the meta policy, but a server that
 * sends the same policy as a header would block it, so it must be allowed too.
 */
export function unhashedInlineScripts(html: string): string[] {
	const policy = pagePolicy(html);
	if (!policy) return ['the page has no <meta http-equiv="content-security-policy">'];
	const allowed = new Set([
		...(policy.directives.get('script-src-elem') ?? []),
		...(policy.directives.get('script-src') ?? []),
	]);
	return pageInlineScripts(html)
		.filter((script) => !allowed.has(`'${sha256Source(script.body)}'`))
		.map(
			(script) =>
				`inline script '${sha256Source(script.body)}' is not in the policy: ${JSON.stringify(script.body.trim().slice(0, 60))}…`,
		);
}
