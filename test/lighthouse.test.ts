import { describe, expect, it } from 'vitest';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { executablePath, FLAGS } from './support/browser';
import { useHarness } from './support/setup';

const harness = useHarness();
// Performance is measured directly in budgets.test.ts (bytes, requests, layout
// shift): a score that moves with the machine's load cannot fail honestly.
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const PAGES = {
  home: '',
  story: 'stories/the-double-invoice/',
  dilemma: 'dilemmas/double-invoice/',
  track: 'tracks/honest-numbers/1/',
  search: 'search/?q=commission',
};

describe('Lighthouse', () => {
  it('scores at least 0.95 for accessibility, best practices and SEO on home, a story, a dilemma, a track screen and search', async () => {
    const chrome = await chromeLauncher.launch({ chromePath: await executablePath(), chromeFlags: FLAGS });
    const scores: Record<string, Record<string, number | null>> = {};
    try {
      for (const [name, path] of Object.entries(PAGES)) {
        const result = await lighthouse(`${harness.site.home}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        scores[name] = Object.fromEntries(CATEGORIES.map((c) => [c, result?.lhr.categories[c]?.score ?? null]));
      }
    } finally {
      await chrome.kill();
    }
    console.log(`Lighthouse scores: ${JSON.stringify(scores)}`);
    const low = Object.entries(scores).flatMap(([page, byCategory]) =>
      Object.entries(byCategory)
        .filter(([, score]) => score === null || score < 0.95)
        .map(([category, score]) => `${page} ${category}: ${score}`),
    );
    expect(low).toEqual([]);
  }, 240_000);
});
