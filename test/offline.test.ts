import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { serve } from './support/serve';
import { SITES } from './support/sites';
import { publishedStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';

const harness = useHarness();
const stories = publishedStories();
const TRACK = readTracks().find((track) => track.id === 'honest-numbers')!;

/** Waits until the service worker has precached the site and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every address kept on this device, in any of the service worker's caches, without its query. */
const keptAddresses = (page: Page) =>
  page.evaluate(async () => {
    const kept: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) kept.push(new URL(request.url).pathname);
    }
    return kept;
  });

async function keepWholeSite(page: Page, home: string) {
  await page.goto(`${home}about/`);
  const offer = page.getByRole('button', { name: /^Make this site available offline \(\d+\.\d MB\)$/ });
  await offer.click();
  await page.locator('.make-offline [role=status]', { hasText: 'The whole site is on this device' }).waitFor({ timeout: 60_000 });
}

describe('offline', () => {
  it('keeps only the shell and its track on a phone joining a room: under 1.5 MB, and the walk works with no network', async () => {
    const site = await serve(SITES.root.dir);
    try {
      const { context, page, errors } = await harness.chrome.open({ viewport: { width: 390, height: 844 }, isMobile: true });
      await page.goto(`${site.home}tracks/${TRACK.id}/?room=K7Q&pace=free`);
      await controlled(page);
      // The walk's pages are fetched once a worker runs; wait until they are all kept.
      const walk = [
        `/tracks/${TRACK.id}/`,
        ...TRACK.decisions.map((_, i) => `/tracks/${TRACK.id}/${i + 1}/`),
        `/tracks/${TRACK.id}/finish/`,
      ];
      await expect
        .poll(
          async () => {
            const kept = new Set(await keptAddresses(page));
            return walk.filter((path) => !kept.has(path));
          },
          { timeout: 20_000 },
        )
        .toEqual([]);
      await page.waitForLoadState('networkidle');
      const bytes = site.bytesSent();
      console.log(`a phone joining a room downloads ${(bytes / 1024).toFixed(0)} KB (uncompressed, shell and its track)`);
      expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
      const kept = await keptAddresses(page);
      const pages = kept.filter((path) => /^\/(stories|dilemmas|themes)\/.*\/$|^\/pagefind\//.test(path));
      expect(pages, 'no story, dilemma or theme page, and no search index').toEqual([]);

      await context.setOffline(true);
      for (const step of TRACK.decisions.keys()) {
        await page.goto(`${site.home}tracks/${TRACK.id}/${step + 1}/?room=K7Q&pace=free`);
        await expect(page.locator('section.decision').isVisible()).resolves.toBe(true);
      }
      await page.goto(`${site.home}room/my-hand-in/`);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('keeps the whole site when asked, its size shown first: then an unvisited story, a decision, search, a track and the room work offline', async () => {
    const { context, page, errors } = await harness.chrome.open();
    await page.goto(harness.site.home);
    await controlled(page);
    await keepWholeSite(page, harness.site.home);
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

    // Back on the page that offered it: nothing left to fetch.
    await page.goto(`${harness.site.home}about/`);
    await page.locator('.make-offline [role=status]', { hasText: 'The whole site is on this device' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('says when the connection drops while keeping the site, and fetches only the rest when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'judgment-calls-keep-'));
    cpSync(SITES.root.dir, dir, { recursive: true });
    const list = JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8')) as { files: string[] };
    const gone = list.files.find((file) => file.endsWith('.json'))!;
    const saved = readFileSync(join(dir, gone));
    rmSync(join(dir, gone));
    const site = await serve(dir, '/', { live: true });
    try {
      const { page, errors } = await harness.chrome.open();
      await page.goto(site.home);
      await controlled(page);
      await page.goto(`${site.home}about/`);
      await page.getByRole('button', { name: /^Make this site available offline/ }).click();
      const alert = page.locator('.make-offline [role=alert]');
      await expect(alert.textContent()).resolves.toMatch(/^Stopped after \d+ of \d+ files: the connection dropped\./);
      expect(await axeViolations(page)).toEqual([]);

      writeFileSync(join(dir, gone), saved);
      await page.getByRole('button', { name: 'Fetch the rest' }).click();
      await page.locator('.make-offline [role=status]', { hasText: 'The whole site is on this device' }).waitFor();
      expect(await keptAddresses(page)).toContain(gone);
      expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
    } finally {
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
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
