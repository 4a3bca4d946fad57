/** Days as saved values record them: `YYYY-MM-DD`, in the reader's time zone. */

/** The day of `now` in the reader's time zone, as `YYYY-MM-DD`. */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True if `value` is a day as `localDay` writes it. */
export const isDay = (value: unknown): value is string =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
