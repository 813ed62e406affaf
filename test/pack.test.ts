import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useHarness } from './support/setup';
import { publishedStories, readConcepts, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { TEST_SITE } from './support/sites';
import { packKit } from '../src/components/sessions/coach-kit';

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

  it('prints a coach’s session with their minutes, opening, closing, notes and a note on a dilemma', async () => {
    const kit = await packKit(
      {
        plan: { opening: 6, dilemma: 12, slack: 3, debrief: 14 },
        opening: 'Welcome to the quarter-end clinic.\n\nCommit first, then we argue.',
        closing: 'One habit for Monday: name the person who relies on your number.',
        background: 'Rooms split on the second dilemma.',
        notes: { [session[1]!]: 'Our finance team flagged this one in March.' },
      },
      session,
    );
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/pack/#t=Coach%20pack&d=${session.join(',')}&k=${kit}`);
    await page.locator('.pack-closing').waitFor();
    const pages = await printedPages(page);
    const questions = session.map((id) => decisions.get(id)!.question);
    const minutes = 6 + 3 * 12 + 3 + 14;
    expect(pages[0]).toContain(squash(`Timing plan: ${minutes} minutes`));
    expect(pages[0]).toContain(squash(`Before you startRooms split on the second dilemma.`));
    expect(pages[0]).toContain(squash('OpeningWelcome to the quarter-end clinic.Commit first, then we argue.'));
    const starts = dilemmaPages(pages, questions);
    expect(starts).toEqual([1, 2, 3]);
    expect(pages[starts[0]!]).toContain(squash(`Dilemma 1 of 3 · 12 minutes`));
    expect(pages[starts[1]!]).toContain(squash('Coach’s noteOur finance team flagged this one in March.'));
    for (const i of [0, 2]) expect(pages[starts[i]!]).not.toContain(squash('Coach’s note'));
    expect(pages.at(-1)!.startsWith(squash('Closing debriefOne habit for Monday: name the person who relies on your number.'))).toBe(true);
    // The cover's QR code is the room's link: the title and the dilemmas, without the coach's words.
    const qr = page.locator('.pack-cover svg.qr');
    await qr.evaluate((svg) => ((svg as SVGElement).style.width = '300px'));
    expect(await decodeQr(qr)).toBe(`${TEST_SITE}/sessions/#t=Coach%20pack&d=${session.join(',')}`);
    expect(errors).toEqual([]);
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
