import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Chrome } from './support/browser';
import { useHarness } from './support/setup';
import { axeViolations } from './support/axe';
import { measureScripts } from './support/budget';
import { publishedStories } from './support/content';

const KEY = 'judgment-calls:decisions';
const STORY = 'stories/the-double-invoice/';
const story = publishedStories().find((s) => `stories/${s.id}/` === STORY)!;
const first = story.decisions[0]!;

const harness = useHarness();

const widget = (page: Page) => page.locator(`section.decision:has(h2#${first.id})`);
const reveal = (page: Page) => page.locator(`.reveal[data-reveal-after="${first.id}"]`);

async function openStory(options?: Parameters<Chrome['open']>[0]) {
  const opened = await harness.chrome.open(options);
  await opened.page.goto(`${harness.site.home}${STORY}`);
  await widget(opened.page).scrollIntoViewIfNeeded();
  await widget(opened.page).locator('[data-state]').waitFor();
  return opened;
}

async function choose(page: Page, label: string) {
  await widget(page).getByRole('radio', { name: label }).check();
  await widget(page).getByRole('button', { name: 'Commit to this choice' }).click();
  await widget(page).locator('.verdict').waitFor();
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const choice = (n: number) => first.choices[n]!;

describe('answering a decision', () => {
  it('keeps the answer after reload and opens the reveal', async () => {
    const { page, errors } = await openStory();
    await expect(reveal(page).getAttribute('data-state')).resolves.toBe('pending');
    await expect(reveal(page).locator('.reveal-body').isVisible()).resolves.toBe(false);
    await choose(page, choice(1).label);
    await expect(reveal(page).locator('.reveal-body').isVisible()).resolves.toBe(true);
    await page.reload();
    await widget(page).scrollIntoViewIfNeeded();
    await expect(widget(page).locator('.verdict').textContent()).resolves.toBe(`You chose: ${choice(1).label}`);
    // One answer on a reader's own device is not a poll.
    await expect(widget(page).locator('.tally').count()).resolves.toBe(0);
    await expect(reveal(page).locator('.reveal-body').isVisible()).resolves.toBe(true);
    expect(JSON.parse((await stored(page)) ?? '{}').answers[first.id].choice).toBe(choice(1).id);
    expect(errors).toEqual([]);
  });

  it('tells what the narrator did once: by the prose in a story, by the box on the dilemma page', async () => {
    const { page } = await openStory();
    await choose(page, choice(0).label);
    await expect(widget(page).locator('.actual').count()).resolves.toBe(0);
    await expect(reveal(page).locator('.reveal-body').isVisible()).resolves.toBe(true);
    await page.goto(`${harness.site.home}dilemmas/${first.id}/`);
    const actual = first.choices.find((c) => c.id === first.actual)!;
    await expect(page.locator('section.decision .actual').textContent()).resolves.toContain(actual.label);
  });

  it('changes and clears, and someone else answers into the tally only, with the reader’s answer untouched', async () => {
    const { page } = await openStory();
    await choose(page, choice(0).label);
    await widget(page).getByRole('button', { name: 'Change my answer' }).click();
    await widget(page)
      .getByRole('radio', { name: choice(2).label })
      .check();
    await widget(page).getByRole('button', { name: 'Change to this choice' }).click();
    // Alone on a device, one answer is not a poll.
    await expect(widget(page).locator('.tally').count()).resolves.toBe(0);
    await widget(page).locator('.workshop summary').click();
    await widget(page).getByRole('button', { name: 'Someone else answers' }).click();
    await widget(page)
      .getByRole('radio', { name: choice(1).label })
      .check();
    await widget(page).getByRole('button', { name: 'Add their answer' }).click();
    await expect(widget(page).locator('.verdict').textContent()).resolves.toBe(`You chose: ${choice(2).label}`);
    await expect(reveal(page).getAttribute('data-state')).resolves.toBe('open');
    await expect(widget(page).locator('.tally figcaption').textContent()).resolves.toContain('2 answers');
    await expect(widget(page).locator('.tally li.mine .figure').textContent()).resolves.toBe('1 · 50%');
    await page.goto(`${harness.site.home}my-answers/`);
    await expect(page.locator('.answer-list .choice strong').allTextContents()).resolves.toEqual([choice(2).label]);
    await page.goto(`${harness.site.home}${STORY}`);
    await widget(page).getByRole('button', { name: 'Clear my answer' }).click();
    await widget(page).getByRole('radiogroup').waitFor();
    const state = JSON.parse((await stored(page)) ?? '{}');
    expect(state.tally[first.id]).toEqual({ [choice(0).id]: 0, [choice(1).id]: 1, [choice(2).id]: 0 });
    expect(state.history.map((h: { event: string }) => h.event)).toEqual(['answer', 'change', 'clear']);
  });

  it('keeps two tabs in sync', async () => {
    const { context, page } = await openStory();
    const other = await context.newPage();
    await other.goto(`${harness.site.home}${STORY}`);
    await widget(other).scrollIntoViewIfNeeded();
    await widget(other).getByRole('radiogroup').waitFor();
    await choose(page, choice(0).label);
    await expect(widget(other).locator('.verdict').textContent()).resolves.toBe(`You chose: ${choice(0).label}`);
    await expect(reveal(other).getAttribute('data-state')).resolves.toBe('open');
  });

  it('works with the keyboard alone', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}${STORY}`);
    let inGroup = false;
    for (let i = 0; i < 80 && !inGroup; i++) {
      await page.keyboard.press('Tab');
      inGroup = await page.evaluate((id) => document.activeElement?.closest(`[aria-labelledby="${id}"]`) !== null, first.id);
    }
    expect(inGroup).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Commit to this choice');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('verdict');
    await expect(widget(page).locator('.verdict').textContent()).resolves.toContain('You chose:');
    await expect(widget(page).locator('.status').textContent()).resolves.toBe('');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Change my answer') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('shows the question, every choice and the reveal text', async () => {
    const { page } = await harness.chrome.open({ javaScriptEnabled: false });
    await page.goto(`${harness.site.home}${STORY}`);
    await expect(page.locator(`h2#${first.id}`).textContent()).resolves.toBe(first.question);
    for (const c of first.choices)
      await expect(widget(page).locator('.decision-island').getByText(c.label).isVisible()).resolves.toBe(true);
    await expect(reveal(page).locator('.reveal-body').isVisible()).resolves.toBe(true);
    await expect(reveal(page).locator('.reveal-wait').isVisible()).resolves.toBe(false);
    await expect(widget(page).getByRole('button', { name: 'Commit to this choice' }).isVisible()).resolves.toBe(false);
  });
});

