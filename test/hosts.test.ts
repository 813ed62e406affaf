import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { cloudflarePages, type Host } from './support/wrangler';
import { FLAGS, executablePath } from './support/browser';
import { fakeCamera, writeQrVideo } from './support/camera';
import { SITES } from './support/sites';

/**
 * The built site's headers as a real host serves them: Cloudflare's own Pages
 * runtime applies public/_headers, which the tests' own server ignores.
 */
let host: Host;
beforeAll(async () => {
  host = await cloudflarePages(SITES.root.dir);
}, 90_000);
afterAll(() => host?.close());

/** Every HTML page of the build, as the path a visitor asks for. */
const pagePaths = (dir = SITES.root.dir): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagePaths(path);
    if (name !== 'index.html') return [];
    return [`/${relative(SITES.root.dir, dir)}/`.replace(/^\/\/$/, '/')];
  });

const head = async (path: string) => (await fetch(`${host.origin}${path}`, { method: 'HEAD' })).headers;

describe('under Cloudflare Pages (wrangler pages dev)', () => {
  it('lets only the room console use the camera, and only embeds be framed by other sites', async () => {
    const paths = pagePaths();
    expect(paths).toContain('/room/');
    expect(paths.some((p) => p.startsWith('/embed/'))).toBe(true);
    const wrong: string[] = [];
    for (const path of paths) {
      const headers = await head(path);
      const camera = /camera=\(([^)]*)\)/g;
      const grants = [...(headers.get('permissions-policy') ?? '').matchAll(camera)].map((m) => m[1]);
      // One rule per page: two matching rules would join their values.
      const expected = path === '/room/' ? ['self'] : [''];
      if (JSON.stringify(grants) !== JSON.stringify(expected)) wrong.push(`${path}: camera=(${grants.join(')…(')})`);
      const framing = [headers.get('x-frame-options'), headers.get('content-security-policy')];
      const framable = path.startsWith('/embed/');
      if (framable && framing.some(Boolean)) wrong.push(`${path}: an embed refuses other sites' frames (${framing.join(', ')})`);
      if (!framable && (framing[0] !== 'SAMEORIGIN' || framing[1] !== "frame-ancestors 'self'")) {
        wrong.push(`${path}: may be framed by other sites (${framing.join(', ')})`);
      }
      if (headers.get('x-content-type-options') !== 'nosniff') wrong.push(`${path}: no nosniff`);
    }
    expect(wrong).toEqual([]);
  });

  it('revalidates the service worker on every visit and keeps hashed assets for a year', async () => {
    expect((await head('/sw.js')).get('cache-control')).toBe('no-cache');
    const asset = readdirSync(join(SITES.root.dir, '_astro')).find((name) => name.endsWith('.js'))!;
    expect((await head(`/_astro/${asset}`)).get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('starts the room console’s scanner with a camera', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'judgment-calls-host-camera-'));
    const video = join(dir, 'camera.y4m');
    writeQrVideo(video, null);
    const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: await executablePath(),
      args: [...FLAGS, ...fakeCamera(video)],
    });
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/room/#track:honest-numbers`);
      await page.getByRole('button', { name: 'Start scanning' }).click();
      await page.getByRole('button', { name: 'Stop scanning' }).waitFor();
      await expect(page.locator('.collect video').evaluate((v: HTMLVideoElement) => v.readyState > 0 || !v.paused)).resolves.toBe(true);
      await expect(page.locator('.collect .problem[role=alert]').count()).resolves.toBe(0);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
