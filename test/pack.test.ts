import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useHarness } from './support/setup';
import { publishedStories, readConcepts, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { TEST_SITE } from './support/sites';
import { LEGAL_SOURCES, type LegalSourceId } from '../src/stories/legal-sources';
import { reviewedOn } from '../src/editorial/review';
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

interface FixtureDecision {
  question: string;
  choices: { label: string; consequence: string; id: string }[];
  actual?: string;
  legal?: string;
  sources?: LegalSourceId[];
}

/**
 * What a dilemma's reveal sheet must say, squashed: every choice's letter,
 * label and consequence, the narrator's choice as one view (or that the story
 * does not say), and any legal note with its disclaimer and sources.
 */
function revealLines(id: string): string[] {
  const { choices, actual, legal, sources = [] } = decisions.get(id)! as unknown as FixtureDecision;
  const narrator = choices.findIndex((c) => c.id === actual);
  return [
    ...choices.map((c, i) => squash(`${'ABCD'[i]} ${c.label}${c.consequence}`)),
    squash(
      narrator >= 0
        ? `In the story, the narrator chose ${'ABCD'[narrator]}: “${choices[narrator]!.label}”. One view, not the verdict`
        : 'The story does not say what the narrator chose',
    ),
    ...(legal ? [squash(legal), squash('Background for discussion, not legal advice')] : []),
    ...sources.map((source) => squash(`${LEGAL_SOURCES[source].title}, ${LEGAL_SOURCES[source].publisher}: ${LEGAL_SOURCES[source].url}`)),
  ];
}

/** What every cover says, for whoever signs the training off. */
const coverLines = [
  squash(`Last reviewed ${reviewedOn}`),
  squash('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)'),
  squash('not legal advice'),
];

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
 * and question. Each must open its own page, its reveal the next one.
 */
function dilemmaPages(pages: string[], questions: string[]): number[] {
  return questions.map((question, index) =>
    pages.findIndex((text) => text.startsWith(squash(`Dilemma ${index + 1} of ${questions.length}`)) && text.includes(squash(question))),
  );
}

describe('facilitator packs', () => {
  it('prints every track as a cover with the timing plan, two pages per dilemma and a closing page', async () => {
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
      // Every dilemma opens a page and its reveal the next, the next dilemma the
      // page after, and the debrief opens the last: page breaks fall between
      // them, never inside one.
      const cover = starts[0]!;
      expect(cover, id).toBeGreaterThanOrEqual(1);
      expect(cover, id).toBeLessThanOrEqual(3);
      expect(starts, id).toEqual(questions.map((_, i) => cover + 2 * i));
      expect(pages.length, id).toBe(cover + 2 * questions.length + 1);
      expect(pages.at(-1)!.startsWith(squash('Closing debrief')), id).toBe(true);
      const coverText = pages.slice(0, cover).join('');
      expect(pages[0], id).toContain(squash(`Last reviewed ${reviewedOn}`));
      for (const line of coverLines) expect(coverText, id).toContain(line);
      expect(coverText, id).toContain(squash(`“${title}” from Judgment Calls (${TEST_SITE}/tracks/${id}/), licensed under CC BY 4.0`));
      ids.forEach((d, i) => {
        expect(pages[starts[i]!], `${id}: ${d}`).toContain(forcesLine(d));
        const reveal = pages[starts[i]! + 1]!;
        expect(reveal.startsWith(squash(`Dilemma ${i + 1} of ${ids.length} · for the facilitator only`)), `${id}: ${d}`).toBe(true);
        for (const line of revealLines(d)) expect(reveal, `${id}: ${d}`).toContain(line);
      });
    }
    // The fixture's legal note with a source, and its dilemma whose story keeps the narrator's choice to itself, are both printed.
    const printed = tracks.flatMap((t) => t.decisions).map((d) => decisions.get(d) as unknown as FixtureDecision);
    expect(printed.some((d) => d.sources?.length)).toBe(true);
    expect(printed.some((d) => !d.actual)).toBe(true);
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
    const starts = dilemmaPages(pages, questions);
    const cover = starts[0]!;
    expect(cover).toBeGreaterThanOrEqual(1);
    expect(cover).toBeLessThanOrEqual(2);
    expect(pages.length).toBe(cover + 2 * questions.length + 1);
    expect(pages[0]!.startsWith(squash('Facilitator packPack test'))).toBe(true);
    expect(starts).toEqual(questions.map((_, i) => cover + 2 * i));
    session.forEach((d, i) => expect(pages[starts[i]!], d).toContain(forcesLine(d)));
    expect(pages.at(-1)!.startsWith(squash('Closing debrief'))).toBe(true);
  });

  it('prints a session’s reveal, law, licence and review date from the summaries it fetches', async () => {
    const { page } = await harness.chrome.open();
    const ids = ['double-invoice', 'gift-the-thank-you'];
    await page.goto(`${harness.site.home}sessions/pack/#t=Reveal%20test&a=Coaches&d=${ids.join(',')}`);
    await page.locator('.pack-closing').waitFor();
    const pages = await printedPages(page);
    const starts = dilemmaPages(
      pages,
      ids.map((id) => decisions.get(id)!.question),
    );
    const cover = pages.slice(0, starts[0]).join('');
    for (const line of coverLines) expect(cover).toContain(line);
    // A session is the facilitator's; the dilemmas it prints are credited to the site.
    expect(cover).toContain(squash(`Material from Judgment Calls (${TEST_SITE}/), licensed under CC BY 4.0`));
    expect(cover).toContain(squash(`In full: ${TEST_SITE}/about/#terms`));
    ids.forEach((id, i) => {
      const reveal = pages[starts[i]! + 1]!;
      expect(reveal.startsWith(squash(`Dilemma ${i + 1} of 2 · for the facilitator only`)), id).toBe(true);
      for (const line of revealLines(id)) expect(reveal, id).toContain(line);
    });
    const [withLaw, withoutActual] = ids.map((id) => decisions.get(id) as unknown as FixtureDecision);
    expect(withLaw!.sources).toEqual(['uk-employment-rights-act-1996']);
    expect(withoutActual!.actual).toBeUndefined();
    await expect(page.locator('.pack-reveal.facilitator-only').count()).resolves.toBe(2);
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
    // Each dilemma runs on one sheet and is revealed on the next.
    expect(starts).toEqual([1, 3, 5]);
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