describe('when storage fails', () => {
  async function faultyStory(fault: (context: BrowserContext) => Promise<unknown>) {
    const opened = await harness.chrome.open();
    await fault(opened.context);
    await opened.page.goto(`${harness.site.home}${STORY}`);
    await widget(opened.page).scrollIntoViewIfNeeded();
    return opened;
  }

  it('still works in memory when storage is blocked, and says so once', async () => {
    const { page, errors } = await faultyStory((context) =>
      context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }),
    );
    await choose(page, choice(0).label);
    await expect(widget(page).getByRole('status').textContent()).resolves.toContain('not letting the site save');
    await expect(reveal(page).getAttribute('data-state')).resolves.toBe('open');
    const second = page.locator('section.decision').nth(1);
    await second.scrollIntoViewIfNeeded();
    await second.getByRole('radio').first().check();
    await second.getByRole('button', { name: 'Commit to this choice' }).click();
    await expect(second.locator('.status').textContent()).resolves.not.toContain('not letting the site save');
    expect(errors).toEqual([]);
  });

  it('still works when storage is full, and keeps what was stored before', async () => {
    const before = JSON.stringify({ version: 1, answers: { 'bond-dig-deeper': { choice: 'x', at: 1 } }, tally: {}, history: [] });
    const { page, errors } = await faultyStory(async (context) => {
      await context.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key!, value!);
            sessionStorage.setItem('seeded', '1');
          }
          Storage.prototype.setItem = function () {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          };
        },
        [KEY, before],
      );
    });
    await choose(page, choice(0).label);
    await expect(widget(page).getByRole('status').textContent()).resolves.toContain('storage for the site is full');
    await expect(widget(page).locator('.verdict').textContent()).resolves.toContain(choice(0).label);
    expect(await stored(page)).toBe(before);
    expect(errors).toEqual([]);
  });

  it('sets unreadable data aside instead of overwriting it', async () => {
    const corrupt = '{"version":1,"answers":{"double-bil';
    const { page, errors } = await faultyStory((context) =>
      context.addInitScript(
        ([key, value]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key!, value!);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [KEY, corrupt],
      ),
    );
    await choose(page, choice(0).label);
    await expect(widget(page).getByRole('status').textContent()).resolves.toContain('set aside untouched');
    const aside = await page.evaluate(
      (key) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(`${key}:unreadable:`))
          .map((k) => localStorage.getItem(k)),
      KEY,
    );
    expect(aside).toEqual([corrupt]);
    expect(JSON.parse((await stored(page)) ?? '{}').answers[first.id].choice).toBe(choice(0).id);
    expect(errors).toEqual([]);
  });

  it('leaves data from a newer version of the site untouched', async () => {
    const newer = JSON.stringify({ version: 99, everything: 'different' });
    const { page, errors } = await faultyStory((context) =>
      context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]),
    );
    await choose(page, choice(0).label);
    await expect(widget(page).getByRole('status').textContent()).resolves.toContain('newer version');
    expect(await stored(page)).toBe(newer);
    expect(errors).toEqual([]);
  });
});

