import { describe, expect, it } from 'vitest';
import { useHarness } from './support/setup';
import { TEST_SITE } from './support/sites';
import { publishedStories } from './support/content';
import { axeViolations } from './support/axe';

const stories = publishedStories();
const harness = useHarness();

const storyLinks = (hrefs: string[]) =>
  [...new Set(hrefs.map((h) => /\/stories\/([^/]+)\/$/.exec(new URL(h).pathname)?.[1]).filter(Boolean))].sort();

describe('the site', () => {
  it('is tried on a library of at least 6 stories on at least 5 themes', () => {
    // The 404 page suggests 5 stories; each story page relates 3 others.
    expect(stories.length).toBeGreaterThanOrEqual(6);
    expect(new Set(stories.flatMap((s) => s.themes)).size).toBeGreaterThanOrEqual(5);
  });

  it('lists every published story on the home page', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(harness.site.home);
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(storyLinks(hrefs)).toEqual(stories.map((s) => s.id).sort());
    await expect(page.locator('h1').textContent()).resolves.toContain('The hard part of selling');
    expect(errors).toEqual([]);
  });

  it('renders a story with its title, date, reading time, themes and neighbours', async () => {
    const story = stories.find((s) => s.id === 'the-double-invoice')!;
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(story.title);
    await expect(page.locator('.story-header time').first().getAttribute('datetime')).resolves.toBe(story.published);
    await expect(page.locator('.story-header .meta').textContent()).resolves.toMatch(/\d+ min read/);
    const chips = await page.locator('.story-header .chip').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(chips).toEqual(story.themes.map((t) => `/themes/${t}/`));
    await expect(page.locator('.prose p').count()).resolves.toBeGreaterThan(8);
    await expect(page.locator('section.decision').count()).resolves.toBe(story.decisions.length);
    await expect(page.locator('#related-heading + ul > li').count()).resolves.toBe(3);
    await expect(page.locator('nav[aria-label="Previous and next story"] a').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toBe(`${TEST_SITE}/stories/${story.id}/`);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(story.title);
    expect(errors).toEqual([]);
  });

  it('gives each theme a page listing exactly its stories', async () => {
    const { page } = await harness.chrome.open();
    const themes = [...new Set(stories.flatMap((s) => s.themes))];
    await page.goto(`${harness.site.home}themes/`);
    const listed = await page.$$eval('main .themes a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed.sort()).toEqual(themes.map((t) => `/themes/${t}/`).sort());
    for (const theme of themes) {
      await page.goto(`${harness.site.home}themes/${theme}/`);
      const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(storyLinks(hrefs), theme).toEqual(
        stories
          .filter((s) => s.themes.includes(theme))
          .map((s) => s.id)
          .sort(),
      );
    }
  });

  it('lists every story in the archive, by year', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}archive/`);
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(storyLinks(hrefs)).toEqual(stories.map((s) => s.id).sort());
    const years = [...new Set(stories.map((s) => s.published.slice(0, 4)))].sort().reverse();
    await expect(page.locator('main h2').allTextContents()).resolves.toEqual(years);
  });

  it('publishes an RSS feed that parses and lists every story', async () => {
    const { page } = await harness.chrome.open();
    const response = await page.goto(`${harness.site.home}rss.xml`);
    expect(response?.headers()['content-type']).toMatch(/xml/);
    const xml = (await response?.text()) ?? '';
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent),
        dates: [...doc.querySelectorAll('item > pubDate')].map((d) => d.textContent),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.links.sort()).toEqual(stories.map((s) => `${TEST_SITE}/stories/${s.id}/`).sort());
    expect(feed.dates.every((d) => !Number.isNaN(Date.parse(d ?? '')))).toBe(true);
  });

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await harness.chrome.open();
    const response = await page.goto(`${harness.site.home}no-such-story/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('That page isn’t here');
    await expect(page.locator('main a[href*="/stories/"]').count()).resolves.toBe(5);
  });

  it('serves robots.txt and a sitemap listing every story', async () => {
    const { page } = await harness.chrome.open();
    const robots = await (await page.goto(`${harness.site.home}robots.txt`))?.text();
    expect(robots).toContain(`Sitemap: ${TEST_SITE}/sitemap-index.xml`);
    const sitemap = (await (await page.goto(`${harness.site.home}sitemap-0.xml`))?.text()) ?? '';
    for (const story of stories) expect(sitemap).toContain(`<loc>${TEST_SITE}/stories/${story.id}/</loc>`);
    expect(sitemap).not.toContain('404');
  });
});

describe('the header on a phone', () => {
  it('takes one row at 390 px, with the navigation one tap away; without JavaScript it stays open', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await harness.chrome.open({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        colorScheme: scheme,
      });
      await page.goto(harness.site.home);
      const row = async () => {
        const boxes = await Promise.all(
          ['.site-header .brand', '.site-header .search-trigger', '.site-header .scheme-toggle', '.site-header .menu-toggle'].map(
            async (part) => (await page.locator(part).boundingBox())!,
          ),
        );
        return boxes.map((box) => Math.round(box.y + box.height / 2));
      };
      const middles = await row();
      expect(Math.max(...middles) - Math.min(...middles), 'brand, search, scheme and menu on one row').toBeLessThanOrEqual(4);
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(page.getByRole('link', { name: 'Tracks' }).isVisible()).resolves.toBe(false);
      await menu.click();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).resolves.toBe(6);
      await expect(page.getByRole('link', { name: 'Tracks' }).isVisible()).resolves.toBe(true);
      expect(await axeViolations(page), `open menu, ${scheme}`).toEqual([]);
      await menu.click();
      await expect(page.getByRole('link', { name: 'Tracks' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('link', { name: 'Search' }).first().isVisible()).resolves.toBe(true);
    }
    const { page } = await harness.chrome.open({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(harness.site.home);
    await expect(page.getByRole('link', { name: 'Tracks' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.menu-toggle').isVisible()).resolves.toBe(false);
  });
});

describe('colour scheme', () => {
  it('follows the system and remembers the toggle', async () => {
    const { page } = await harness.chrome.open({ colorScheme: 'dark' });
    await page.goto(harness.site.home);
    await expect(page.locator('html').getAttribute('data-scheme')).resolves.toBe('dark');
    // The toggle says what it will do: "Light mode" while the page is dark.
    await page.getByRole('button', { name: 'Light mode' }).click();
    await expect(page.locator('html').getAttribute('data-scheme')).resolves.toBe('light');
    await page.reload();
    await expect(page.locator('html').getAttribute('data-scheme')).resolves.toBe('light');
    await expect(page.getByRole('button', { name: 'Dark mode' }).isVisible()).resolves.toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(251, 248, 242)');
  });

  it('has a skip link that moves focus to the main content', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(harness.site.home);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = {
    home: '',
    story: 'stories/the-box-at-the-final/',
    theme: 'themes/honesty/',
    archive: 'archive/',
    about: 'about/',
    'not found': 'no-such-page/',
  };
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(pages)) {
      it(`finds no violations on the ${name} page in ${scheme} mode`, async () => {
        const { page } = await harness.chrome.open({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(`${harness.site.home}${path}`);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
