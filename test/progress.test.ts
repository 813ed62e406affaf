import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { axeViolations } from './support/axe';
import { publishedStories, type StoryFile } from './support/content';
import { readingMinutes, storyMinutes, type DecisionText } from '../src/stories/reading-time';

/*
 * What a reader sees of their own progress, on the fixture library: answered
 * marks on every list of stories and dilemmas, "continue where you left off"
 * on the home page, the dilemmas listed once and filtered, the Stories list
 * filtered by who tells a story; and the first impression: a clear start, no
 * keyboard hints on a touch screen, a toggle that says what it will do, and
 * pages that use a laptop's width by one rule.
 */
const harness = useHarness();
const KEY = 'judgment-calls:decisions';
const stories = publishedStories().sort((a, b) => b.published.localeCompare(a.published));
const decisions = stories.flatMap((story) => story.decisions.map((decision) => ({ story, decision })));
// The newest story is on every list, the home page's cards included: the reader finishes it.
const done = stories[0]!;
// Another story with four decisions: the reader answers the first and the third.
const begun = stories.find((s) => s !== done && s.decisions.length >= 4)!;
const role = (story: StoryFile) => (story.raw.narrator as { role: string }).role;
const minutes = (story: StoryFile) =>
  storyMinutes({ body: story.body, data: { decisions: story.raw.decisions as unknown as DecisionText[] } });

type Answered = Record<string, { choice: string; at: number }>;
const answered = (story: StoryFile, indexes: number[], at: number): Answered =>
  Object.fromEntries(indexes.map((i) => [story.decisions[i]!.id, { choice: story.decisions[i]!.choices[0]!.id, at: at + i }]));
const READER: Answered = {
  ...answered(done, [0, 1, 2], Date.UTC(2026, 10, 1)),
  ...answered(begun, [0, 2], Date.UTC(2026, 10, 2)),
};

/** A reader's answers in their browser, as the decision store keeps them. */
async function seed(page: Page, answers: Answered) {
  await page.goto(harness.site.home);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [KEY, JSON.stringify({ version: 2, answers, tally: {}, history: [], notes: {} })],
  );
}

/** The mark beside each link to a story or dilemma page, by the link's path. */
async function marks(page: Page, scope = 'main'): Promise<Record<string, string>> {
  await page.locator('[data-answered]').first().waitFor({ state: 'attached' });
  // The marks follow the store once the page's script runs.
  await page.waitForFunction(() => document.querySelector('[data-answered]:not(:empty)') !== null);
  return page.evaluate((scope) => {
    const found: Record<string, string> = {};
    for (const mark of document.querySelectorAll<HTMLElement>(`${scope} [data-answered]`)) {
      const item = mark.closest('li, article');
      const link = item?.querySelector<HTMLAnchorElement>('a[href*="/stories/"], a[href*="/dilemmas/"]');
      if (link && mark.textContent) found[new URL(link.href).pathname] = mark.textContent;
    }
    return found;
  }, scope);
}

const storyPath = (story: StoryFile) => `/stories/${story.id}/`;
const dilemmaPath = (id: string) => `/dilemmas/${id}/`;
const nOfM = (story: StoryFile) => `2 of ${story.decisions.length} answered`;

