import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useHarness } from './support/setup';
import { axeViolations } from './support/axe';
import { publishedStories, type StoryFile } from './support/content';

/*
 * My answers on the fixture library, from answers seeded in storage: the
 * summary paragraph's numbers, the answers under their stories, bars scaled
 * to the answers (on screen and on paper), the next story suggested from
 * those not met, and a choice with no lens described without judging it.
 */
const harness = useHarness();
const KEY = 'judgment-calls:decisions';
const stories = publishedStories().sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
const story = (id: string) => stories.find((s) => s.id === id)!;
const LABELS: Record<string, string> = {
  outcomes: 'Outcomes',
  duties: 'Rights and duties',
  fairness: 'Fairness',
  'common-good': 'Common good',
  character: 'Character',
};

/** A4's width and its print margins from print.css (16 mm left and right, 14 mm top), in CSS pixels. */
const MM = 96 / 25.4;
const A4_WIDTH = 210 * MM;
const MARGIN = { left: 16 * MM, top: 14 * MM };

interface Pick {
  story: StoryFile;
  decision: StoryFile['decisions'][number];
  choice: string;
  at: number;
}

/**
 * Six answers in three stories: the double invoice answered last decision
 * first (so answer order is not story order), the box at the final, then the
 * sample rule's first decision with the narrator's choice, which claims no lens.
 */
const invoice = story('the-double-invoice');
const box = story('the-box-at-the-final');
const sample = story('the-sample-rule');
const picks: Pick[] = [
  ...invoice.decisions.map((decision, i) => ({
    story: invoice,
    decision,
    choice: decision.choices[i % 3]!.id,
    at: Date.UTC(2026, 10, 10 - i),
  })),
  { story: box, decision: box.decisions[0]!, choice: box.decisions[0]!.choices[0]!.id, at: Date.UTC(2026, 10, 11) },
  { story: sample, decision: sample.decisions[0]!, choice: sample.decisions[0]!.actual!, at: Date.UTC(2026, 10, 12) },
];
const lensless = picks.at(-1)!;

const lensesOf = (pick: Pick) => pick.decision.choices.find((c) => c.id === pick.choice)!.lenses ?? [];
const counts = (chosen: Pick[]) =>
  Object.fromEntries(Object.keys(LABELS).map((lens) => [lens, chosen.filter((p) => lensesOf(p).includes(lens)).length]));

/** Sets the answers before any page script runs. */
async function seed(page: Page, chosen: Pick[]) {
  const answers = Object.fromEntries(chosen.map((p) => [p.decision.id, { choice: p.choice, at: p.at }]));
  const value = JSON.stringify({ version: 2, answers, tally: {}, history: [], notes: {} });
  await page.context().addInitScript(
    ([key, stored]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, stored);
    },
    [KEY, value] as const,
  );
}

async function open(page: Page, chosen: Pick[]) {
  await seed(page, chosen);
  await page.goto(`${harness.site.home}my-answers/`);
  await expect.poll(() => page.locator('.answer-list > li').count()).toBe(chosen.length);
}

/** Each lens bar's fill as a share of its track, by lens id. */
const barShares = (page: Page) =>
  page.locator('.lens-bars > li').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => {
        const bar = row.querySelector('.bar')!;
        const fill = bar.firstElementChild!.getBoundingClientRect().width;
        return [(row as HTMLElement).dataset.lens!, fill / bar.clientWidth];
      }),
    ),
  );

