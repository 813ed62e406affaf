import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Chrome } from './support/browser';
import { serve, type Served } from './support/serve';
import { SITES, TEST_SITE } from './support/sites';

let chrome: Chrome;
beforeAll(async () => {
  chrome = await launch();
});
afterAll(() => chrome?.close());

interface CrawlReport {
  pages: number;
  broken: string[];
  errors: string[];
}

/**
 * Opens every page reachable from home (plus the sitemap's), checks that every
 * internal link, asset and #anchor resolves, and collects console errors.
 */
async function crawl(site: Served, base: string): Promise<CrawlReport> {
  const { context, page, errors } = await chrome.open();
  const toLocal = (href: string) => href.replace(TEST_SITE, site.origin);
  const isInternal = (href: string) => href.startsWith(site.origin);
  const seen = new Set<string>();
  const idsByPage = new Map<string, Set<string>>();
  const anchors: { from: string; target: string; id: string }[] = [];
  const fragmentPages = new Set<string>();
  const broken: string[] = [];

  const sitemap = (await (await context.request.get(`${site.home}sitemap-0.xml`)).text()).matchAll(/<loc>([^<]+)<\/loc>/g);
  const queue = [site.home, ...[...sitemap].map((m) => toLocal(m[1] ?? ''))];
  const assets = new Set<string>();

  while (queue.length > 0) {
    const address = queue.shift()!;
    if (seen.has(address)) continue;
    seen.add(address);
    // A download (a learning-platform package) is fetched, not opened.
    if (address.endsWith('.zip')) {
      const download = await context.request.get(address);
      if (download.status() !== 200) broken.push(`${address} → ${download.status()}`);
      continue;
    }
    const response = await page.goto(address);
    if (!response || response.status() !== 200) {
      broken.push(`${address} → ${response?.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('html')) continue;
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      // A page whose script reads its fragment as data (room console, sessions) has no anchors to find.
      readsFragment: document.querySelector('[data-reads-fragment]') !== null,
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      assets: [...document.querySelectorAll('link[href], script[src], img[src]')].map(
        (e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src,
      ),
    }));
    idsByPage.set(address, new Set(found.ids));
    if (found.readsFragment) fragmentPages.add(address);
    for (const raw of found.links) {
      const link = new URL(toLocal(raw));
      if (!isInternal(link.href)) continue;
      if (!link.pathname.startsWith(base)) broken.push(`${address} links outside the base: ${link.pathname}`);
      const target = `${link.origin}${link.pathname}`;
      // A hash with "=" is state for the page's script (a shared session, the
      // builder pre-filled with a track), not an element to scroll to.
      if (link.hash) anchors.push({ from: address, target, id: decodeURIComponent(link.hash.slice(1)) });
      queue.push(target);
    }
    for (const asset of found.assets) if (isInternal(toLocal(asset))) assets.add(toLocal(asset));
  }
  for (const asset of assets) {
    if (!new URL(asset).pathname.startsWith(base)) broken.push(`asset outside the base: ${asset}`);
    const status = (await context.request.get(asset)).status();
    if (status !== 200) broken.push(`${asset} → ${status}`);
  }
  for (const { from, target, id } of anchors) {
    if (!fragmentPages.has(target) && !idsByPage.get(target)?.has(id)) broken.push(`${from} → ${target}#${id}: no such anchor`);
  }
  return { pages: idsByPage.size, broken, errors };
}

describe.each(Object.values(SITES))('crawling the $name build (base $base)', ({ dir, base }) => {
  let site: Served;
  beforeAll(async () => {
    site = await serve(dir, base);
  });
  afterAll(() => site?.close());

  it('finds no broken links, anchors or assets, and no console errors', async () => {
    const report = await crawl(site, base);
    expect(report.pages).toBeGreaterThanOrEqual(25);
    expect(report.broken).toEqual([]);
    expect(report.errors).toEqual([]);
  });
});
