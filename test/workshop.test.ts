import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { publishedStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { runAstro } from './support/astro';
import { OUTPUT, ROOT } from './support/sites';
import { countHands } from './support/workshop';

const harness = useHarness();
const KEY = 'judgment-calls:decisions';
const decisions = publishedStories().flatMap((s) => s.decisions);
const tracks = readTracks();
const track = tracks.find((t) => t.id === 'honest-numbers') ?? tracks[0]!;
const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

async function answerHere(page: Page, label: string) {
  const widget = page.locator('section.decision');
  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole('radio', { name: label, exact: true }).check();
  await widget.getByRole('button', { name: /to this choice/ }).click();
  await widget.locator('.verdict').waitFor();
}

describe('tracks', () => {
  it('is tried on at least two tracks, each naming only real decisions', () => {
    expect(tracks.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(decisions.map((d) => d.id));
    for (const t of tracks)
      expect(
        t.decisions.filter((id) => !ids.has(id)),
        t.id,
      ).toEqual([]);
  });

  it('walks through one dilemma per screen, with progress, arrow keys, resume and a finish screen', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/`);
    await expect(page.locator('.tracks h2').count()).resolves.toBe(tracks.length);
    await page.getByRole('link', { name: track.title }).click();
    await page.getByRole('link', { name: 'Start the walk-through' }).click();
    await expect(page.locator('.progress strong').textContent()).resolves.toBe(`Dilemma 1 of ${track.decisions.length}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(decisions.find((d) => d.id === track.decisions[0])!.question);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/tracks\/[^/]+\/2\/$/);
    await expect(page.locator('.progress strong').textContent()).resolves.toBe(`Dilemma 2 of ${track.decisions.length}`);
    await page.reload();
    await page.goto(`${harness.site.home}tracks/${track.id}/`);
    const resume = page.getByRole('link', { name: `Resume at dilemma 2 of ${track.decisions.length}` });
    await resume.waitFor();
    await resume.click();
    await page.waitForURL(/\/2\/$/);
    const second = decisions.find((d) => d.id === track.decisions[1])!;
    await answerHere(page, second.choices[0]!.label);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/\/1\/$/);
    await page.goto(`${harness.site.home}tracks/${track.id}/finish/`);
    await expect(page.locator('.walk').textContent()).resolves.toContain(track.closing.split('\n')[0]!.slice(0, 40));
    const list = page.locator('.answer-list > li');
    await list.first().waitFor();
    await expect(list.count()).resolves.toBe(1);
    await expect(list.first().textContent()).resolves.toContain(second.choices[0]!.label);
    expect(errors).toEqual([]);
  });

  it('fails the build naming the track file and an unknown decision id', () => {
    const run = runAstro('build', { outDir: `${OUTPUT}fixture-bad-track`, env: { TRACKS_DIR: join(ROOT, 'test/fixtures/bad-track') } });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/typo\.md: decisions\[1\] "double-invoce" is not the id of any decision/);
  });
});