describe('answered marks on every list', () => {
  it('are not in the HTML: the server cannot know, and a new reader sees none', async () => {
    const { page } = await harness.chrome.open();
    for (const path of ['', 'archive/', 'dilemmas/', `themes/${done.themes[0]}/`]) {
      const html = await (await page.request.get(`${harness.site.home}${path}`)).text();
      expect(html, path).toContain('data-answered="');
      expect(html, path).not.toMatch(/data-answered="[^"]*"[^>]*>[^<]/);
      await page.goto(`${harness.site.home}${path}`);
      await expect(page.locator('[data-answered]:not(:empty)').count(), path).resolves.toBe(0);
    }
  });

  it('mark a finished story "Answered" and a begun one "2 of 4 answered" on the home page, the archive, a year and a theme', async () => {
    const { page, errors } = await harness.chrome.open();
    await seed(page, READER);
    const expected = { [storyPath(done)]: 'Answered', [storyPath(begun)]: nOfM(begun) };

    await page.goto(harness.site.home);
    // The cards (Latest stories) and the full list both carry them.
    await expect(marks(page, 'main .grid')).resolves.toMatchObject({ [storyPath(done)]: 'Answered' });
    await expect(marks(page, 'main .story-list')).resolves.toEqual(expected);

    await page.goto(`${harness.site.home}archive/`);
    await expect(marks(page)).resolves.toEqual(expected);

    await page.goto(`${harness.site.home}archive/${done.published.slice(0, 4)}/`);
    await expect(marks(page)).resolves.toMatchObject({ [storyPath(done)]: 'Answered' });

    const theme = done.themes.find((t) => begun.themes.includes(t)) ?? done.themes[0]!;
    await page.goto(`${harness.site.home}themes/${theme}/`);
    const onTheme = await marks(page);
    expect(onTheme[storyPath(done)]).toBe('Answered');
    expect(Object.keys(onTheme).length).toBe(begun.themes.includes(theme) ? 2 : 1);
    expect(errors).toEqual([]);
  });

  it('mark each answered dilemma on /dilemmas/, and the stories in Read next', async () => {
    const { page } = await harness.chrome.open();
    await seed(page, READER);
    await page.goto(`${harness.site.home}dilemmas/`);
    await expect(marks(page)).resolves.toEqual(Object.fromEntries(Object.keys(READER).map((id) => [dilemmaPath(id), 'Answered'])));

    // A story whose Read next suggests the finished one.
    for (const other of stories.filter((s) => s !== done)) {
      await page.goto(`${harness.site.home}stories/${other.id}/`);
      if ((await page.locator(`.story-nav a[href$="${storyPath(done)}"]`).count()) === 0) continue;
      await expect(marks(page, '.story-nav')).resolves.toMatchObject({ [storyPath(done)]: 'Answered' });
      return;
    }
    throw new Error('no story suggests the finished one in Read next');
  });

  it('follow an answer given on the page without a reload', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}archive/`);
    const mark = page.locator(`li:has(a[href$="${storyPath(done)}"]) [data-answered]`);
    await expect(mark.textContent()).resolves.toBe('');
    // Another tab answers: the storage event reaches this page's store.
    const other = await page.context().newPage();
    await other.goto(`${harness.site.home}stories/${done.id}/`);
    await other.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [KEY, JSON.stringify({ version: 2, answers: answered(done, [0], Date.now()), tally: {}, history: [], notes: {} })],
    );
    await page.waitForFunction(
      (path) => document.querySelector(`li:has(a[href$="${path}"]) [data-answered]`)?.textContent !== '',
      storyPath(done),
    );
    await expect(mark.textContent()).resolves.toBe(`1 of ${done.decisions.length} answered`);
  });
});

describe('continue where you left off', () => {
  it('shows nothing to a new reader', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(harness.site.home);
    await page.locator('[data-island="continue"][data-awake]').waitFor({ state: 'attached' });
    await expect(page.locator('.continue').count()).resolves.toBe(0);
  });

  it('links to the next open decision of the story answered in most recently', async () => {
    const { page, errors } = await harness.chrome.open();
    await seed(page, READER);
    await page.goto(harness.site.home);
    const link = page.locator('.continue a');
    await link.waitFor();
    await expect(link.textContent()).resolves.toBe(begun.title);
    await expect(link.getAttribute('href')).resolves.toBe(`${storyPath(begun)}#${begun.decisions[1]!.id}`);
    await expect(page.locator('.continue').innerText()).resolves.toContain(`Decision 2 of ${begun.decisions.length}`);
    await link.click();
    await page.waitForURL(`**${storyPath(begun)}#${begun.decisions[1]!.id}`);
    await expect(page.locator(`h2#${begun.decisions[1]!.id}`).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('passes over a story once every decision is answered', async () => {
    const { page } = await harness.chrome.open();
    await seed(page, { ...READER, ...answered(begun, [1, 3], Date.UTC(2026, 10, 3)) });
    await page.goto(harness.site.home);
    await page.locator('[data-island="continue"][data-awake]').waitFor({ state: 'attached' });
    await expect(page.locator('.continue').count()).resolves.toBe(0);
  });
});

describe('the dilemmas index', () => {
  it('lists each dilemma once and narrows the list by theme, kept in the address', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}dilemmas/`);
    const links = await page.locator('.dilemmas a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBe(decisions.length);
    expect(new Set(links).size).toBe(decisions.length);
    const visible = () => page.locator('.dilemmas li:visible').count();
    await expect(visible()).resolves.toBe(decisions.length);

    const theme = done.themes[0]!;
    const onTheme = decisions.filter(({ story }) => story.themes.includes(theme)).length;
    expect(onTheme).toBeLessThan(decisions.length);
    await page.getByLabel('Theme').selectOption(theme);
    await expect(visible()).resolves.toBe(onTheme);
    await expect(page.locator('[data-shown]').textContent()).resolves.toBe(`${onTheme} of ${decisions.length} dilemmas shown`);
    expect(new URL(page.url()).searchParams.get('theme')).toBe(theme);

    await page.reload();
    await expect(visible()).resolves.toBe(onTheme);
    await page.getByLabel('Theme').selectOption('');
    await expect(visible()).resolves.toBe(decisions.length);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  it('opens filtered from a theme page, which counts its dilemmas', async () => {
    const theme = begun.themes[0]!;
    const onTheme = decisions.filter(({ story }) => story.themes.includes(theme)).length;
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}themes/${theme}/`);
    await page.getByRole('link', { name: `Their ${onTheme} dilemmas` }).click();
    await page.waitForURL(`**/dilemmas/?theme=${theme}`);
    await expect(page.getByLabel('Theme').inputValue()).resolves.toBe(theme);
    await expect(page.locator('.dilemmas li:visible').count()).resolves.toBe(onTheme);
  });

  it('shows the whole list once without JavaScript, and no filter', async () => {
    const { page } = await harness.chrome.open({ javaScriptEnabled: false });
    await page.goto(`${harness.site.home}dilemmas/?theme=${done.themes[0]}`);
    await expect(page.locator('.dilemmas li:visible').count()).resolves.toBe(decisions.length);
    await expect(page.getByLabel('Theme').isVisible()).resolves.toBe(false);
  });
});

