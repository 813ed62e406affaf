import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface ScriptWeight {
  /** Script files the page loaded, each with its gzip size. */
  files: { url: string; gzip: number }[];
  /** Inline scripts in the HTML, gzip size each. */
  inline: number[];
  total: number;
}

/** Every byte of JavaScript a page brings, gzip-compressed, as loaded in the browser. */
export async function measureScripts(
  page: Page,
  url: string,
  settle: (page: Page) => Promise<void> = async () => {},
): Promise<ScriptWeight> {
  const files: ScriptWeight['files'] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => {
        files.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length });
      }),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await settle(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = (await page.$$eval('script:not([src])', (scripts) => scripts.map((s) => s.textContent ?? ''))).map(
    (text) => gzipSync(text, { level: 9 }).length,
  );
  const total = files.reduce((sum, f) => sum + f.gzip, 0) + inline.reduce((a, b) => a + b, 0);
  return { files, inline, total };
}
