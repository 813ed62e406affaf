import type { Page } from 'playwright-core';

/** Opens a page's folded "In a workshop" panel, if it is not open already, and starts counting hands. */
export async function countHands(page: Page): Promise<void> {
  const panel = page.locator('details.room[data-workshop]');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await page.getByRole('button', { name: 'Count hands in the room' }).click();
}
