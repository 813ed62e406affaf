import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { DILEMMA_LIMITS, onPaper, onScreen, publishedStories } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { LEGAL_SOURCES, type LegalSourceId } from '../src/stories/legal-sources';

const stories = publishedStories();
const decisions = stories.flatMap((story) => story.decisions.map((decision) => ({ story, decision })));
const bond = decisions.find(({ decision }) => decision.id === 'double-invoice')!;

/**
 * The dilemmas most likely to overflow a screen or a page: the most text. The
 * fixture library's wordiest sits at the content limit (DILEMMA_LIMITS), so a
 * real dilemma within the limit fits too.
 */
type Placed = (typeof decisions)[number];
const wordiest = (count: number, size: (d: Placed['decision']) => number) =>
  [...decisions].sort((a, b) => size(b.decision) - size(a.decision)).slice(0, count);

const harness = useHarness();

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

async function answer(page: Page, label: string) {
  const widget = page.locator('section.decision');
  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole('radio', { name: label }).check();
  await widget.getByRole('button', { name: /to this choice/ }).click();
  await widget.locator('.verdict').waitFor();
}

describe('dilemma pages', () => {
  it('gives every decision a page with its setup, question, choices and discussion questions', async () => {
    const { page, errors } = await harness.chrome.open();
    for (const { story, decision } of decisions) {
      const response = await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
      expect(response?.status(), decision.id).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe(decision.question);
      await expect(page.locator('.from a').getAttribute('href')).resolves.toBe(`/stories/${story.id}/#${decision.id}`);
      await expect(page.getByRole('radio').count()).resolves.toBe(decision.choices.length);
      await expect(page.locator('.guide .questions li').count()).resolves.toBeGreaterThanOrEqual(2);
    }
    expect(errors).toEqual([]);
  });

  it('lists every dilemma on the index, each once', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/`);
    const linked = await page.locator('.dilemmas a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(linked.sort()).toEqual(decisions.map(({ decision }) => `/dilemmas/${decision.id}/`).sort());
  });

  it('links each decision in a story to its dilemma page', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${bond.story.id}/`);
    const links = await page.locator('.dilemma-link a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links).toEqual(bond.story.decisions.map((d) => `/dilemmas/${d.id}/`));
  });

  it('shares one answer with the story page, both ways', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await expect(page.locator('.verdict').count()).resolves.toBe(0);
    // A choice that leans on a lens, wherever it sits; self-interested choices may lean on none.
    const leaning = bond.decision.choices.find((c) => c.lenses?.length)!;
    const other = bond.decision.choices.find((c) => c !== leaning)!;
    await answer(page, leaning.label);
    await expect(page.locator('section.decision .lenses').textContent()).resolves.toMatch(/^Leans on: /);
    await page.goto(`${harness.site.home}stories/${bond.story.id}/`);
    const inStory = page.locator(`section.decision:has(#${bond.decision.id})`);
    await inStory.scrollIntoViewIfNeeded();
    await expect(inStory.locator('.verdict').textContent()).resolves.toBe(`You chose: ${leaning.label}`);
    await inStory.getByRole('button', { name: 'Change my answer' }).click();
    await inStory.getByRole('radio', { name: other.label }).check();
    await inStory.getByRole('button', { name: 'Change to this choice' }).click();
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await page.locator('section.decision').scrollIntoViewIfNeeded();
    await expect(page.locator('.verdict').textContent()).resolves.toBe(`You chose: ${other.label}`);
    // One reader, one answer in the tally (moved, never doubled), and no poll of one on screen.
    await expect(page.locator('.tally').count()).resolves.toBe(0);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('judgment-calls:decisions') ?? '{}') as { tally: object });
    expect(Object.values((stored.tally as Record<string, Record<string, number>>)[bond.decision.id]!).reduce((a, b) => a + b, 0)).toBe(1);
  });
});

