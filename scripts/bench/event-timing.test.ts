import { describe, expect, it } from 'vitest';
import { inpCell, interactionDurations, summarizeInteractions } from './event-timing';

describe('interactionDurations', () => {
	it('takes the longest entry of each interaction, in the order they began, and ignores entries of no interaction', () => {
		const entries = [
			{ name: 'pointerdown', interactionId: 12, duration: 24 },
			{ name: 'click', interactionId: 12, duration: 40 },
			{ name: 'pointerup', interactionId: 12, duration: 32 },
			{ name: 'mouseover', interactionId: 0, duration: 200 },
			{ name: 'keydown', interactionId: 5, duration: 56 },
		];
		expect(interactionDurations(entries)).toEqual([56, 40]);
	});
});

describe('summarizeInteractions', () => {
	it('counts interactions that reported nothing as the 16 ms threshold', () => {
		expect(summarizeInteractions([48, 64], 5)).toEqual({ count: 5, under16: 3, medianMs: 16, maxMs: 64 });
		expect(summarizeInteractions([48, 64, 40], 3)).toEqual({ count: 3, under16: 0, medianMs: 48, maxMs: 64 });
	});

	it('shows "<16" when most interactions were under the threshold, else the rounded median', () => {
		expect(inpCell(summarizeInteractions([48], 5))).toBe('<16');
		expect(inpCell(summarizeInteractions([48.4, 56, 40], 3))).toBe('48');
		expect(inpCell(null)).toBe('–');
	});
});
