import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { useHarness } from './support/setup';
import { publishedStories } from './support/content';
import { axeViolations } from './support/axe';
import { ROOT } from './support/sites';

const harness = useHarness();
const story = publishedStories().find((s) => s.decisions.length > 0)!;
const decision = story.decisions[0]!;

/** A page on another origin (another port) that frames an embed and records the heights it reports. */
async function hostPage(src: string) {
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>A course page</title><body>
      <iframe src="${src}" title="${decision.question.replaceAll('"', '&quot;')}" width="100%" height="720" style="border:0"></iframe>
      <script>window.heights = []; addEventListener('message', (e) => e.data && e.data.type === 'judgment-calls:height' && heights.push(e.data.height));</script>
    </body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(r)) };
}

describe('embeds', () => {
  it('answers inside an iframe on another site and shows the consequence, reporting its height', async () => {
    const host = await hostPage(`${harness.site.home}embed/${decision.id}/`);
    try {
      const { page, errors } = await harness.chrome.open();
      await page.goto(host.url);
      const frame = page.frameLocator('iframe');
      await frame.getByRole('radio', { name: decision.choices[1]!.label, exact: true }).check();
      await frame.getByRole('button', { name: 'Commit to this choice' }).click();
      await expect(frame.locator('.verdict').textContent()).resolves.toContain(decision.choices[1]!.label);
      await expect(frame.locator('.consequence').isVisible()).resolves.toBe(true);
      await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(1);
      // No site chrome, and a way back to the full discussion.
      await expect(frame.locator('.site-header').count()).resolves.toBe(0);
      await expect(frame.getByRole('link', { name: 'Discuss it on Judgment Calls' }).getAttribute('target')).resolves.toBe('_blank');
      expect(errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('gives every dilemma page a "Copy embed code" button with a titled iframe', async () => {
    const { context, page } = await harness.chrome.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.origin });
    await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    // The clipboard write is asynchronous: wait for its confirmation.
    await page.getByText('Embed code copied.').waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(new RegExp(`^<iframe src="https://judgment-calls\\.test/embed/${decision.id}/" title="[^"]+" `));
    expect(code).toContain('height="720"');
  });

  it('finds no axe violations on an embed, and keeps it out of the sitemap and search engines', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}embed/${decision.id}/`);
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    const sitemap = await (await fetch(`${harness.site.home}sitemap-0.xml`)).text();
    expect(sitemap).not.toContain('/embed/');
  });

  it('lets only embeds be framed by other sites, where the host reads _headers', () => {
    const rules = readFileSync(join(ROOT, 'public/_headers'), 'utf8').split(/\n(?=\/)/);
    const framing = rules
      .filter((rule) => /frame-ancestors 'self'/.test(rule) && /X-Frame-Options: SAMEORIGIN/.test(rule))
      .map((rule) => rule.split('\n')[0]!.trim());
    expect(framing).toEqual(
      expect.arrayContaining(['/', '/stories/*', '/dilemmas/*', '/tracks/*', '/search/*', '/my-answers/*', '/about/*']),
    );
    expect(rules.filter((rule) => /^\/(\*|embed)/.test(rule) && /frame|X-Frame/i.test(rule))).toEqual([]);
  });
});
