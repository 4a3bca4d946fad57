import { describe, expect, it } from 'vitest';
import { editorAtLoad, isShareHash } from './wake';

describe('what a builder does as the page loads', () => {
	it('waits for the reader when nothing is saved, handed over or linked', () => {
		expect(editorAtLoad(0, 0, '')).toBe(false);
		expect(editorAtLoad(0, 0, '#the-brief-template')).toBe(false);
	});

	it('opens the editor at once for a saved draft, a hand-off or a shared document', () => {
		expect(editorAtLoad(2, 0, '')).toBe(true);
		expect(editorAtLoad(0, 1, '')).toBe(true);
		expect(editorAtLoad(0, 0, '#doc=zabc')).toBe(true);
		expect(editorAtLoad(0, 0, '#doc%3Dzabc')).toBe(true);
	});

	it('tells a shared document from a heading anchor that merely starts with "doc"', () => {
		expect(isShareHash('doc=z1')).toBe(true);
		expect(isShareHash('#documents')).toBe(false);
	});
});
