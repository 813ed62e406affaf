import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { useHarness } from './support/setup';

const harness = useHarness();

/**
 * HTML per page, gzip. My answers carries every decision's summary; story pages
 * their decisions; the session builder lists every dilemma with its setup.
 */
const HTML_BUDGET = { default: 20 * 1024, '/my-answers/': 40 * 1024, '/sessions/new/': 40 * 1024 };

describe('budgets on every page', () => {
  it('keeps HTML small, images sized, nothing render-blocking but our CSS, and no script files on pages without interaction', async () => {
    const { page } = await harness.chrome.open();
    const sitemap = (await (await page.request.get(`${harness.site.home}sitemap-0.xml`)).text()).matchAll(
      /<loc>https:\/\/[^/]+(\/[^<]*)<\/loc>/g,
    );
    const paths = [...sitemap].map((m) => m[1]!);
    const over: string[] = [];
    const unsized: string[] = [];
    const blocking: string[] = [];
    const scripted: string[] = [];
    const sizes: number[] = [];
    for (const path of paths) {
      const scripts: string[] = [];
      const onRequest = (request: { resourceType(): string; url(): string }) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      };
      page.on('request', onRequest);
      // Module scripts and their imports are all requested before the load event.
      const response = await page.goto(`${harness.site.origin}${path}`, { waitUntil: 'load' });
      page.off('request', onRequest);
      const gzip = gzipSync(await response!.body()).length;
      sizes.push(gzip);
      const budget = HTML_BUDGET[path as keyof typeof HTML_BUDGET] ?? HTML_BUDGET.default;
      if (gzip > budget) over.push(`${path}: ${gzip} B gzip > ${budget}`);
      const found = await page.evaluate(() => ({
        unsized: [...document.querySelectorAll('img')]
          .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
          .map((img) => img.src),
        blocking: [
          ...[...document.querySelectorAll('head script[src]:not([type=module]):not([async]):not([defer])')].map(
            (s) => (s as HTMLScriptElement).src,
          ),
          ...[...document.querySelectorAll('link[rel=stylesheet]')]
            .map((l) => (l as HTMLLinkElement).href)
            .filter((href) => new URL(href).origin !== location.origin || !/\.css$/.test(href)),
        ],
        interactive: document.querySelector('[data-island], [data-search-page], [data-copy-link]') !== null,
      }));
      unsized.push(...found.unsized.map((src) => `${path}: ${src}`));
      blocking.push(...found.blocking.map((src) => `${path}: ${src}`));
      if (!found.interactive && scripts.length > 0) scripted.push(`${path}: ${scripts.join(', ')}`);
    }
    sizes.sort((a, b) => a - b);
    console.log(`HTML gzip over ${paths.length} pages: median ${sizes[Math.floor(sizes.length / 2)]} B, largest ${sizes.at(-1)} B`);
    expect(over).toEqual([]);
    expect(unsized).toEqual([]);
    expect(blocking).toEqual([]);
    expect(scripted).toEqual([]);
  }, 240_000);
});