describe('layout and accessibility', () => {
  it('swaps in a stored answer without shifting the page', async () => {
    const { page } = await openStory();
    await choose(page, choice(0).label);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.reload();
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const height = await page.evaluate(() => document.body.scrollHeight);
    for (let y = 0; y < height; y += 300) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(30);
    }
    await expect(widget(page).locator('.verdict').isVisible()).resolves.toBe(true);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    console.log(`cumulative layout shift while scrolling a story with a stored answer: ${shift.toFixed(4)}`);
    expect(shift).toBeLessThan(0.01);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations before and after answering (${scheme})`, async () => {
      const { page } = await openStory({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
      await choose(page, choice(0).label);
      await widget(page).locator('details.others summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

/**
 * The test site is served from 127.0.0.1, not its SITE_URL: to the page, a mirror. A mirror alone fetches the code that
 * redraws build-time QR codes for its own address (share/served.ts and the encoder); the budget is the site's own host's.
 */
const mirrorOnly = (file: { url: string }) => /\/(served|Qr)\.[\w-]+\.js$/.test(file.url);
const onSiteUrl = (weight: { total: number; files: { url: string; gzip: number }[] }) =>
  weight.total - weight.files.filter(mirrorOnly).reduce((sum, file) => sum + file.gzip, 0);

describe('JavaScript budget', () => {
  // The inline page script (on every page) keeps pages for offline use and opens the phone menu: about 1.2 KB of each budget.
  // The widget grew by about 1.3 KB with the forces, another person's answer, a colleague's shared choices and the
  // folded workshop controls; a story's "Your path" card loads later, near the story's end (preload helper 0.9 KB).
  // A quarter of a KB more for the facilitator's reveal: the page script marks a phone in a room before the first
  // paint, and the widget asks for the gate that holds outcomes back (loaded only on such a phone).
  // Half a KB more for addresses that follow the host (copy boxes rewrite SITE_URL to the served address: url and
  // copy-link, now shared chunks), and on a dilemma page 0.6 KB for the present view's script (a room's join code in
  // place of the dilemma's QR code; a mirror's redraw loads apart, see mirrorOnly).
  it('ships at most 13.75 KB gzip on a story page and none on a page without decisions', async () => {
    const storyPage = await harness.chrome.open();
    const weight = await measureScripts(storyPage.page, `${harness.site.home}${STORY}`, async (page) => {
      await widget(page).scrollIntoViewIfNeeded();
      await choose(page, choice(0).label);
    });
    // The themes index lists no story or dilemma, so nothing on it can be marked answered.
    const themes = await harness.chrome.open();
    const plain = await measureScripts(themes.page, `${harness.site.home}themes/`);
    console.log(
      `story page JS: ${onSiteUrl(weight)} B gzip on SITE_URL, ${weight.total} B on a mirror (files ${weight.files.map((f) => `${f.url} ${f.gzip}`).join(', ')}; inline ${weight.inline.join(', ')}); themes page: ${plain.files.length} files, inline ${plain.inline.join(', ')} B`,
    );
    expect(weight.files.length).toBeGreaterThan(0);
    expect(onSiteUrl(weight)).toBeLessThanOrEqual(13.75 * 1024);
    expect(plain.files).toEqual([]);
  });

  it('ships at most 16 KB gzip on a dilemma page (widget, rehearsal note, room tally, copy links)', async () => {
    const { page } = await harness.chrome.open();
    const weight = await measureScripts(page, `${harness.site.home}dilemmas/${first.id}/`, async (p) => {
      await p.locator('section.decision').scrollIntoViewIfNeeded();
      await p.locator('section.decision [data-state]').waitFor();
    });
    console.log(
      `dilemma page JS: ${onSiteUrl(weight)} B gzip on SITE_URL, ${weight.total} B on a mirror (files ${weight.files.map((f) => `${f.url} ${f.gzip}`).join(', ')}; inline ${weight.inline.join(', ')})`,
    );
    expect(onSiteUrl(weight)).toBeLessThanOrEqual(16 * 1024);
  });
});
