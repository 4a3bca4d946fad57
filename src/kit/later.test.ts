import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { later } from './later';

// A page stand-in: frames paint when `paint` is called; window listeners are kept to fire.
let frames: (() => void)[] = [];
let listeners: Record<string, (() => void)[]> = {};
const paint = () => {
	const due = frames;
	frames = [];
	for (const frame of due) frame();
};
const fire = (type: string) => {
	for (const listener of listeners[type] ?? []) listener();
};
const page = { hidden: false };

beforeEach(() => {
	vi.useFakeTimers();
	frames = [];
	listeners = {};
	page.hidden = false;
	vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
	vi.stubGlobal('addEventListener', (type: string, listener: () => void) =>
		(listeners[type] ??= []).push(listener),
	);
	vi.stubGlobal('document', page);
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('later', () => {
	it('waits for the next paint, then runs once for several quick schedules', () => {
		const work = vi.fn();
		const pending = later(work);
		pending.schedule();
		pending.schedule();
		vi.advanceTimersByTime(100);
		expect(work).not.toHaveBeenCalled();
		paint();
		expect(work).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('waits the given pause after the paint, and a new schedule restarts it', () => {
		const work = vi.fn();
		const pending = later(work);
		pending.schedule(400);
		paint();
		vi.advanceTimersByTime(300);
		pending.schedule(400);
		paint();
		vi.advanceTimersByTime(300);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(100);
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('runs the work half a second on when no frame comes (a page in the background), once', () => {
		const work = vi.fn();
		const pending = later(work);
		pending.schedule();
		vi.advanceTimersByTime(499);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledTimes(1);
		paint();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('runs pending work at once when flushed, and not again after the paint', () => {
		const work = vi.fn();
		const pending = later(work);
		pending.flush();
		expect(work).not.toHaveBeenCalled();
		pending.schedule();
		pending.flush();
		expect(work).toHaveBeenCalledTimes(1);
		paint();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('runs pending work when the page is left or hidden, which may never paint again', () => {
		const work = vi.fn();
		const pending = later(work);
		pending.schedule();
		fire('pagehide');
		expect(work).toHaveBeenCalledTimes(1);
		pending.schedule(400);
		fire('visibilitychange');
		expect(work).toHaveBeenCalledTimes(1);
		page.hidden = true;
		fire('visibilitychange');
		expect(work).toHaveBeenCalledTimes(2);
	});
});
