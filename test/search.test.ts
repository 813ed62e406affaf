import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { axeViolations } from './support/axe';
import { readStories } from './support/content';

const harness = useHarness();

/** The fixture story found only through its tags (test/fixtures/library/README.md). */
const tagged = readStories().find((story) => story.id === 'the-held-signature')!;
const tags = tagged.raw.tags as string[];
/** Everything the story says besides its tags. */
const told = `${JSON.stringify({ ...tagged.raw, tags: [] })} ${tagged.body}`.toLowerCase();

const results = (page: Page) => page.locator('pagefind-results .pf-result');
const resultLinks = (page: Page) =>
  page
    .locator('pagefind-results a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );

async function searchPage(page: Page, home: string, query: string) {
  await page.goto(`${home}search/${query}`);
  // Cards appear as placeholders first; a link means real results arrived.
  await page.locator('pagefind-results .pf-result a').first().waitFor();
}

/** Each result as shown once every card has loaded: its label, title, address and sub-result titles. */
async function shownResults(page: Page) {
  // Cards load as they scroll into view: bring each placeholder there until none is left.
  await expect
    .poll(async () => {
      const waiting = page.locator('pagefind-results .pf-result[aria-hidden="true"]');
      const left = await waiting.count();
      if (left > 0) await waiting.first().evaluate((card) => card.scrollIntoView());
      return left;
    })
    .toBe(0);
  return results(page).evaluateAll((cards) =>
    cards.map((card) => ({
      type: card.querySelector('.result-type')?.textContent?.trim() ?? '',
      title: card.querySelector('.pf-result-title')?.textContent?.trim() ?? '',
      path: new URL(card.querySelector<HTMLAnchorElement>('.pf-result-link')!.href).pathname,
      sections: [...card.querySelectorAll('.pf-heading-link')].map((a) => a.textContent!.trim()),
    })),
  );
}

/** Opens a filter group of the pane unless it is open already. */
async function openFilters(page: Page, name: RegExp) {
  const group = page.locator('pagefind-filter-pane details', { has: page.locator('summary', { hasText: name }) });
  if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator('summary').click();
}

describe('search', () => {
  it('finds the double-invoice story for "commission", with a link into its dilemma', async () => {
    const { page, errors } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=commission');
    await expect.poll(() => resultLinks(page)).toContain('/stories/the-double-invoice/#double-invoice');
    const links = await resultLinks(page);
    expect(links).toContain('/stories/the-double-invoice/');
    expect(links).toContain('/dilemmas/double-invoice/');
    await page.locator('pagefind-results a[href="/stories/the-double-invoice/#double-invoice"]').click();
    await page.waitForURL(/#double-invoice$/);
    const question = page.locator('h2#double-invoice');
    // Smooth scrolling may still be under way when the page reports loaded.
    await expect.poll(() => question.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    await expect.poll(() => question.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    expect(errors).toEqual([]);
  });

  it('shows twenty results at a time, and more on request, moving focus to the first new one', async () => {
    const { page, errors } = await harness.chrome.open();
    // A word nearly every story and dilemma uses.
    await searchPage(page, harness.site.home, '?q=client');
    await expect.poll(() => results(page).count()).toBe(20);
    const more = page.getByRole('button', { name: /Show more results/ });
    await expect(more.isVisible()).resolves.toBe(true);
    await more.click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(20);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('pagefind-results .pf-result')].findIndex((r) => r.contains(document.activeElement)),
        ),
      )
      .toBe(20);
    // A name from one story: a handful of results, and no button.
    await searchPage(page, harness.site.home, '?q=quennell');
    await expect.poll(() => results(page).count()).toBeLessThan(20);
    await expect(page.locator('[data-more]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('shows each result with its themes and a highlighted excerpt', async () => {
    const { page } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=commission');
    const first = results(page).first();
    await expect(first.locator('.result-themes').textContent()).resolves.toContain('Commissions and incentives');
    await expect(first.locator('.pf-result-title').textContent()).resolves.toBeTruthy();
    await expect(first.locator('.pf-result-excerpt mark').first().textContent()).resolves.toMatch(/commission/i);
  });

  it('narrows results with a theme filter, from the address and from the filter pane', async () => {
    const { page } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=commission');
    const all = await results(page).count();
    await searchPage(page, harness.site.home, `?q=commission&theme=${encodeURIComponent('Forecasts and reporting')}`);
    await expect.poll(() => results(page).count()).toBeLessThan(all);
    const narrowed = await resultLinks(page);
    expect(narrowed).toContain('/stories/the-held-signature/');
    expect(narrowed).not.toContain('/stories/the-double-invoice/');

    await searchPage(page, harness.site.home, '?q=commission');
    await page.locator('pagefind-filter-pane summary', { hasText: 'Theme' }).click();
    await page.getByRole('checkbox', { name: /^Forecasts and reporting/ }).check();
    await expect.poll(() => results(page).count()).toBeLessThan(all);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('theme')).toEqual(['Forecasts and reporting']);
  });

  it("lists a tag's stories from the tag link at a story's foot, with no words typed", async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${tagged.id}/`);
    await page.locator('.tags a', { hasText: 'sandbagging' }).click();
    await page.waitForURL(/\/search\/\?tag=sandbagging$/);
    await page.locator('pagefind-results .pf-result a').first().waitFor();
    expect((await shownResults(page)).map((r) => r.path)).toEqual([`/stories/${tagged.id}/`]);
    await expect(page.locator('pagefind-summary').textContent()).resolves.toContain('1 result');
    await expect(page.locator('[data-no-results]').isVisible()).resolves.toBe(false);
    // Unticking the tag with the box still empty goes back to the empty page.
    await openFilters(page, /^tag/i);
    await page.getByRole('checkbox', { name: /^sandbagging/ }).uncheck();
    await expect.poll(() => results(page).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('lists the pages a filter allows when it is ticked before any word is typed', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}search/`);
    // The filters appear once the index loads, when the reader reaches the box.
    await page.locator('pagefind-input input').focus();
    await page.locator('pagefind-filter-pane summary', { hasText: 'Theme' }).click();
    await page.getByRole('checkbox', { name: /^Forecasts and reporting/ }).check();
    await page.locator('pagefind-results .pf-result a').first().waitFor();
    const paths = (await shownResults(page)).map((r) => r.path);
    expect(paths).toContain('/stories/the-rosy-forecast/');
    expect(paths).not.toContain('/stories/the-double-invoice/');
  });

  it('finds a story by its tags, words its prose never uses, hyphenated or not', async () => {
    expect(tags).toEqual(expect.arrayContaining(['sandbagging', 'revenue-recognition']));
    expect(told).not.toContain('sandbagging');
    expect(told).not.toContain('recognition');
    const { page } = await harness.chrome.open();
    for (const words of ['sandbagging', 'revenue recognition', 'revenue-recognition']) {
      await searchPage(page, harness.site.home, `?q=${encodeURIComponent(words)}`);
      expect(
        (await shownResults(page)).map((r) => r.path),
        words,
      ).toContain(`/stories/${tagged.id}/`);
    }
  });

  it('labels each result Story, Dilemma or Concept, on the page and in the dialog', async () => {
    const { page } = await harness.chrome.open();
    const kind = (path: string) => ({ stories: 'Story', dilemmas: 'Dilemma', concepts: 'Concept' })[path.split('/')[1]!];
    await searchPage(page, harness.site.home, '?q=forecast');
    const shown = await shownResults(page);
    expect(new Set(shown.map((r) => r.type))).toEqual(new Set(['Story', 'Dilemma']));
    for (const result of shown) expect(result.type, result.path).toBe(kind(result.path));
    await searchPage(page, harness.site.home, '?q=reciprocity');
    expect((await shownResults(page))[0]).toMatchObject({ type: 'Concept', path: '/concepts/reciprocity/' });

    await page.goto(`${harness.site.home}about/`);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('forecast');
    const first = page.locator('pagefind-modal .pf-result').first();
    await expect.poll(() => first.locator('.pf-result-link').getAttribute('href'), { timeout: 10_000 }).toBe('/stories/the-rosy-forecast/');
    await expect(first.locator('.result-type').textContent()).resolves.toBe('Story');
  });

  it('shows each page once, with no repeated title and no share or discussion-guide sections', async () => {
    const { page } = await harness.chrome.open();
    // Words of dilemma pages: in questions, a setup, a discussion question and a legal note.
    for (const words of ['forecast', 'invoice', 'relies', 'overpayment']) {
      await searchPage(page, harness.site.home, `?q=${words}`);
      const shown = await shownResults(page);
      expect(
        shown.some((r) => r.type === 'Dilemma'),
        words,
      ).toBe(true);
      const titles = shown.map((r) => r.title);
      expect(new Set(titles).size, `${words}: ${titles.join(' | ')}`).toBe(titles.length);
      for (const result of shown) {
        expect(result.sections, `${words}: ${result.path}`).not.toContain(result.title);
        expect(new Set(result.sections).size, `${words}: ${result.path}`).toBe(result.sections.length);
        for (const section of result.sections) {
          expect(section, `${words}: ${result.path}`).not.toMatch(/share|present|discussion|legal|lenses|facilitator/i);
        }
        // A dilemma page is one section: its question is the result's title.
        if (result.type === 'Dilemma') expect(result.sections, `${words}: ${result.path}`).toEqual([]);
      }
    }
    // In the story's title, and in its dilemmas' addresses on their share panels: the story alone.
    await searchPage(page, harness.site.home, '?q=rosy');
    expect((await shownResults(page)).map((r) => r.path)).toEqual(['/stories/the-rosy-forecast/']);
  });

  it('ranks a story above its own dilemma pages for the words of its title', async () => {
    const { page } = await harness.chrome.open();
    // Each word is also in a question of one of the story's dilemmas, whose
    // page is much shorter and has that question for its title.
    for (const [words, id] of [
      ['double', 'the-double-invoice'],
      ['invoice', 'the-double-invoice'],
      ['forecast', 'the-rosy-forecast'],
    ] as const) {
      const own = readStories()
        .find((story) => story.id === id)!
        .decisions.map((decision) => `/dilemmas/${decision.id}/`);
      await searchPage(page, harness.site.home, `?q=${words}`);
      const shown = await shownResults(page);
      expect(
        shown.some((r) => own.includes(r.path)),
        words,
      ).toBe(true);
      expect(shown[0]!.path, words).toBe(`/stories/${id}/`);
    }
  });

  it('says something helpful when nothing matches', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}search/?q=xylophone`);
    const message = page.locator('[data-no-results]');
    await message.waitFor({ state: 'visible' });
    await expect(message.textContent()).resolves.toContain('browse by theme');
  });

  it('prefills from ?q= and keeps the address in step with the search', async () => {
    const { page } = await harness.chrome.open();
    await searchPage(page, harness.site.home, '?q=gift');
    const input = page.locator('pagefind-input input');
    await expect(input.inputValue()).resolves.toBe('gift');
    await input.fill('forecast');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('forecast');
    await expect.poll(resultLinks.bind(null, page)).toContain('/stories/the-rosy-forecast/');
  });

  it('loads no search code on a page until search is opened', async () => {
    const { page } = await harness.chrome.open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${harness.site.home}stories/the-reference-check/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    expect(requested.some((path) => path.endsWith('/pagefind/pagefind-component-ui.js'))).toBe(true);
  });

  it('works from the keyboard: / opens, typing searches, arrows pick, Enter goes, Esc closes', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}about/`);
    await page.keyboard.press('/');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('referral fee');
    // Results follow the typing, so wait for those of the whole query, not of "refer".
    await expect
      .poll(() => page.locator('pagefind-modal .pf-result a').first().getAttribute('href'), { timeout: 10_000 })
      .toMatch(/\/(stories\/the-introducers-fee|dilemmas\/introducer-the-fee)\//);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/(stories\/the-introducers-fee|dilemmas\/introducer-the-fee)\//);
    expect(errors).toEqual([]);
  });

  it('works under a sub-path', async () => {
    const { page, errors } = await harness.chrome.open();
    await searchPage(page, harness.sub.home, '?q=commission');
    const links = await resultLinks(page);
    expect(links).toContain('/judgment-calls/stories/the-double-invoice/#double-invoice');
    await page.goto(`${harness.sub.home}stories/${tagged.id}/`);
    await page.locator('.tags a', { hasText: 'sandbagging' }).click();
    await page.locator('pagefind-results .pf-result a').first().waitFor();
    expect(await resultLinks(page)).toEqual([`/judgment-calls/stories/${tagged.id}/`]);
    await page.goto(`${harness.sub.home}about/`);
    await page.locator('.site-header [data-search-trigger]').click();
    await page.locator('pagefind-modal dialog[open]').waitFor();
    await page.keyboard.type('gift');
    await page.locator('pagefind-modal .pf-result a').first().waitFor();
    const modalLinks = await page
      .locator('pagefind-modal .pf-result a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(modalLinks.every((p) => p.startsWith('/judgment-calls/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations with results showing (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await searchPage(page, harness.site.home, '?q=commission');
      expect(await axeViolations(page)).toEqual([]);
      await searchPage(page, harness.site.home, '?tag=sandbagging');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}archive/`);
      await page.keyboard.press('Control+k');
      await page.locator('pagefind-modal dialog[open]').waitFor();
      await page.keyboard.type('gift');
      await page.locator('pagefind-modal .pf-result').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