describe('the discussion guide waits for a commitment', () => {
  it('hides the questions, lenses and notes until the reader commits, then shows them', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    const guide = page.locator('.guide');
    await guide.locator('.reveal-wait').waitFor();
    for (const hidden of ['.questions', '.lenses', '.facilitator']) {
      await expect(guide.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    }
    await answer(page, bond.decision.choices[0]!.label);
    await expect(guide.locator('.questions').isVisible()).resolves.toBe(true);
    await expect(guide.locator('.lenses').isVisible()).resolves.toBe(true);
    await expect(guide.locator('.reveal-wait').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens for a facilitator who asks, without recording an answer', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await page.getByRole('button', { name: 'Show them without answering' }).click();
    await expect(page.locator('.guide .questions').isVisible()).resolves.toBe(true);
    await expect(
      page.evaluate(() => Object.keys(localStorage).filter((k) => localStorage.getItem(k)?.includes('double-invoice'))),
    ).resolves.toEqual([]);
    await expect(page.locator('.verdict').count()).resolves.toBe(0);
  });
});

describe('legal context', () => {
  it('lists the sources of a legal note under it, each linked to where the public can read it', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await page.getByRole('button', { name: 'Show them without answering' }).click();
    const legal = page.locator('.guide .legal');
    await expect(legal.locator('.disclaimer').textContent()).resolves.toContain('not legal advice');
    const ids = (bond.decision as { sources?: LegalSourceId[] }).sources ?? [];
    expect(ids.length).toBeGreaterThan(0);
    const links = legal.getByRole('list', { name: 'Sources' }).getByRole('link');
    await expect(links.allTextContents()).resolves.toEqual(ids.map((id) => LEGAL_SOURCES[id].title));
    await expect(links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual(ids.map((id) => LEGAL_SOURCES[id].url));
    // A dilemma whose legal note names no source lists none.
    await page.goto(`${harness.site.home}dilemmas/introducer-the-fee/`);
    await page.getByRole('button', { name: 'Show them without answering' }).click();
    await page.locator('.guide .legal').waitFor();
    await expect(page.locator('.guide .legal .sources').count()).resolves.toBe(0);
  });
});

describe('sharing', () => {
  // The tests serve each build on 127.0.0.1, not its SITE_URL: codes follow the host (test/present.test.ts).
  it('draws a QR code that decodes to the dilemma’s absolute URL on the host it was served from', async () => {
    const { page } = await harness.chrome.open();
    for (const { decision } of decisions.slice(0, 6)) {
      await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
      await expect.poll(() => decodeQr(page.locator('.share svg.qr'))).toBe(`${harness.site.home}dilemmas/${decision.id}/`);
      await expect(page.locator('.short-url').textContent()).resolves.toContain(
        `${new URL(harness.site.origin).host}/dilemmas/${decision.id}/`,
      );
    }
  });

  it('puts the base path into QR codes of a sub-path build', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.sub.home}dilemmas/${bond.decision.id}/`);
    await expect.poll(() => decodeQr(page.locator('.share svg.qr'))).toBe(`${harness.sub.home}dilemmas/${bond.decision.id}/`);
    await page.goto(`${harness.sub.home}dilemmas/${bond.decision.id}/#present`);
    await expect.poll(() => decodeQr(page.locator('#present svg.qr'))).toBe(`${harness.sub.home}dilemmas/${bond.decision.id}/`);
  });

  it('copies the dilemma link and the story link to the clipboard', async () => {
    const { context, page } = await harness.chrome.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.origin });
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await page.getByRole('button', { name: 'Copy link to this dilemma' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await page.getByText('Link copied.').first().waitFor();
    await page.getByRole('button', { name: 'Copy link to it in the story' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${harness.site.home}stories/${bond.story.id}/#${bond.decision.id}`);
  });

  it('shows the link, selected, when the clipboard is out of reach', async () => {
    const { context, page, errors } = await harness.chrome.open();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
    });
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await page.getByRole('button', { name: 'Copy link to this dilemma' }).click();
    const input = page.getByRole('textbox', { name: 'Copy this link:' }).first();
    await input.waitFor();
    await expect(input.inputValue()).resolves.toBe(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await expect(page.evaluate(() => getSelection()?.toString() || (document.activeElement as HTMLInputElement).value)).resolves.toBe(
      `${harness.site.home}dilemmas/${bond.decision.id}/`,
    );
    expect(errors).toEqual([]);
  });
});

