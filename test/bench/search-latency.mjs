import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
import { VOCABULARY } from './generate.mjs';

// Words of middling frequency in the generated prose: each matches some pages, not all.
const QUERIES = VOCABULARY.slice(300, 320);

/** Serves a build and times, in Chromium, from typing a query to the first result rendered. */
export async function searchLatency(dir, count) {
  const files = sirv(dir, { dev: false });
  const server = createServer((req, res) => files(req, res, () => res.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const executablePath = process.env.CHROME_PATH ?? (await (await import('@sparticuz/chromium')).default.executablePath());
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  const samples = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    await page.locator('pagefind-input input').waitFor();
    // Times are taken inside the page: from the last keystroke of the query to
    // the first frame in which a result link is on screen.
    await page.evaluate(() => document.addEventListener('keydown', () => (window.lastKey = performance.now()), { capture: true }));
    for (let i = 0; i < count; i++) {
      const query = QUERIES[i % QUERIES.length];
      await page.locator('pagefind-input input').fill('');
      await page.waitForFunction(() => document.querySelector('pagefind-results .pf-result a') === null);
      await page.waitForTimeout(200);
      await page.evaluate(() => (window.found = undefined));
      await page.locator('pagefind-input input').pressSequentially(query);
      await page.waitForFunction(
        () => document.querySelector('pagefind-results .pf-result a') !== null && (window.found ??= performance.now()),
        null,
        { polling: 'raf' },
      );
      samples.push(await page.evaluate(() => window.found - window.lastKey));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { samples, min: sorted[0], max: sorted.at(-1), median: sorted[Math.floor((sorted.length - 1) / 2)], p95: at(0.95) };
}
