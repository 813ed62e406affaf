import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useHarness } from './support/setup';
import { SITES } from './support/sites';
import { publishedStories } from './support/content';
import { countHands } from './support/workshop';

const harness = useHarness();

/** Records CSP violations (as the page reports them) and every request that leaves the site's origin. */
async function watch(context: BrowserContext, origin: string) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname} (${event.sample})`,
      );
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  return { violations, foreign };
}

async function everyPage(page: Page, home: string): Promise<string[]> {
  const sitemap = (await (await page.request.get(`${home}sitemap-0.xml`)).text()).matchAll(/<loc>https:\/\/[^/]+\/([^<]*)<\/loc>/g);
  return [...sitemap].map((m) => `${home}${m[1]}`);
}

describe('a site about trust', () => {
  it('breaks no rule of its Content-Security-Policy and asks no other origin for anything, on any page or action', async () => {
    const { context, page, errors } = await harness.chrome.open();
    const { violations, foreign } = await watch(context, harness.site.origin);
    const pages = await everyPage(page, harness.site.home);
    // Every story and dilemma page at least, in the sitemap.
    const stories = publishedStories();
    expect(pages.length).toBeGreaterThan(stories.length + stories.flatMap((s) => s.decisions).length);
    for (const address of pages) {
      await page.goto(address);
      await expect(page.locator('meta[http-equiv="content-security-policy"]').count(), address).resolves.toBe(1);
    }
    // The actions that load code or write storage: answer, room mode, rehearse, search, my answers.
    await page.goto(`${harness.site.home}dilemmas/double-invoice/`);
    await page.locator('section.decision').getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Commit to this choice' }).click();
    await page.getByLabel('What would you actually say, and to whom?').fill('I would call the client.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await countHands(page);
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('commission');
    await page.locator('pagefind-modal .pf-result a').first().waitFor();
    await page.goto(`${harness.site.home}search/?q=gift&theme=${encodeURIComponent('Gifts and conflicts of interest')}`);
    await page.locator('pagefind-results .pf-result a').first().waitFor();
    await page.goto(`${harness.site.home}my-answers/`);
    await page.locator('.answer-list > li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  }, 240_000);
});

describe('headers for static hosts', () => {
  it('ships a _headers file with the protections a meta tag cannot carry', () => {
    const headers = readFileSync(`${SITES.root.dir}/_headers`, 'utf8');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
