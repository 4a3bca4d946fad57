/**
 * The status line every island says what an action did in ("Copied.", "All ticks cleared.")
 * with an Undo button when the action can be undone. Markup: `StatusLine.astro`.
 */

/** An island's status line: `[data-status]` text and its `[data-action="undo"]` button. */
export class StatusLine {
	#text: HTMLElement;
	#button: HTMLButtonElement;
	#undo: (() => void) | undefined;

	/** The status line inside `root` (rendered there by `<StatusLine>`). */
	constructor(root: HTMLElement) {
		this.#text = root.querySelector<HTMLElement>('[data-status]')!;
		this.#button = root.querySelector<HTMLButtonElement>('.th-status [data-action="undo"]')!;
	}

	/** Says `message`; offers Undo, which runs `undo`, until the next message. */
	say(message: string, undo?: () => void): void {
		this.#text.textContent = message;
		this.#undo = undo;
		this.#button.hidden = !undo;
	}

	/** Runs the pending undo, if there is one, and takes the offer back. Returns whether it ran. */
	undo(): boolean {
		const undo = this.#undo;
		if (!undo) return false;
		this.#undo = undefined;
		this.#button.hidden = true;
		undo();
		return true;
	}
}
