import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launch, type Chrome } from './support/browser';
import { buildEnv } from './support/astro';
import { OUTPUT, ROOT } from './support/sites';
import { FIXTURE_LIBRARY } from './support/content';

/**
 * `astro dev` on a small fixture library: an author saves a story whose
 * decision id another story uses, and hears about it in the terminal and in
 * the browser's error overlay, without restarting the server.
 */
const dir = `${OUTPUT}dev-loop-stories`;
let server: ChildProcess;
let output = '';
let chrome: Chrome;
let origin = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function until(check: () => boolean, what: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; the server said:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/duplicate-decision/first-story.mdx'), join(dir, 'first-story.mdx'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: {
      ...buildEnv(),
      STORIES_DIR: dir,
      TRACKS_DIR: join(ROOT, 'test/fixtures/no-tracks'),
      CONCEPTS_DIR: FIXTURE_LIBRARY.concepts,
      CACHE_DIR: `${OUTPUT}dev-loop-cache`,
    },
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  chrome = await launch();
  await until(() => output.includes('watching for file changes'), 'the dev server');
});

afterAll(async () => {
  server?.kill();
  await chrome?.close();
});

describe('astro dev re-runs the library checks when a story changes', () => {
  it('names a duplicate decision id in the terminal and the overlay, and clears it once fixed', async () => {
    const { page } = await chrome.open();
    const response = await page.goto(`${origin}/stories/first-story/`);
    expect(response?.status(), output).toBe(200);
    const copy = readFileSync(join(dir, 'first-story.mdx'), 'utf8')
      .replace(/^title: .*$/m, 'title: "A Copy"')
      .replace(/\n\n(\S)/, '\n\nA copy: $1');
    writeFileSync(join(dir, 'second-story.mdx'), copy);
    await until(
      () => /decision id "shared-id" is used in both \S*first-story\.mdx and \S*second-story\.mdx/.test(output),
      'the terminal message',
    );
    const overlay = page.locator('vite-error-overlay');
    await overlay.waitFor({ state: 'attached', timeout: 30_000 });
    await expect(overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).resolves.toContain('decision id "shared-id" is used in both');
    // A page opened while the library is broken shows it too.
    await page.reload();
    await overlay.waitFor({ state: 'attached', timeout: 30_000 });

    rmSync(join(dir, 'second-story.mdx'));
    await until(() => output.includes('The stories pass their checks again.'), 'the all-clear');
    await page.waitForLoadState('load');
    await expect.poll(() => overlay.count(), { timeout: 30_000 }).toBe(0);
  });
});
