import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Flags that keep headless Chromium off the network and quiet on a locked-down machine. */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROME_PATH points at a system Chrome; otherwise the one shipped by @sparticuz/chromium (Linux x64). */
export async function executablePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

export interface Chrome {
  browser: Browser;
  /** A fresh context (own storage) with console errors and page errors collected. */
  open(options?: Parameters<Browser['newContext']>[0]): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function launch(): Promise<Chrome> {
  // Playwright starts every launch on a fresh, throw-away profile directory.
  const browser = await chromium.launch({ executablePath: await executablePath(), args: FLAGS });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    async open(options) {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      const errors = watchErrors(page);
      return { context, page, errors };
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
      await browser.close();
    },
  };
}

/** Collects console errors and uncaught exceptions of a page (and of pages opened later in its context). */
export function watchErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message} (${page.url()})`));
  return errors;
}
