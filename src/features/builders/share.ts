/**
 * Share links: a whole document in the URL fragment (`#doc=z…`), which browsers never
 * send to a server: JSON, deflated, base64url-encoded. Decoding trusts nothing: the
 * length, the alphabet, the inflated size, the JSON and every answer are checked before
 * anything is shown. Neither function throws: each returns a result, and a failure carries
 * a reason code that the builder words for readers (`linkProblemText` in messages.ts).
 */
import { FragmentError, packText, unpackText } from '../../kit/fragment';
import { CONTROL, MAX_NAME, readValues, type BuilderModel, type Values } from './model';
import { isShareHash } from './wake';

export { isShareHash };

/** A document as it travels in a link. */
export interface SharedDoc {
	name: string;
	variant: string;
	values: Values;
}

/** The longest fragment made or accepted: longer links get cut by chat and mail tools. */
export const MAX_FRAGMENT = 8000;
/** The most JSON a fragment may inflate to (a guard against compression bombs). */
export const MAX_JSON = 60_000;

/**
 * Why a link cannot be made or opened: `long` (too long to make; detail: its length),
 * `big` (too big to open), `damaged` (cut short, mangled or tampered with), `kind` (made
 * by another builder) or `invalid` (detail: the answer at fault).
 */
export type ShareProblem = 'long' | 'big' | 'damaged' | 'kind' | 'invalid';

/** What making or opening a link gave: the value, or the problem and its detail. */
export type ShareResult<T> = { ok: true; value: T } | { ok: false; problem: ShareProblem; detail: string };

class ShareError extends Error {
	constructor(
		readonly problem: ShareProblem,
		readonly detail = '',
	) {
		super(problem);
	}
}

const fail = (problem: ShareProblem, detail?: string): never => {
	throw new ShareError(problem, detail);
};

/** Runs `make`; whatever it throws becomes a failed result, a stray error a damaged link. */
async function result<T>(make: () => Promise<T>): Promise<ShareResult<T>> {
	try {
		return { ok: true, value: await make() };
	} catch (error) {
		if (error instanceof ShareError) return { ok: false, problem: error.problem, detail: error.detail };
		if (error instanceof FragmentError) return { ok: false, problem: error.reason, detail: '' };
		return { ok: false, problem: 'damaged', detail: '' };
	}
}

/** The fragment (without `#`) that carries `doc` of builder `kind`, or `long` if it would be too long. */
export const encodeShare = (kind: string, doc: SharedDoc): Promise<ShareResult<string>> =>
	result(() => encode(kind, doc));

/** Reads a shared document for `model` from `hash`, or says why not. Never throws. */
export const decodeShare = (model: BuilderModel, hash: string): Promise<ShareResult<SharedDoc>> =>
	result(() => decode(model, hash));

async function encode(kind: string, doc: SharedDoc): Promise<string> {
	const json = JSON.stringify({ f: 1, k: kind, v: doc.variant, n: doc.name, d: doc.values });
	const fragment = `doc=z${await packText(json)}`;
	return fragment.length > MAX_FRAGMENT ? fail('long', String(fragment.length)) : fragment;
}

async function decode(model: BuilderModel, hash: string): Promise<SharedDoc> {
	let fragment = hash.replace(/^#/, '');
	if (fragment.length > MAX_FRAGMENT) fail('big');
	// A mail or chat tool may have percent-encoded the link; cut inside an escape, it is damaged.
	if (fragment.includes('%')) fragment = decodeURIComponent(fragment);
	const body = /^doc=z([\w-]+)$/.exec(fragment)?.[1] ?? fail('damaged');
	// Bad base64, a cut-off deflate stream, bad UTF-8 (FragmentError: damaged, or big past MAX_JSON)
	// or bad JSON throw here (see result).
	const data = (JSON.parse(await unpackText(body, MAX_JSON)) ?? {}) as Record<string, unknown>;
	const { f, k, v, n, d, ...extra } = data;
	const variant = model.variants.find((x) => x.id === v);
	if (
		f !== 1 ||
		Object.keys(extra).length ||
		typeof n != 'string' ||
		n.length > MAX_NAME ||
		CONTROL.test(n)
	) {
		fail('damaged');
	}
	if (k !== model.kind) fail('kind');
	try {
		return { name: n as string, variant: variant!.id, values: readValues(variant!, d, true) };
	} catch (error) {
		// A link with no answers at all, or of a variant this builder lacks, is damaged.
		const { key } = error as { key?: string };
		return fail(variant && key ? 'invalid' : 'damaged', key);
	}
}