describe('the Stories list', () => {
  it('says what each story is about, its industry, narrator and reading time with the decisions', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}archive/`);
    for (const story of stories) {
      const row = page.locator(`.story-list li:has(a[href$="${storyPath(story)}"])`);
      await expect(row.locator('.description').textContent(), story.id).resolves.toBe(story.raw.description);
      await expect(row.locator('.meta').innerText(), story.id).resolves.toContain(`${minutes(story)} min read`);
    }
  });

  it('opens filtered by narrator from the home page’s "from your seat", hiding years left empty', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(harness.site.home);
    const seat = page.locator('.start-here .chip').first();
    const href = (await seat.getAttribute('href'))!;
    const narrator = new URL(href, harness.site.home).searchParams.get('narrator')!;
    const told = stories.filter((s) => role(s) === narrator);
    expect(told.length).toBeGreaterThan(0);
    await seat.click();
    await page.waitForURL(`**/archive/?narrator=${narrator}`);
    await expect(page.getByLabel('Told by').inputValue()).resolves.toBe(narrator);
    const shown = await page
      .locator('.story-list li:visible a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(shown.sort()).toEqual(told.map(storyPath).sort());
    const years = new Set(told.map((s) => s.published.slice(0, 4)));
    await expect(page.locator('main h2:visible').allTextContents()).resolves.toEqual([...years].sort().reverse());

    // Reading time narrows too, by the same matching.
    await page.getByLabel('Told by').selectOption('');
    const shortest = Math.min(...stories.map(minutes));
    await page.getByLabel('Reading time').selectOption(String(shortest));
    await expect(page.locator('.story-list li:visible').count()).resolves.toBe(stories.filter((s) => minutes(s) <= shortest).length);
    expect(errors).toEqual([]);
  });
});

describe('first impression', () => {
  it('starts a new reader on the shortest story, timed with its decisions', async () => {
    const shortest = stories.reduce((best, s) => (minutes(s) < minutes(best) ? s : best));
    const { page } = await harness.chrome.open();
    await page.goto(harness.site.home);
    const start = page.locator('.hero a.button');
    await expect(start.textContent()).resolves.toContain(`Start with a ${minutes(shortest)}-minute story`);
    await expect(start.getAttribute('href')).resolves.toBe(storyPath(shortest));
  });

  it('times a story with its decisions: more than the prose alone', async () => {
    const story = stories.find((s) => minutes(s) > readingMinutes(s.body))!;
    expect(story, 'a fixture story whose decisions add a minute').toBeDefined();
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    await expect(page.locator('.story-header .meta').innerText()).resolves.toContain(`${minutes(story)} min read`);
  });

  it('shows no keyboard hints on a touch screen, and keeps them for a keyboard', async () => {
    const hints = async (page: Page) =>
      page.evaluate(() => [...document.querySelectorAll('.keyboard-hint')].filter((el) => el.getClientRects().length > 0).length);
    const touch = await harness.chrome.open({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true });
    const laptop = await harness.chrome.open({ viewport: { width: 1280, height: 800 } });
    for (const path of ['', 'search/']) {
      await touch.page.goto(`${harness.site.home}${path}`);
      await laptop.page.goto(`${harness.site.home}${path}`);
      await expect(touch.page.locator('.search-trigger kbd').isVisible()).resolves.toBe(false);
      await expect(hints(touch.page), path).resolves.toBe(0);
      await expect(laptop.page.locator('.search-trigger kbd').isVisible()).resolves.toBe(true);
      await expect(hints(laptop.page), path).resolves.toBeGreaterThan(0);
    }
  });

  it('names the colour toggle by what it will do', async () => {
    const { page } = await harness.chrome.open({ colorScheme: 'light' });
    await page.goto(harness.site.home);
    const toggle = page.locator('[data-scheme-toggle]');
    await expect(page.getByRole('button', { name: 'Dark mode' }).count()).resolves.toBe(1);
    await toggle.click();
    await expect(page.locator('html').getAttribute('data-scheme')).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: 'Light mode' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Dark mode' }).count()).resolves.toBe(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Light mode' }).isVisible()).resolves.toBe(true);
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Dark mode' }).isVisible()).resolves.toBe(true);
  });

  it('uses a laptop’s width by one rule: text pages centred like a story, lists and cards across the column', async () => {
    const { page } = await harness.chrome.open({ viewport: { width: 1280, height: 800 } });
    const centre = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => {
          const box = el.getBoundingClientRect();
          return Math.round(box.left + box.width / 2 - document.documentElement.clientWidth / 2);
        });
    const track = 'tracks/honest-numbers/';
    for (const [path, text] of [
      [`stories/${done.id}/`, '.prose'],
      ['my-answers/', 'main h1'],
      ['about/', 'main h1'],
      [track, 'main h1'],
      [`${track}1/`, 'section.decision'],
    ] as const) {
      await page.goto(`${harness.site.home}${path}`);
      // The text column's left edge sits as far from the page's middle as a story's does.
      const offset = await page.locator(text).evaluate((el) => el.getBoundingClientRect().left - document.documentElement.clientWidth / 2);
      expect(Math.round(offset), path).toBe(-304);
      if (path.startsWith('stories')) await expect(centre('.prose'), path).resolves.toBe(0);
    }
    for (const [path, wide] of [
      ['', '.welcome'],
      ['archive/', '.story-list'],
      ['themes/', '.themes'],
      ['tracks/', '.tracks'],
      ['dilemmas/', '.dilemmas'],
    ] as const) {
      await page.goto(`${harness.site.home}${path}`);
      await expect(centre(wide), path).resolves.toBe(0);
      const width = await page
        .locator(wide)
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(width, path).toBeGreaterThan(1000);
    }
  });
});

describe('accessibility of the lists with answers', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on the home page, the archive, a year, a theme and /dilemmas/ (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme, reducedMotion: 'reduce' });
      await seed(page, READER);
      for (const path of [
        '',
        'archive/?narrator=' + role(done),
        `archive/${done.published.slice(0, 4)}/`,
        `themes/${done.themes[0]}/`,
        'dilemmas/',
      ]) {
        await page.goto(`${harness.site.home}${path}`);
        await page.waitForFunction(() => document.querySelector('[data-answered]:not(:empty)') !== null);
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }
});
