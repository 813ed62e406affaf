import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useHarness } from './support/setup';
import { publishedStories } from './support/content';
import { axeViolations } from './support/axe';

const harness = useHarness();
const story = publishedStories().find((s) => s.decisions.length > 0)!;
const decision = story.decisions[0]!;

/** A page on another origin (another port) that frames an embed and records the heights it reports. */
async function hostPage(src: string | ((origin: string) => string)) {
  const server = createServer((req, res) => {
    const frameSrc = typeof src === 'string' ? src : src(`http://${req.headers.host}`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>A course page</title><body>
      <iframe src="${frameSrc}" title="${decision.question.replaceAll('"', '&quot;')}" width="100%" height="720" style="border:0"></iframe>
      <script>
        // The README's snippet: messages from this frame only.
        const frame = document.querySelector('iframe[src*="/embed/"]');
        window.heights = [];
        window.reports = [];
        addEventListener('message', (e) => {
          if (e.source === frame.contentWindow && e.data?.type !== 'judgment-calls:height') reports.push(e.data);
          if (e.source === frame.contentWindow && e.data?.type === 'judgment-calls:height') {
            frame.style.height = e.data.height + 'px';
            heights.push(e.data.height);
          }
        });
      </script>
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
      const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      await expect.poll(async () => (await heights()).length).toBeGreaterThan(1);
      const answered = (await heights()).at(-1)!;
      const frameHeight = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      await expect.poll(frameHeight).toBe(answered);
      // Back to the open question: the frame shrinks with it.
      await frame.getByRole('button', { name: 'Clear my answer' }).click();
      await expect.poll(async () => (await heights()).at(-1)).toBeLessThan(answered);
      await expect.poll(frameHeight).toBeLessThan(answered);
      // No site chrome, and a way back to the full discussion.
      await expect(frame.locator('.site-header').count()).resolves.toBe(0);
      await expect(frame.getByRole('link', { name: 'Discuss it on Judgment Calls' }).getAttribute('target')).resolves.toBe('_blank');
      expect(errors).toEqual([]);
    } finally {
      await host.close();
    }
  });

  it('tells a learning-platform package it loaded and what was answered: the choice only when the package opted in', async () => {
    const reports = async (query: (origin: string) => string) => {
      const host = await hostPage((origin) => `${harness.site.home}embed/${decision.id}/${query(origin)}`);
      try {
        const { page, errors } = await harness.chrome.open();
        await page.goto(host.url);
        const frame = page.frameLocator('iframe');
        await frame.getByRole('radio', { name: decision.choices[0]!.label, exact: true }).check();
        await frame.getByRole('button', { name: 'Commit to this choice' }).click();
        await frame.locator('.verdict').waitFor();
        // A height message follows the answer: once the host has it, every earlier message has arrived too.
        await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 1);
        expect(errors).toEqual([]);
        return page.evaluate(() => (window as unknown as { reports: unknown[] }).reports);
      } finally {
        await host.close();
      }
    };
    const ready = { type: 'judgment-calls:ready', dilemma: decision.id };
    const answered = { type: 'judgment-calls:answered', dilemma: decision.id };
    const lms = (origin: string) => `?lms=${encodeURIComponent(origin)}`;
    await expect(reports(() => '')).resolves.toEqual([]);
    await expect(reports(lms)).resolves.toEqual([ready, answered]);
    await expect(reports((origin) => `${lms(origin)}&report=choices`)).resolves.toEqual([
      ready,
      { ...answered, choice: decision.choices[0]!.id },
    ]);
    // Sent to the named origin only: a page on another origin hears nothing.
    await expect(reports(() => `${lms('https://platform.example')}&report=choices`)).resolves.toEqual([]);
  });

  it('gives every dilemma page a "Copy embed code" button with a titled iframe', async () => {
    const { context, page } = await harness.chrome.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.origin });
    await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    // The clipboard write is asynchronous: wait for its confirmation.
    await page.getByText('Embed code copied.').waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    // The address the page was served from, not the build's SITE_URL: a mirror's embeds point at the mirror.
    expect(code.startsWith(`<iframe src="${harness.site.home}embed/${decision.id}/" title="`)).toBe(true);
    expect(code).toContain('height="720"');
  });

  it('registers no service worker, where a page of the site itself does', async () => {
    const registered = async (path: string) => {
      const { page } = await harness.chrome.open();
      await page.goto(`${harness.site.home}${path}`);
      // The site registers its worker three seconds after load; give it a second more.
      await page.waitForTimeout(4000);
      return page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
    };
    expect(await registered(`stories/${story.id}/`)).toBe(1);
    expect(await registered(`embed/${decision.id}/`)).toBe(0);
  });

  it('finds no axe violations on an embed, and keeps it out of the sitemap and search engines', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}embed/${decision.id}/`);
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    const sitemap = await (await fetch(`${harness.site.home}sitemap-0.xml`)).text();
    expect(sitemap).not.toContain('/embed/');
  });
});
