import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useHarness } from './support/setup';
import { readStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { runAstro } from './support/astro';
import { OUTPUT, ROOT } from './support/sites';
import { storyMinutes, type DecisionText } from '../src/stories/reading-time';

const harness = useHarness();
const tracks = readTracks();
// The fixture track with pre-work and follow-up, and one with neither.
const track = tracks.find((t) => t.prework && t.followUp)!;
const plain = tracks.find((t) => !t.prework && !t.followUp)!;
const story = readStories().find((s) => s.id === track.prework?.story)!;
const firstParagraph = (text: string) => text.split(/\n\s*\n/)[0]!.trim();

describe('a track’s pre-work and follow-up', () => {
  it('has a track with both and a track with neither to test on', () => {
    expect([track?.id, plain?.id, story?.id].every(Boolean)).toBe(true);
  });

  it('shows the pre-work story’s title, description, reading time and link, and why to read it', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/${track.id}/before/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('One story to read first');
    const card = page.locator('.card');
    await expect(card.getByRole('link', { name: story.title }).getAttribute('href')).resolves.toBe(`/stories/${story.id}/`);
    await expect(card.locator('.description').textContent()).resolves.toBe(story.raw.description);
    const minutes = storyMinutes({ body: story.body, data: { decisions: story.raw.decisions as unknown as DecisionText[] } });
    expect((await card.locator('.meta').innerText()).replace(/\u00a0/g, ' ')).toContain(`${minutes} min read`);
    await expect(page.locator('main').textContent()).resolves.toContain(track.prework!.why);
    expect(errors).toEqual([]);
  });

  it('shows the habit to try and the question for two weeks later', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/${track.id}/after/`);
    const text = await page.locator('main').textContent();
    expect(text).toContain(track.followUp!.habit);
    expect(text).toContain(track.followUp!.check);
    expect(errors).toEqual([]);
  });

  it('links both from the track page, each with a link to copy carrying the address the page was served from', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/${track.id}/`);
    const section = page.locator('.before-after');
    await expect(section.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).resolves.toEqual([
      `/tracks/${track.id}/before/`,
      `/tracks/${track.id}/after/`,
    ]);
    await expect
      .poll(() => section.locator('[data-copy]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-copy'))))
      .toEqual([`${harness.site.home}tracks/${track.id}/before/`, `${harness.site.home}tracks/${track.id}/after/`]);
    await expect(section.locator('li').first().textContent()).resolves.toContain(story.title);
  });

  it('builds neither page, nor lists them, for a track without them', async () => {
    const { page } = await harness.chrome.open();
    for (const part of ['before', 'after']) {
      const response = await page.goto(`${harness.site.home}tracks/${plain.id}/${part}/`);
      expect(response?.status(), part).toBe(404);
    }
    await page.goto(`${harness.site.home}tracks/${plain.id}/`);
    await expect(page.locator('.before-after').count()).resolves.toBe(0);
  });

  it('work under a sub-path', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.sub.home}tracks/${track.id}/`);
    await page.locator('.before-after').getByRole('link', { name: 'Before the session' }).click();
    await page.waitForURL(/\/before\/$/);
    await expect(page.locator('.card a').first().getAttribute('href')).resolves.toBe(
      `${new URL(harness.sub.home).pathname}stories/${story.id}/`,
    );
  });
});

describe('a track’s closing and its background', () => {
  it('shows the closing, and the background folded beneath it, for the facilitator only', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/${track.id}/`);
    const closing = page.locator('section.closing');
    await expect(closing.getAttribute('class')).resolves.toMatch(/\bfacilitator-only\b/);
    await expect(closing.locator('> p').first().textContent()).resolves.toBe(firstParagraph(track.closing));
    const background = closing.locator('details');
    await expect(background.locator('summary').textContent()).resolves.toBe('Background for the debrief');
    await expect(background.getAttribute('open')).resolves.toBeNull();
    const paragraph = background.locator('p').first();
    await expect(paragraph.isVisible()).resolves.toBe(false);
    await background.locator('summary').click();
    await expect(paragraph.textContent()).resolves.toBe(firstParagraph(track.background));
    await expect(paragraph.isVisible()).resolves.toBe(true);
  });
});

describe('track build errors', () => {
  const sync = (name: string) => runAstro('sync', { outDir: `${OUTPUT}fixture-${name}`, tracksDir: join(ROOT, 'test/fixtures', name) });

  it('refuses a dilemma given under 10 minutes, saying why', () => {
    const run = sync('short-dilemma-track');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('nine-minutes.md');
    expect(run.output).toMatch(
      /plan\.dilemma.*give each dilemma at least 10 minutes: a room reads, commits, argues, hears the reveal and votes again/s,
    );
  });

  it('refuses a closing over 250 words, giving its count', () => {
    const run = sync('long-closing-track');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('long-closing.md');
    expect(run.output).toMatch(/closing.*the closing is 260 words; keep it to 250/s);
  });

  it('refuses pre-work that is one of the track’s own stories, or no story at all, naming each track and the field', () => {
    const run = runAstro('build', { outDir: `${OUTPUT}fixture-bad-prework`, tracksDir: join(ROOT, 'test/fixtures/bad-prework') });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /own-story\.md: prework\.story "the-double-invoice" is where decisions\[1\] "double-invoice" comes from; reading it first gives the reveal away/,
    );
    expect(run.output).toMatch(/unknown-story\.md: prework\.story "the-missing-story" is not the id of any published story/);
  });
});

describe('accessibility of the pre-work and follow-up pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations before, after, and on the track page with its background open (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      for (const part of ['before', 'after']) {
        await page.goto(`${harness.site.home}tracks/${track.id}/${part}/`);
        expect(await axeViolations(page), part).toEqual([]);
      }
      await page.goto(`${harness.site.home}tracks/${track.id}/`);
      await page.locator('section.closing summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
