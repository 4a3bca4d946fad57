/**
 * What a promise a test awaits settles to, as one value a test can compare: `done` when it
 * resolves, or the reason an expected kind of error gives. Any other throw fails the test.
 */

/** `done` if `promise` resolves; `reasonOf(error)` if it rejects with a `kind`; any other rejection is rethrown. */
export async function settledAs<Done extends string, E extends Error, Reason>(
	promise: Promise<unknown>,
	done: Done,
	kind: abstract new (...args: never[]) => E,
	reasonOf: (error: E) => Reason,
): Promise<Done | Reason> {
	try {
		await promise;
		return done;
	} catch (error) {
		if (error instanceof kind) return reasonOf(error);
		throw error;
	}
}
