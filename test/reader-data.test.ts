import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { publishedStories } from './support/content';

/*
 * Regression tests for reader data that used to break pages or leak storage.
 * Each case was reproduced on the build before the validated store layer.
 */
const harness = useHarness();
const KEY = 'judgment-calls:decisions';
const story = publishedStories().find((s) => s.decisions.length > 0)!;
const decision = story.decisions[0]!;

const ourKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('judgment-calls:') || k === 'jc:color-scheme')
      .sort(),
  );

/** Sets storage before any page script runs, on every page of the context. */
async function seed(page: Page, entries: Record<string, string>) {
  await page.context().addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

const exportOf = (data: unknown) =>
  Buffer.from(JSON.stringify({ format: 'judgment-calls/answers', version: 2, exportedAt: '2026-01-01T00:00:00.000Z', data }));
const state = (fields: Record<string, unknown>) => ({ version: 2, answers: {}, tally: {}, history: [], notes: {}, ...fields });

async function importFile(page: Page, buffer: Buffer) {
  await page.getByLabel('Import answers from a file').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer });
  await expect.poll(() => page.locator('.data .status').textContent()).not.toBe('');
  return page.locator('.data .status').textContent();
}

describe('importing damaged files', () => {
  it.each([
    ['an answer with no time', state({ answers: { [decision.id]: { choice: decision.choices[0]!.id } } }), 'answers.'],
    ['a null history entry', state({ history: [null] }), 'history.0'],
    ['a note whose text is a number', state({ notes: { [decision.id]: { text: 42, at: 1 } } }), 'notes.'],
    ['counts given as strings', state({ tally: { [decision.id]: { [decision.choices[0]!.id]: '3' } } }), 'tally.'],
  ])('rejects %s with a message, changes nothing and never throws', async (_, data, where) => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}my-answers/`);
    const message = await importFile(page, exportOf(data));
    expect(message).toContain('nothing was imported');
    expect(message).toContain(where);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.reload();
    await page.locator('.count').waitFor();
    expect(errors).toEqual([]);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}my-answers/`);
    const message = await importFile(page, Buffer.alloc(1_100_000, 32));
    expect(message).toContain('larger than 1 MB');
    expect(errors).toEqual([]);
  });
});

describe('stored data that cannot be used', () => {
  it('keeps unreadable data aside once, however often pages load, and clearing leaves no key of ours', async () => {
    const { page, errors } = await harness.chrome.open();
    await seed(page, {
      [KEY]: '{not json',
      'judgment-calls:room': '[]',
      'judgment-calls:tracks': '{"version":1,"tracks":{"x":{"step":"2"}}}',
    });
    for (let visit = 0; visit < 4; visit++) await page.goto(`${harness.site.home}stories/${story.id}/`);
    await page.goto(`${harness.site.home}my-answers/`);
    await page.locator('.count').waitFor();
    const aside = (await ourKeys(page)).filter((k) => k.startsWith(`${KEY}:unreadable:`));
    expect(aside).toHaveLength(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), aside[0]!)).toBe('{not json');

    await page.getByRole('button', { name: 'Clear all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect.poll(() => page.locator('.data .status').textContent()).toContain('set-aside copies are cleared');
    expect(await ourKeys(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows My answers, with Export and Clear, when a stored answer is damaged', async () => {
    const { page, errors } = await harness.chrome.open();
    const damaged = state({
      answers: { [decision.id]: { choice: decision.choices[0]!.id }, constructor: { choice: 'x', at: 5 } },
      tally: { [decision.id]: { [decision.choices[0]!.id]: 'lots' } },
      history: [null, 7],
    });
    // An object literal cannot hold an own "__proto__" key; JSON text can.
    await seed(page, { [KEY]: JSON.stringify(damaged).replace('"answers":{', '"answers":{"__proto__":{"choice":"y","at":6},') });
    await page.goto(`${harness.site.home}my-answers/`);
    await expect.poll(() => page.locator('.count').textContent()).toContain('not answered any');
    await expect(page.getByRole('button', { name: 'Export as a file (JSON)' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Clear all my data…' }).isVisible()).resolves.toBe(true);
    await page.goto(`${harness.site.home}stories/${story.id}/`);
    await page.locator('section.decision').first().scrollIntoViewIfNeeded();
    await page.locator('section.decision .widget').first().waitFor();
    // An answer to a decision the site no longer has is looked up and not found (a 404); that is all.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });

  it('tells the truth when a newer version holds the data: Clear and Import change nothing and say so', async () => {
    const { page, errors } = await harness.chrome.open();
    const newer = JSON.stringify({ version: 99, answers: { [decision.id]: { choice: 'future', at: 1 } } });
    await seed(page, { [KEY]: newer });
    await page.goto(`${harness.site.home}my-answers/`);
    await expect.poll(() => page.locator('.my-answers .notice').textContent()).toContain('newer version');
    const message = await importFile(page, exportOf(state({ answers: { [decision.id]: { choice: decision.choices[0]!.id, at: 5 } } })));
    expect(message).toContain('Nothing was imported');
    await page.getByRole('button', { name: 'Clear all my data…' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await expect.poll(() => page.locator('.data .status').textContent()).toContain('left as it was');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
    expect(errors).toEqual([]);
  });
});

describe('storage', () => {
  it('asks the browser to keep the data when a reader first saves something', async () => {
    const { page } = await harness.chrome.open();
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { persistCalls: string[] }).persistCalls = calls;
      Object.defineProperty(navigator, 'storage', {
        value: { persist: async () => (calls.push('persist'), false), persisted: async () => false },
      });
    });
    await page.goto(`${harness.site.home}dilemmas/${decision.id}/`);
    const widget = page.locator('section.decision');
    await widget.getByRole('radio', { name: decision.choices[0]!.label, exact: true }).check();
    await widget.getByRole('button', { name: 'Commit to this choice' }).click();
    await widget.locator('.verdict').waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls)).toEqual(['persist']);
    await page.goto(`${harness.site.home}my-answers/`);
    await expect.poll(() => page.locator('.keep-a-copy').count()).toBe(1);
    await expect(page.locator('.keep-a-copy').textContent()).resolves.toContain('Export a file');
  });
});
