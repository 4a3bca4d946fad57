/** Helpers the browser tests of the ladder islands (self-assessment, evidence log) share. */
import { expect, type Page } from '@playwright/test';

/** Waits until the island's script has enhanced the page. */
export async function ready(page: Page, island: string): Promise<void> {
	await expect(page.locator(`${island} [data-actions]`)).toBeVisible();
}
