/**
 * Storage faults with a reader's work already saved: a full or blocked storage in a later
 * visit must never cost what was saved before. Each test saves real ticks, makes storage
 * fail for one visit (a flag in sessionStorage switches the fault on and off), uses the
 * checklist through the fault, and reads storage again after a reload without it.
 */
import { expect, test, type Page } from '@playwright/test';

const pitfalls = '/playbooks/pitfalls/';
const key = 'threshold:v1:checklist:pitfalls';
const checklist = (page: Page) => page.locator('threshold-checklist');
const box = (page: Page, name: RegExp) => checklist(page).getByRole('checkbox', { name });
const progress = (page: Page) => checklist(page).locator('.th-checklist__count');
const notice = (page: Page) => checklist(page).locator('[data-notice="storage"]');

async function open(page: Page): Promise<void> {
	await page.goto(pitfalls);
	await expect(checklist(page).getByRole('checkbox').first()).toBeEnabled();
}

/** Makes storage fail the way `fault` says on every load while the flag is set. */
async function installFault(page: Page, fault: 'full' | 'blocked'): Promise<void> {
	await page.addInitScript((kind) => {
		if (sessionStorage.getItem('storage-fault') !== '1') return;
		if (kind === 'blocked') {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
			return;
		}
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k: string, v: string) {
			if (this === localStorage && k.startsWith('threshold:'))
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			setItem.call(this, k, v);
		};
	}, fault);
}

const setFault = (page: Page, on: boolean) =>
	page.evaluate((value) => sessionStorage.setItem('storage-fault', value), on ? '1' : '0');

for (const fault of ['full', 'blocked'] as const) {
	test(`ticks saved before storage was ${fault} are all there after a visit with it ${fault}`, async ({
		page,
	}) => {
		await installFault(page, fault);
		await open(page);
		await box(page, /written design/).check();
		await box(page, /glue work/).check();
		await expect(progress(page)).toHaveText('2 of 7 ticked');
		const before = await page.evaluate((k) => localStorage.getItem(k), key);
		expect(JSON.parse(before!).data).toBeTruthy();

		// A visit with storage failing: the reader keeps working and is told ticks will not be kept.
		await setFault(page, true);
		await page.reload();
		await expect(checklist(page).getByRole('checkbox').first()).toBeEnabled();
		await box(page, /problem nobody assigned me/).check();
		await expect(notice(page)).toBeVisible();
		await box(page, /glue work/).uncheck();
		await page.getByRole('button', { name: 'Reset' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();

		// The next visit, storage working again: what was saved before the fault is untouched.
		await setFault(page, false);
		await page.reload();
		await expect(checklist(page).getByRole('checkbox').first()).toBeEnabled();
		expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(before);
		await expect(box(page, /written design/)).toBeChecked();
		await expect(box(page, /glue work/)).toBeChecked();
		await expect(box(page, /problem nobody assigned me/)).not.toBeChecked();
		await expect(progress(page)).toHaveText('2 of 7 ticked');
		await expect(notice(page)).toBeHidden();
	});
}