describe('My answers after five answers', () => {
  it('sums up the answers in one paragraph of facts: the narrator matched, the lenses leaned on most and least', async () => {
    const { page, errors } = await harness.chrome.open();
    await open(page, picks);
    const matched = picks.filter((p) => p.choice === p.decision.actual).length;
    // The test's picks must leave something to compare: some matching the narrator, some not.
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(picks.length);
    const n = picks.length;
    const tally = counts(picks);
    const most = Math.max(...Object.values(tally));
    const top = Object.keys(LABELS).filter((lens) => tally[lens] === most);
    const paragraph = (await page.locator('.how-you-chose').textContent())!;
    expect(paragraph).toContain(`You made the narrator’s choice in ${matched} of your ${n} answers.`);
    for (const lens of top) expect(paragraph).toContain(`the ${LABELS[lens]!.toLowerCase()} lens`);
    expect(paragraph).toContain(`(${most} of ${n}${top.length > 1 ? ' each' : ''})`);
    expect(paragraph).toContain(`Of your ${n} choices, 1 was argued from none of the five lenses.`);
    await expect(page.locator('.answers-to-go').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('puts the answers under their stories’ titles, the story answered in last first, each in story order', async () => {
    const { page } = await harness.chrome.open();
    await open(page, picks);
    await expect(page.locator('.story-answers h3').allTextContents()).resolves.toEqual([sample.title, box.title, invoice.title]);
    const invoiceGroup = page.locator('.story-answers', { has: page.getByRole('heading', { name: invoice.title }) });
    const order = await invoiceGroup
      .locator('.answer-list > li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.decision));
    expect(order).toEqual(invoice.decisions.map((d) => d.id));
    await expect(invoiceGroup.locator('h3 a').getAttribute('href')).resolves.toMatch(new RegExp(`/stories/${invoice.id}/$`));
    // Each answer says whether the narrator made the same choice.
    const first = invoiceGroup.locator('.answer-list > li').first();
    const narrator = invoice.decisions[0]!.choices.find((c) => c.id === invoice.decisions[0]!.actual)!;
    await expect(first.locator('.narrator').textContent()).resolves.toBe(
      picks[0]!.choice === narrator.id ? 'The narrator made the same choice.' : `The narrator chose: ${narrator.label}`,
    );
  });

  it('fills each lens bar by its share of the answers, with the count as text beside it and the lens defined', async () => {
    const { page } = await harness.chrome.open({ viewport: { width: 1280, height: 900 } });
    await open(page, picks);
    await page.locator('.how-you-chose').waitFor();
    const tally = counts(picks);
    const shares = await barShares(page);
    for (const lens of Object.keys(LABELS)) expect(shares[lens], lens).toBeCloseTo(tally[lens]! / picks.length, 2);
    const rows = page.locator('.lens-bars > li');
    await expect(rows.locator('.lens-count').allTextContents()).resolves.toEqual(
      Object.keys(LABELS).map((lens) => `${tally[lens]} of ${picks.length}`),
    );
    await expect(rows.locator('.lens-name').allTextContents()).resolves.toEqual(Object.values(LABELS));
    for (const definition of await rows.locator('.lens-definition').allTextContents()) expect(definition).toMatch(/^Which choice .+\?$/);
    // No table repeats the numbers the bars carry.
    await expect(page.locator('.my-answers table').count()).resolves.toBe(0);
  });

  it('keeps its bars on paper, drawn so they print without background graphics', async () => {
    // As wide as an A4 page inside its margins, so the page lays out as it prints.
    const { page } = await harness.chrome.open({ viewport: { width: Math.round(A4_WIDTH - 2 * MARGIN.left), height: 900 } });
    await open(page, picks);
    await page.locator('.how-you-chose').waitFor();
    await page.emulateMedia({ media: 'print' });
    const tally = counts(picks);
    const bars = await page.locator('.lens-bars .bar').evaluateAll((found) =>
      found.map((bar) => {
        const { left, top, width, height } = bar.getBoundingClientRect();
        return { left: left + scrollX, top: top + scrollY, width, height };
      }),
    );
    const pages = await renderPdf(await page.pdf({ format: 'A4' }));
    const shares = bars.map((bar) => darkShare(pages[0]!, bar));
    expect(shares).toHaveLength(5);
    Object.keys(LABELS).forEach((lens, i) => expect(shares[i], lens).toBeCloseTo(tally[lens]! / picks.length, 1));
  });

  it('suggests a story with none of its decisions answered, bringing themes not met yet', async () => {
    const { page } = await harness.chrome.open();
    await open(page, picks);
    const link = page.locator('.read-next a');
    await expect(page.locator('.read-next-link').textContent()).resolves.toMatch(/^Read next: /);
    const href = (await link.getAttribute('href'))!;
    const suggested = stories.find((s) => href.endsWith(`/stories/${s.id}/`))!;
    expect(suggested, href).toBeDefined();
    const answered = new Set(picks.map((p) => p.decision.id));
    expect(suggested.decisions.some((d) => answered.has(d.id))).toBe(false);
    await expect(link.textContent()).resolves.toBe(suggested.title);
    const met = new Set(picks.flatMap((p) => p.story.themes));
    const fresh = (s: StoryFile) => s.themes.filter((t) => !met.has(t)).length;
    const unmet = stories.filter((s) => s.decisions.length > 0 && !s.decisions.some((d) => answered.has(d.id)));
    expect(fresh(suggested)).toBe(Math.max(...unmet.map(fresh)));
  });

  it('describes a choice with no lens as argued from none of the lenses, never as selfish', async () => {
    const { page } = await harness.chrome.open();
    await open(page, picks);
    await page.locator('.how-you-chose').waitFor();
    expect(lensesOf(lensless)).toEqual([]);
    const text = await page.locator('main').innerText();
    expect(text).toContain('argued from none of the five lenses');
    expect(text).not.toMatch(/own sake|selfish|for yourself|self-interest/i);
  });

  it('still compares with the narrator when a cached summary does not say what the narrator did', async () => {
    const { page, errors } = await harness.chrome.open({ serviceWorkers: 'block' });
    const old = picks.slice(0, 2).map((p) => p.decision.id);
    for (const id of old)
      await page.route(`**/dilemmas/${id}/summary.json`, async (route) => {
        const summary = (await (await route.fetch()).json()) as Record<string, unknown>;
        delete summary.actual;
        await route.fulfill({ json: summary });
      });
    await open(page, picks);
    const compared = picks.slice(2);
    const matched = compared.filter((p) => p.choice === p.decision.actual).length;
    await expect(page.locator('.how-you-chose').textContent()).resolves.toContain(
      `In ${compared.length} of your ${picks.length} answers the story says what the narrator did, and you made the same choice in ${matched} of them.`,
    );
    await expect(page.locator(`[data-decision="${old[0]}"] .narrator`).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('My answers below five answers', () => {
  it('gives no summary paragraph, says plainly how many more answers it needs, and still draws the bars', async () => {
    const { page, errors } = await harness.chrome.open();
    const few = picks.slice(0, 4);
    await open(page, few);
    await expect(page.locator('.answers-to-go').textContent()).resolves.toBe(
      'Answer 1 more decision and this page will sum up how you chose.',
    );
    await expect(page.locator('.how-you-chose').count()).resolves.toBe(0);
    const tally = counts(few);
    const shares = await barShares(page);
    for (const lens of Object.keys(LABELS)) expect(shares[lens], lens).toBeCloseTo(tally[lens]! / few.length, 2);
    expect(errors).toEqual([]);
  });
});

describe('My answers is accessible', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations with answers in three stories (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await open(page, picks);
      await page.locator('.how-you-chose').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

/** Each page of a PDF as RGBA pixels at 2 pixels per CSS pixel, drawn by pdf.js. */
async function renderPdf(pdf: Buffer): Promise<ImageData[]> {
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = await task.promise;
  const pages: ImageData[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const pdfPage = await doc.getPage(n);
    // PDF points are 3/4 of a CSS pixel; scale 8/3 gives 2 image pixels per CSS pixel.
    const viewport = pdfPage.getViewport({ scale: 8 / 3 });
    // In Node, pdf.js draws on its own canvas factory (@napi-rs/canvas).
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
    const canvas = factory.create(viewport.width, viewport.height);
    await pdfPage.render({ canvas: canvas.canvas, canvasContext: canvas.context, viewport }).promise;
    pages.push(canvas.context.getImageData(0, 0, viewport.width, viewport.height));
  }
  await task.destroy();
  return pages;
}

/** How much of a bar's middle line is dark on the printed page: its fill as a share of its length. */
function darkShare(image: ImageData, bar: { left: number; top: number; width: number; height: number }): number {
  const y = Math.round((MARGIN.top + bar.top + bar.height / 2) * 2);
  // Inside the outline: skip 2 CSS px at each end.
  const from = Math.round((MARGIN.left + bar.left + 2) * 2);
  const to = Math.round((MARGIN.left + bar.left + bar.width - 2) * 2);
  let dark = 0;
  for (let x = from; x < to; x++) if (image.data[(y * image.width + x) * 4]! < 128) dark++;
  return dark / (to - from);
}