describe('present view', () => {
  it('is tried on a dilemma at the content limit', () => {
    const [screen] = wordiest(1, onScreen);
    const [paper] = wordiest(1, onPaper);
    expect(onScreen(screen!.decision)).toBeGreaterThanOrEqual(DILEMMA_LIMITS.screen * 0.95);
    expect(onPaper(paper!.decision)).toBeGreaterThanOrEqual(DILEMMA_LIMITS.paper * 0.95);
  });

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`fits the wordiest dilemmas on a ${width}x${height} screen without scrolling`, async () => {
      const { page } = await harness.chrome.open({ viewport: { width, height } });
      for (const { decision } of wordiest(5, onScreen)) {
        await page.goto(`${harness.site.home}dilemmas/${decision.id}/#present`);
        const size = await page.evaluate(() => {
          const view = document.querySelector<HTMLElement>('#present')!;
          const box = view.getBoundingClientRect();
          return {
            // The view covers the screen, and nothing in it overflows.
            covers: box.top === 0 && box.left === 0 && Math.round(box.width) === innerWidth && Math.round(box.height) === innerHeight,
            height: view.scrollHeight,
            width: view.scrollWidth,
            pageScrolls:
              document.documentElement.scrollHeight > innerHeight && getComputedStyle(document.documentElement).overflow !== 'hidden',
            smallest: Math.min(...[...view.querySelectorAll('h2, .choices li')].map((e) => parseFloat(getComputedStyle(e).fontSize))),
          };
        });
        expect(size.covers, decision.id).toBe(true);
        expect(size.pageScrolls, decision.id).toBe(false);
        expect(size.height, decision.id).toBeLessThanOrEqual(height);
        expect(size.width, decision.id).toBeLessThanOrEqual(width);
        // Readable from the back of a room: no question or choice text under 20px at 720p.
        expect(size.smallest, decision.id).toBeGreaterThanOrEqual(height >= 1080 ? 30 : 20);
        await expect(page.locator('#present .choices li').count()).resolves.toBe(decision.choices.length);
      }
    });
  }
});

describe('handouts', () => {
  it('prints without navigation or buttons, with tick boxes, questions and the QR code', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', 'button', '.decision-island', '.facilitator', '.guide .legal']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    const boxes = page.locator('.print-choices li');
    await expect(boxes.count()).resolves.toBe(bond.decision.choices.length);
    await expect(boxes.first().isVisible()).resolves.toBe(true);
    const box = await boxes.first().evaluate((li) => getComputedStyle(li, '::before'));
    expect(box.borderTopStyle).toBe('solid');
    expect(box.width).not.toBe('auto');
    await expect(page.locator('.guide .questions').isVisible()).resolves.toBe(true);
    await expect(page.locator('.share svg.qr').isVisible()).resolves.toBe(true);
    // It promises only what the site does: no "see how others chose".
    await expect(page.locator('.short-url').textContent()).resolves.toContain('Answer on the site');
    await expect(page.locator('.short-url').textContent()).resolves.not.toMatch(/others chose/);
  });

  it('prints a story with its choices as tick boxes and no widget chrome', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${bond.story.id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.story-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-choices li:visible').count()).resolves.toBe(
      bond.story.decisions.reduce((sum, d) => sum + d.choices.length, 0),
    );
    await expect(page.locator('.reveal-body').first().isVisible()).resolves.toBe(true);
  });

  it('fits the wordiest dilemmas on one A4 and one Letter page', async () => {
    const { page } = await harness.chrome.open();
    const counts: Record<string, number[]> = {};
    for (const { decision } of wordiest(5, onPaper)) {
      await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
      counts[decision.id] = [pdfPages(await page.pdf({ format: 'A4' })), pdfPages(await page.pdf({ format: 'Letter' }))];
    }
    const over = Object.entries(counts).filter(([, pages]) => pages.some((n) => n !== 1));
    expect(over).toEqual([]);
  });
});

describe('accessibility of the coach pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on the index, a dilemma (before and after answering) and the present view (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await page.goto(`${harness.site.home}dilemmas/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/`);
      await page.locator('.guide .reveal-wait').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await answer(page, bond.decision.choices[1]!.label);
      await page.locator('.facilitator summary').click();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}dilemmas/${bond.decision.id}/#present`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
