import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { axeViolations } from './support/axe';

const harness = useHarness();

const results = (page: Page) => page.locator('pagefind-results .pf-result');
const resultLinks = (page: Page) =>
  page
    .locator('pagefind-results a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );

async function searchPage(page: Page, home: string, query: string) {
  await page.goto(`${home}search/${query}`);
  // Cards appear as placeholders first; a link means real results arrived.
  await page.locator('pagefind-results .pf-result a').first().waitFor();
}

describe('search', () => {
  it('finds the double-invoice story for "commission", with a link into its dilemma', async () => {
    const { page, errors } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=commission');
    await expect.poll(() => resultLinks(page)).toContain('/stories/the-double-invoice/#double-invoice');
    const links = await resultLinks(page);
    expect(links).toContain('/stories/the-double-invoice/');
    expect(links).toContain('/dilemmas/double-invoice/');
    await page.locator('pagefind-results a[href="/stories/the-double-invoice/#double-invoice"]').click();
    await page.waitForURL(/#double-invoice$/);
    const question = page.locator('h2#double-invoice');
    // Smooth scrolling may still be under way when the page reports loaded.
    await expect.poll(() => question.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    await expect.poll(() => question.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it('shows twenty results at a time, and more on request, moving focus to the first new one', async () => {
    const { page, errors } = await harness.chrome.open();
    // A word nearly every story and dilemma uses.
    await searchPage(page, harness.site.home, '?q=client');
    await expect.poll(() => results(page).count()).toBe(20);
    const more = page.getByRole('button', { name: /Show more results/ });
    await expect(more.isVisible()).resolves.toBe(true);
    await more.click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(20);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('pagefind-results .pf-result')].findIndex((r) => r.contains(document.activeElement)),
        ),
      )
      .toBe(20);
    // A name from one story: a handful of results, and no button.
    await searchPage(page, harness.site.home, '?q=quennell');
    await expect.poll(() => results(page).count()).toBeLessThan(20);
    await expect(page.locator('[data-more]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('shows each result with its themes and a highlighted excerpt', async () => {
    const { page } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=commission');
    const first = results(page).first();
    await expect(first.locator('.result-themes').textContent()).resolves.toContain('Commissions and incentives');
    await expect(first.locator('.pf-result-title').textContent()).resolves.toBeTruthy();
    await expect(first.locator('.pf-result-excerpt mark').first().textContent()).resolves.toMatch(/commission/i);
  });

  it('narrows results with a theme filter, from the address and from the filter pane', async () => {
    const { page } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=commission');
    const all = await results(page).count();
    await searchPage(page, harness.site.home, `?q=commission&theme=${encodeURIComponent('Forecasts and reporting')}`);
    await expect.poll(() => results(page).count()).toBeLessThan(all);
    const narrowed = await resultLinks(page);
    expect(narrowed).toContain('/stories/the-held-signature/');
    expect(narrowed).not.toContain('/stories/the-double-invoice/');

    await searchPage(page, harness.site.home, '?q=commission');
    await page.locator('pagefind-filter-pane summary', { hasText: 'Theme' }).click();
    await page.getByRole('checkbox', { name: /^Forecasts and reporting/ }).check();
    await expect.poll(() => results(page).count()).toBeLessThan(all);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('theme')).toEqual(['Forecasts and reporting']);
  });

  it('says something helpful when nothing matches', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}search/?q=xylophone`);
    const message = page.locator('[data-no-results]');
    await message.waitFor({ state: 'visible' });
    await expect(message.textContent()).resolves.toContain('browse by theme');
  });

  it('prefills from ?q= and keeps the address in step with the search', async () => {
    const { page } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=gift');
    const input = page.locator('pagefind-input input');
    await expect(input.inputValue()).resolves.toBe('gift');
    await input.fill('forecast');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('forecast');
    await expect.poll(resultLinks.bind(null, page)).toContain('/stories/the-rosy-forecast/');
  });

  it('loads no search code on a page until search is opened', async () => {
    const { page } = await harness.chrome.open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${harness.site.home}stories/the-reference-check/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(requested.some((path) => path.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
  });

  it('works from the keyboard: / opens, typing searches, arrows pick, Enter goes, Esc closes', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}about/`);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('referral fee');
    // Results follow the typing, so wait for those of the whole query, not of "refer".
    await expect
      .poll(() => page.locator('pagefind-modal .pf-result a').first().getAttribute('href'), { timeout: 10_000 })
      .toMatch(/\/(stories\/the-introducers-fee|dilemmas\/introducer-the-fee)\//);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(stories\/the-introducers-fee|dilemmas\/introducer-the-fee)\//);
    expect(errors).toEqual([]);
  });

  it('works under a sub-path', async () => {
    const { page, errors } = await harness.chrome.open();
    await searchPage(page, harness.sub.home, '?q=commission');
    const links = await resultLinks(page);
    expect(links).toContain('/judgment-calls/stories/the-double-invoice/#double-invoice');
    await page.goto(`${harness.sub.home}about/`);
    await page.locator('.site-header [data-search-trigger]').click();
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('gift');
    await page.locator('pagefind-modal .pf-result a').first().waitFor();
    const modalLinks = await page
      .locator('pagefind-modal .pf-result a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(modalLinks.every((p) => p.startsWith('/judgment-calls/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations with results showing (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await searchPage(page, harness.site.home, '?q=commission');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}archive/`);
      await page.keyboard.press('Control+k');
      await page.locator('pagefind-modal dialog[open]').waitFor();
      await page.keyboard.type('gift');
      await page.locator('pagefind-modal .pf-result').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
