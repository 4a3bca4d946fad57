/**
 * Today's date as the evidence log writes dates: apart from `log.ts` because the log's script
 * fills in the form's date when the page loads, and needs nothing else of the log's then.
 */

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
export function localDay(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
