import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useHarness } from './support/setup';
import { publishedStories, readConcepts, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { TEST_SITE } from './support/sites';

const harness = useHarness();
const decisions = new Map(publishedStories().flatMap((s) => s.decisions.map((d) => [d.id, d] as const)));
const tracks = readTracks();
const track = tracks.find((t) => t.id === 'honest-numbers')!;
const session = [...decisions.keys()].filter((id) => !track.decisions.includes(id)).slice(0, 3);
const sessionHash = `#t=Pack%20test&a=Team%20leads&d=${session[0]},no-such-dilemma,${session[1]},${session[2]}`;

const concepts = new Map(readConcepts().map((c) => [c.id, c.title]));
/** What a dilemma's facilitator section says of its forces, squashed: its titles in the story's order. */
const forcesLine = (id: string) =>
  squash(
    `Forces to name once the room has chosen${decisions
      .get(id)!
      .forces.map((f) => concepts.get(f))
      .join(' · ')}.`,
  );

/** Text compared without whitespace: PDF text runs split words (and ligatures) wherever they like. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Prints the page to an A4 PDF with Chromium and returns each page's text, first page first. */
async function printedPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4' });
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
  }
  await task.destroy();
  return pages;
}

/**
 * Where each dilemma starts: the index of the page that opens with its kicker
 * and question. Each must open its own page, one after another.
 */
function dilemmaPages(pages: string[], questions: string[]): number[] {
  return questions.map((question, index) =>
    pages.findIndex((text) => text.startsWith(squash(`Dilemma ${index + 1} of ${questions.length}`)) && text.includes(squash(question))),
  );
}

describe('facilitator packs', () => {
  it('prints every track as a cover with the timing plan, one page per dilemma and a closing page', async () => {
    const { page, errors } = await harness.chrome.open();
    for (const { id, title, decisions: ids, duration, objectives } of tracks) {
      await page.goto(`${harness.site.home}tracks/${id}/`);
      await expect(page.locator('.objectives li').allTextContents(), id).resolves.toEqual(objectives);
      await page.getByRole('link', { name: 'Print the facilitator pack' }).click();
      // Print the pack, not the track page it was opened from.
      await page.waitForURL(/\/pack\/$/);
      await page.waitForLoadState('load');
      const pages = await printedPages(page);
      const questions = ids.map((d) => decisions.get(d)!.question);
      const starts = dilemmaPages(pages, questions);
      console.log(`${id} pack: ${pages.length} A4 pages, dilemmas start on pages ${starts.map((i) => i + 1).join(', ')}`);
      expect(pages[0], id).toContain(squash(`Facilitator pack${title}`));
      expect(pages[0], id).toContain(squash(`Timing plan: ${duration} minutes`));
      expect(pages[0], id).toContain(squash(`By the end, participants can${objectives.join('')}`));
      // Every dilemma opens a page, the next dilemma opens the next page, and the
      // debrief opens the last: page breaks fall between dilemmas, never inside one.
      const cover = starts[0]!;
      expect(cover, id).toBeGreaterThanOrEqual(1);
      expect(cover, id).toBeLessThanOrEqual(3);
      expect(starts, id).toEqual(questions.map((_, i) => cover + i));
      expect(pages.length, id).toBe(cover + questions.length + 1);
      expect(pages.at(-1)!.startsWith(squash('Closing debrief')), id).toBe(true);
      ids.forEach((d, i) => expect(pages[starts[i]!], `${id}: ${d}`).toContain(forcesLine(d)));
    }
    expect(errors).toEqual([]);
  });

  it('prints a shared session from its link the same way, leaving out what the site no longer has', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/${sessionHash}`);
    await page.getByRole('link', { name: 'Print the facilitator pack' }).click();
    await page.locator('.pack-closing').waitFor();
    await expect(page.locator('.pack-missing').textContent()).resolves.toContain('no-such-dilemma');
    const pages = await printedPages(page);
    const questions = session.map((id) => decisions.get(id)!.question);
    console.log(`session pack (${questions.length} dilemmas): ${pages.length} A4 pages`);
    expect(pages.length).toBe(1 + questions.length + 1);
    expect(pages[0]!.startsWith(squash('Facilitator packPack test'))).toBe(true);
    expect(dilemmaPages(pages, questions)).toEqual([1, 2, 3]);
    session.forEach((d, i) => expect(pages[i + 1], d).toContain(forcesLine(d)));
    expect(pages[4]!.startsWith(squash('Closing debrief'))).toBe(true);
  });

  it('prints the background after the closing, and the addresses of the pages to send before and after', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/${track.id}/pack/`);
    const pages = await printedPages(page);
    const paragraphs = (text: string) => text.split(/\n\s*\n/).map(squash);
    const closing = pages.findIndex((text) => text.startsWith(squash('Closing debrief')));
    const end = pages.slice(closing).join('');
    expect(end).toContain(squash(`${paragraphs(track.closing).at(-1)}Background for the debrief${paragraphs(track.background)[0]}`));
    expect(end).toContain(paragraphs(track.background).at(-1));
    const cover = pages
      .slice(
        0,
        pages.findIndex((text) => text.startsWith(squash('Dilemma 1 of'))),
      )
      .join('');
    const address = (part: string) => `${new URL(`tracks/${track.id}/${part}/`, TEST_SITE).href.replace(/^https?:\/\//, '')}`;
    expect(cover).toContain(squash(`To send the roomBefore the session: ${address('before')}After the session: ${address('after')}`));
  });

  it('puts each dilemma’s discussion guide, lenses and notes on its page, with a QR code to the dilemma', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/${track.id}/pack/`);
    const section = page.locator('.pack-dilemma').first();
    const decision = decisions.get(track.decisions[0]!)! as { discussion?: string[]; notes?: string; choices: { label: string }[] };
    await expect(section.locator('.pack-choices li').allTextContents()).resolves.toEqual(
      decision.choices.map((c, i) => `${'ABCD'[i]}${c.label}`),
    );
    await expect(section.locator('.pack-questions li').allTextContents()).resolves.toEqual(decision.discussion);
    await expect(section.locator('.pack-lenses tbody tr').count()).resolves.toBe(decision.choices.length);
    await expect(section.locator('.pack-facilitator').textContent()).resolves.toBe(decision.notes?.trim());
    const qr = section.locator('svg.qr');
    await qr.evaluate((svg) => ((svg as SVGElement).style.width = '300px'));
    expect(await decodeQr(qr)).toBe(`${TEST_SITE}/dilemmas/${track.decisions[0]}/`);
  });

  it('keeps packs out of the sitemap, the search index and search engines', async () => {
    const { page } = await harness.chrome.open();
    for (const path of [`tracks/${track.id}/pack/`, `sessions/pack/${sessionHash}`, `sessions/${sessionHash}`]) {
      await page.goto(`${harness.site.home}${path}`);
      await expect(page.locator('meta[name="robots"]').getAttribute('content'), path).resolves.toBe('noindex');
      await expect(page.locator('[data-pagefind-body]').count(), path).resolves.toBe(0);
    }
    const sitemap = await (await fetch(`${harness.site.home}sitemap-0.xml`)).text();
    expect(sitemap).not.toMatch(/\/pack\/<|\/sessions\/</);
    expect(sitemap).toContain(`<loc>${TEST_SITE}/sessions/new/</loc>`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on a track pack and a session pack (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await page.goto(`${harness.site.home}tracks/${track.id}/pack/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}sessions/pack/${sessionHash}`);
      await page.locator('.pack-closing').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