describe('room tally', () => {
  const bond = decisions.find((d) => d.id === 'double-invoice')!;

  it('counts, hides, reveals and resets, and never touches anyone’s answers', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/${bond.id}/`);
    await countHands(page);
    const more = (label: string) => page.getByRole('button', { name: `+1 hand for ${label}` });
    await more(bond.choices[0]!.label).click();
    await more(bond.choices[0]!.label).click();
    await more(bond.choices[1]!.label).click();
    await page.getByRole('button', { name: `−1 hand for ${bond.choices[2]!.label}` }).click();
    await expect.poll(() => page.locator('.room-tally .total').textContent()).toBe('3 hands counted');
    await expect(page.locator('.room-chart').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await expect.poll(() => page.locator('.room-chart li').first().textContent()).toContain('2 · 67%');
    await page.reload();
    await countHands(page);
    await expect(page.locator('.room-chart li').nth(1).textContent()).resolves.toContain('1 · 33%');
    await page.getByRole('button', { name: 'Hide results' }).click();
    await expect.poll(() => page.locator('.room-chart').count()).toBe(0);
    await page.getByRole('button', { name: 'Reset the count' }).click();
    await expect.poll(() => page.locator('.room-tally .total').textContent()).toBe('0 hands counted');
    expect(await stored(page)).toBeNull();
    await expect(page.locator('.verdict').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  /** Opens room mode on a page with a fake clock and starts a one-minute timer. */
  async function startOneMinute() {
    const { page } = await harness.chrome.open();
    await page.clock.install();
    await page.goto(`${harness.site.home}dilemmas/${bond.id}/`);
    await countHands(page);
    await page.getByLabel('Minutes').selectOption('1');
    await page.getByRole('button', { name: 'Start timer' }).click();
    return page;
  }

  it('runs a discussion timer', async () => {
    const page = await startOneMinute();
    // The interval starts after the next frame, so allow a little over ten seconds.
    await page.clock.runFor(10_200);
    await expect(page.locator('.room-tally .clock').textContent()).resolves.toBe('0:50');
    await page.clock.runFor(60_000);
    await expect(page.locator('.room-tally .clock').textContent()).resolves.toBe('0:00');
    await expect(page.locator('.room-tally .status').textContent()).resolves.toBe('Time is up.');
  });

  it('keeps time from the deadline when a background tab is throttled', async () => {
    const page = await startOneMinute();
    // A throttled tab: 45 s pass with no timer firing, then a single tick.
    const started = await page.evaluate(() => Date.now());
    await page.clock.setSystemTime(started + 45_000);
    await page.clock.runFor(300);
    await expect(page.locator('.room-tally .clock').textContent()).resolves.toBe('0:15');
  });
});

describe('rehearsal notes and my answers', () => {
  const markup = '<img src=x onerror=alert(1)> I would tell Dana first.';

  it('keeps a note with markup as inert text', async () => {
    const { page, errors } = await harness.chrome.open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const gift = decisions.find((d) => d.id.startsWith('gift-'))!;
    await page.goto(`${harness.site.home}dilemmas/${gift.id}/`);
    await answerHere(page, gift.choices[0]!.label);
    await page.getByLabel('What would you actually say, and to whom?').fill(markup);
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.locator('.rehearsal .saved-note-text').textContent()).resolves.toBe(markup);
    await page.goto(`${harness.site.home}my-answers/`);
    await page.locator('.answer-list .saved-note-text').waitFor();
    await expect(page.locator('.answer-list .saved-note-text').textContent()).resolves.toBe(markup);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('exports, clears and imports back exactly; a corrupt file changes nothing', async () => {
    const { page, errors } = await harness.chrome.open({ acceptDownloads: true });
    const [first, second] = decisions;
    await page.goto(`${harness.site.home}dilemmas/${first!.id}/`);
    await answerHere(page, first!.choices[1]!.label);
    await page.getByLabel('What would you actually say, and to whom?').fill('Line one.\nLine two.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.goto(`${harness.site.home}dilemmas/${second!.id}/`);
    await answerHere(page, second!.choices[0]!.label);
    const before = JSON.parse((await stored(page))!);

    await page.goto(`${harness.site.home}my-answers/`);
    await page.locator('.answer-list > li').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as a file (JSON)' }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).data).toEqual(before);

    await page.getByRole('button', { name: 'Clear all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect(page.locator('.count').textContent()).resolves.toContain('not answered any');
    expect(await stored(page)).toBeNull();

    await page.getByLabel('Import answers from a file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "judgment-calls/answers", "data": '),
    });
    await expect.poll(() => page.locator('.data .status').textContent()).toContain('nothing was imported');
    expect(await stored(page)).toBeNull();

    await page
      .getByLabel('Import answers from a file')
      .setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.locator('.data .status').textContent()).toContain('Imported 2 answers');
    expect(JSON.parse((await stored(page))!)).toEqual(before);
    await expect(page.locator('.answer-list > li').count()).resolves.toBe(2);

    const snapshot = await stored(page);
    await page
      .getByLabel('Import answers from a file')
      .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"}') });
    await expect.poll(() => page.locator('.data .status').textContent()).toContain('not a Judgment Calls export');
    expect(await stored(page)).toBe(snapshot);
    expect(errors).toEqual([]);
  });

  it('draws a lens profile that matches the answers given', async () => {
    const { page } = await harness.chrome.open();
    const picks = decisions.slice(0, 4).map((d, i) => ({ decision: d, choice: d.choices[i % d.choices.length]! }));
    for (const { decision, choice } of picks) {
      await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
      await answerHere(page, choice.label);
    }
    const expected: Record<string, number> = { Outcomes: 0, 'Rights and duties': 0, Fairness: 0, 'Common good': 0, Character: 0 };
    const names: Record<string, string> = {
      outcomes: 'Outcomes',
      duties: 'Rights and duties',
      fairness: 'Fairness',
      'common-good': 'Common good',
      character: 'Character',
    };
    for (const { choice } of picks) for (const lens of (choice as { lenses?: string[] }).lenses ?? []) expected[names[lens]!]! += 1;
    await page.goto(`${harness.site.home}my-answers/`);
    await page.locator('.answer-list > li').first().waitFor();
    // Each lens's count, as the text beside its bar says it: "2 of 4".
    const shown = await page
      .locator('.lens-bars > li')
      .evaluateAll((rows) =>
        Object.fromEntries(
          rows.map((r) => [
            r.querySelector('.lens-name')!.textContent,
            Number(r.querySelector('.lens-count')!.textContent!.split(' of ')[0]),
          ]),
        ),
      );
    expect(shown).toEqual(expected);
  });
});

describe('accessibility of the workshop pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on tracks, a walk-through step with room mode, the finish screen and my answers (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await page.goto(`${harness.site.home}tracks/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}tracks/${track.id}/`);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}tracks/${track.id}/1/`);
      const first = decisions.find((d) => d.id === track.decisions[0])!;
      await answerHere(page, first.choices[0]!.label);
      await countHands(page);
      await page.getByRole('button', { name: 'Reveal results' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}tracks/${track.id}/finish/`);
      await page.locator('.answer-list > li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}my-answers/`);
      await page.locator('.answer-list > li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
