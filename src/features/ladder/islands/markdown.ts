/** Markdown helpers the ladder islands' exports share; loaded with the exports, on first use. */

/** Keeps text on one Markdown line and stops it from reading as Markdown syntax. */
export function markdownText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
