import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { publishedStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';

const harness = useHarness();
const decisions = publishedStories().flatMap((s) => s.decisions);
// One dilemma from each of three stories, in an order no story has.
const [first, second, third] = publishedStories()
  .slice(0, 3)
  .map((s) => s.decisions.at(-1)!);
const hashOf = (...ids: string[]) => `#t=Trust%20at%20quarter%20end&a=Account%20managers&d=${ids.join(',')}`;

/** Presses Tab until focus is on an element matching `selector`: how a keyboard user gets there. */
async function tabTo(page: Page, selector: string, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const order = (page: Page) =>
  page.locator('.draft-panel .order li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
const listed = (page: Page) => page.locator('.session-run .steps li').allTextContents();
/** Browsers log a failed fetch as a console error: expected for ids the site does not have. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: .* 404/.test(e));

async function answerHere(page: Page, label: string) {
  const widget = page.locator('section.decision');
  await widget.getByRole('radio', { name: label, exact: true }).check();
  await widget.getByRole('button', { name: /to this choice/ }).click();
  await widget.locator('.verdict').waitFor();
}

describe('the session builder', () => {
  it('builds a session with the keyboard alone, and its link opens the same dilemmas in the same order elsewhere', async () => {
    const { context, page, errors } = await harness.chrome.open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.origin });
    await page.goto(`${harness.site.home}sessions/new/`);
    await page.locator('[data-island="session-draft"][data-awake]').waitFor();

    for (const { id, question } of [first, second, third]) {
      await tabTo(page, 'input[name=text]');
      await page.keyboard.press('Control+A');
      await page.keyboard.type(question);
      await expect.poll(() => page.locator('[data-shown]').textContent()).toMatch(/of \d+ dilemmas shown/);
      await tabTo(page, `[data-add="${id}"]`);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`[data-add="${id}"]`).textContent()).toBe('Remove from session');
      await expect(page.locator('[data-picked]').textContent()).resolves.toContain(`Added: ${question}`);
    }
    expect(await order(page)).toEqual([first.id, second.id, third.id]);

    await tabTo(page, '.draft-panel .fields label:nth-child(1) input');
    await page.keyboard.type('Trust at quarter end');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Account managers');

    // Up twice: the third dilemma leads, and focus stays on its button all along.
    const thirdUp = `[data-id="${third.id}"] [data-move="up"]`;
    await tabTo(page, thirdUp);
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual([first.id, third.id, second.id]);
    await expect(page.locator('.draft-panel > .status').textContent()).resolves.toBe(`“${third.question}” is now 2 of 3.`);
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual([third.id, first.id, second.id]);
    expect(await page.evaluate((s) => document.activeElement?.matches(s), thirdUp)).toBe(true);
    // At the top, "Move up" says it cannot, and does nothing.
    await expect(page.locator(thirdUp).getAttribute('aria-disabled')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.draft-panel > .status').textContent()).toBe(`“${third.question}” is already first.`);
    expect(await order(page)).toEqual([third.id, first.id, second.id]);
    await tabTo(page, `[data-id="${first.id}"] [data-move="down"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => order(page)).toEqual([third.id, second.id, first.id]);
    await expect(page.locator('.estimate').textContent()).resolves.toContain('3 dilemmas · about 44 minutes');

    await tabTo(page, '[data-session-copy] [data-copy]');
    await page.keyboard.press('Enter');
    await page.getByText('Link copied.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const hash = `#t=Trust%20at%20quarter%20end&a=Account%20managers&d=${[third.id, second.id, first.id].join(',')}`;
    // The address the page was served from, not the build's SITE_URL.
    expect(link).toBe(`${harness.site.home}sessions/${hash}`);
    // The builder keeps the session in its own address too: a reload keeps it.
    expect(new URL(page.url()).hash).toBe(hash);
    await page.reload();
    await expect.poll(() => order(page)).toEqual([third.id, second.id, first.id]);
    await expect(page.locator('.draft-panel .fields input').first().inputValue()).resolves.toBe('Trust at quarter end');
    expect(errors).toEqual([]);

    const elsewhere = await harness.chrome.open();
    await elsewhere.page.goto(link);
    await expect.poll(() => elsewhere.page.locator('h1').textContent()).toBe('Trust at quarter end');
    await expect.poll(() => listed(elsewhere.page)).toEqual([third, second, first].map((d) => expect.stringContaining(d.question)));
    await expect(elsewhere.page.locator('.session-run .meta').textContent()).resolves.toContain('for Account managers');
    expect(elsewhere.errors).toEqual([]);
  });

  it('reorders by dragging a handle with a pointer', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/new/${hashOf(first.id, second.id, third.id)}`);
    await expect.poll(() => order(page)).toEqual([first.id, second.id, third.id]);
    const handle = page.locator(`[data-id="${third.id}"] .handle`);
    await handle.hover();
    await page.mouse.down();
    // Measured after hover(), which may scroll the handle into view.
    const target = await page.locator(`[data-id="${first.id}"]`).boundingBox();
    await page.mouse.move(target!.x + 10, target!.y + 4, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => order(page)).toEqual([third.id, first.id, second.id]);
    await expect(page.locator('.draft-panel > .status').textContent()).resolves.toBe(`“${third.question}” is now 1 of 3.`);
  });

  it('filters by theme, lens, story length and words', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/new/`);
    const visible = () => page.locator('li[data-dilemma]:not([hidden])').count();
    const total = await visible();
    expect(total).toBe(decisions.length);
    await page.getByLabel('Theme').selectOption('bribery-and-corruption');
    const bribery = await visible();
    expect(bribery).toBeGreaterThan(0);
    expect(bribery).toBeLessThan(total);
    await expect(
      page
        .locator('li[data-dilemma]:not([hidden])')
        .evaluateAll((items) => items.every((li) => (li as HTMLElement).dataset.themes!.split(' ').includes('bribery-and-corruption'))),
    ).resolves.toBe(true);
    await page.getByLabel('Theme').selectOption('');
    await page.getByLabel('Lens').selectOption('fairness');
    await expect.poll(visible).toBeLessThan(total);
    await page.getByLabel('Lens').selectOption('');
    await page.getByLabel('Search the question and setup').fill('zzzz-no-such-word');
    await expect.poll(visible).toBe(0);
    await expect(page.locator('[data-shown]').textContent()).resolves.toBe(`0 of ${total} dilemmas shown`);
  });

  it('leaves out ids the site does not have, and says so', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/new/${hashOf('no-such-dilemma', first.id)}`);
    await expect.poll(() => order(page)).toEqual([first.id]);
    await expect(page.locator('.left-out').textContent()).resolves.toContain('One dilemma in the link is no longer on the site');
    expect(errors).toEqual([]);
  });

  it('opens a track pre-filled from the track page', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/honest-numbers/`);
    await page.getByRole('link', { name: 'Adapt this track in the session builder' }).click();
    await expect.poll(() => order(page)).toHaveLength(5);
    await expect(page.locator('.draft-panel .fields input').first().inputValue()).resolves.toBe(
      readTracks().find((t) => t.id === 'honest-numbers')!.title,
    );
  });
});

describe('a shared session', () => {
  const hash = hashOf(first.id, 'removed-dilemma', second.id, '%3Cimg%20src%3Dx%3E', third.id);

  it('walks through the dilemmas it still has, skipping the rest, with resume, answers, the room tally and a finish screen', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/${hash}`);
    await expect
      .poll(() => listed(page))
      .toEqual([
        expect.stringContaining(first.question),
        expect.stringContaining('No longer available'),
        expect.stringContaining(second.question),
        expect.stringContaining('No longer available'),
        expect.stringContaining(third.question),
      ]);
    await expect(page.locator('.session-run .meta').textContent()).resolves.toContain('3 dilemmas · about 44 minutes');
    await page.getByRole('link', { name: 'Start the walk-through' }).click();
    await expect.poll(() => page.locator('.progress strong').textContent()).toBe('Dilemma 1 of 3');
    await expect.poll(() => page.locator('h1').textContent()).toBe(first.question);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await answerHere(page, first.choices[1]!.label);
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('judgment-calls:decisions')))!);
    expect(stored.answers[first.id].choice).toBe(first.choices[1]!.id);

    // Room tally: counted under the session's own key.
    await page.getByRole('button', { name: 'Count hands in the room' }).click();
    await page.getByRole('button', { name: `+1 hand for ${first.choices[0]!.label}` }).click();
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await expect.poll(() => page.locator('.room-chart li').first().textContent()).toContain('1 · 100%');
    const room = JSON.parse((await page.evaluate(() => localStorage.getItem('judgment-calls:room')))!);
    expect(Object.keys(room.sessions)).toEqual([`session:${first.id},removed-dilemma,${second.id},<img src=x>,${third.id}`]);

    // The present view stays in the session (test/present.test.ts runs it).
    await expect(page.getByRole('link', { name: 'present it to the room' }).getAttribute('href')).resolves.toMatch(/&s=1p$/);

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.progress strong').textContent()).toBe('Dilemma 2 of 3');
    await expect.poll(() => page.locator('h1').textContent()).toBe(second.question);
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe(second.question);
    await page.goto(`${harness.site.home}sessions/${hash}`);
    await page.getByRole('link', { name: 'Resume at dilemma 2 of 3' }).click();
    await expect.poll(() => page.locator('.progress strong').textContent()).toBe('Dilemma 2 of 3');
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByRole('link', { name: 'Finish →' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Debrief');
    await expect(page.locator('.answer-list > li').count()).resolves.toBe(1);
    await expect(page.locator('.answer-list').textContent()).resolves.toContain(first.choices[1]!.label);
    await page.goBack();
    await expect.poll(() => page.locator('.progress strong').textContent()).toBe('Dilemma 3 of 3');
    expect(unexpected(errors)).toEqual([]);
  });

  it('draws a QR code for its link in the browser that decodes to the link', async () => {
    const { page } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/${hashOf(first.id, second.id)}`);
    const qr = page.locator('.share-session svg.qr');
    await qr.waitFor();
    const link = await page.locator('[data-session-copy] [data-copy]').getAttribute('data-copy');
    expect(link).toBe(`${harness.site.home}sessions/${hashOf(first.id, second.id)}`);
    // Its box grows with it, so no text runs over the code.
    await qr.evaluate((svg) => (svg.parentElement!.style.width = '400px'));
    expect(await decodeQr(qr)).toBe(link);
  });

  it('handles an empty link, a very long title and a mangled address without breaking', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('This session has no dilemmas');
    await page.goto(`${harness.site.home}sessions/#t=Empty&d=`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('This session has no dilemmas');

    await page.goto(`${harness.site.home}sessions/#t=${'Very%20long%20'.repeat(400)}&a=%E0%A4%A&d=${first.id}&s=99`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Debrief');
    await page.goto(`${harness.site.home}sessions/#t=${'Very%20long%20'.repeat(400)}&a=%E0%A4%A&d=${first.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Very long/);
    const title = (await page.locator('h1').textContent())!;
    expect(Array.from(title)).toHaveLength(120);
    expect(title.endsWith('…')).toBe(true);

    await page.goto(`${harness.site.home}sessions/#d=${Array.from({ length: 40 }, (_, i) => `gone-${i}`).join(',')}`);
    await expect
      .poll(() => page.locator('.session-run .notice').allTextContents())
      .toEqual([
        'None of the dilemmas in this link are on the site any more.',
        'The link lists 10 more dilemmas than a session holds; they were left out.',
      ]);
    expect(unexpected(errors)).toEqual([]);
  });

  it('runs under a sub-path, fetching from the base', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.sub.home}sessions/#d=${first.id},${second.id}&s=2`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(second.question);
    await expect(page.getByRole('link', { name: 'discussion guide' }).getAttribute('href')).resolves.toBe(
      `/judgment-calls/dilemmas/${second.id}/`,
    );
    await page.goto(`${harness.sub.home}sessions/new/#d=${first.id}`);
    await expect(page.getByRole('link', { name: 'Open the session' }).getAttribute('href')).resolves.toBe(
      `/judgment-calls/sessions/#d=${first.id}`,
    );
    await expect(page.locator('[data-session-copy] [data-copy]').getAttribute('data-copy')).resolves.toBe(
      `${harness.sub.home}sessions/#d=${first.id}`,
    );
    expect(errors).toEqual([]);
  });
});

describe('accessibility of the session pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on the builder, a session's overview, a step with room mode and the finish screen (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await page.goto(`${harness.site.home}sessions/new/${hashOf(first.id, 'gone', second.id)}`);
      await expect.poll(() => order(page)).toHaveLength(2);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}sessions/${hashOf(first.id, 'gone', second.id)}`);
      await page.locator('.share-session .qr').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Start the walk-through' }).click();
      await answerHere(page, first.choices[0]!.label);
      await page.getByRole('button', { name: 'Count hands in the room' }).click();
      await page.getByRole('button', { name: 'Reveal results' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}sessions/${hashOf(first.id, 'gone', second.id)}&s=end`);
      await page.locator('.answer-list > li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
