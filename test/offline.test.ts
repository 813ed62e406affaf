import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { serve } from './support/serve';
import { SITES } from './support/sites';
import { publishedStories } from './support/content';
import { axeViolations } from './support/axe';

const harness = useHarness();
const stories = publishedStories();

/** Waits until the service worker has precached the site and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('offline', () => {
  it('works with no network after one visit: an unvisited story, a decision, search, a track and the room', async () => {
    const { context, page, errors } = await harness.chrome.open();
    await page.goto(harness.site.home);
    await controlled(page);
    await context.setOffline(true);

    const story = stories.at(-1)!;
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(story.title);

    const decision = story.decisions[0]!;
    await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
    const widget = page.locator('section.decision');
    await widget.getByRole('radio', { name: decision.choices[0]!.label, exact: true }).check();
    await widget.getByRole('button', { name: 'Commit to this choice' }).click();
    await expect(widget.locator('.verdict').textContent()).resolves.toContain(decision.choices[0]!.label);

    await page.goto(`${harness.site.home}search/?q=commission`);
    await page.locator('pagefind-results .pf-result a').first().waitFor();

    await page.goto(`${harness.site.home}tracks/honest-numbers/1/`);
    await expect(page.locator('h1').count()).resolves.toBe(1);

    // The room flows: a console, a phone joining and handing in, the code counted.
    await page.goto(`${harness.site.home}room/#dilemma:${decision.id}`);
    const code = await page.locator('.console h1 .room-code').textContent();
    await page.goto(`${harness.site.home}dilemmas/${decision.id}/?room=${code}`);
    await page.getByRole('link', { name: 'hand in your answers' }).click();
    const handIn = await page.locator('[data-hand-in-code]').getAttribute('data-hand-in-code');
    await page.goto(`${harness.site.home}room/#dilemma:${decision.id}`);
    await page.locator('#typed-code').fill(handIn!);
    await page.getByRole('button', { name: 'Count this code' }).click();
    await expect.poll(() => page.locator('.console .phones').textContent()).toBe('1 phone has handed in so far.');
    expect(errors).toEqual([]);
  });

  it('offers a new version quietly after a rebuild, and reloads only when asked', async () => {
    // A copy of the build, so its service worker can change the way a deploy changes it.
    const dir = mkdtempSync(join(tmpdir(), 'judgment-calls-update-'));
    cpSync(SITES.root.dir, dir, { recursive: true });
    const site = await serve(dir, '/', { live: true });
    try {
      const { page, errors } = await harness.chrome.open();
      await page.goto(site.home);
      await controlled(page);
      await expect(page.locator('[data-update]').isVisible()).resolves.toBe(false);

      appendFileSync(join(dir, 'sw.js'), '\n// a new build\n');
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await page.locator('[data-update]').waitFor({ state: 'visible' });
      // Nothing swapped by itself: the page is the same one until the reader reloads.
      await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
      expect(await axeViolations(page)).toEqual([]);

      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
      await expect(page.evaluate(() => (window as unknown as { before?: boolean }).before)).resolves.toBeUndefined();
      await expect(page.locator('[data-update]').isVisible()).resolves.toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
