import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { publishedStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { packKit } from '../src/components/sessions/coach-kit';

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
    await expect(page.locator('.estimate').textContent()).resolves.toContain('3 dilemmas · about 53 minutes');

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
    await expect(page.locator('.session-run .meta').textContent()).resolves.toContain('3 dilemmas · about 53 minutes');
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
    // Once the dilemmas, plan and opening are in: until then the code moves down the page.
    await page.locator('.session-run .timing').waitFor();
    const link = await page.locator('[data-session-copy] [data-copy]').getAttribute('data-copy');
    expect(link).toBe(`${harness.site.home}sessions/${hashOf(first.id, second.id)}`);
    // Enlarged with its box, so the text beside it moves aside rather than over it.
    await qr.evaluate((svg) => {
      (svg as SVGElement).style.width = '400px';
      svg.parentElement!.style.width = '400px';
    });
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
    // Written once the builder has read the link's kit (none here), a moment after the ids.
    await expect
      .poll(() => page.locator('[data-session-copy] [data-copy]').getAttribute('data-copy'))
      .toBe(`${harness.sub.home}sessions/#d=${first.id}`);
    expect(errors).toEqual([]);
  });
});

describe('a coach’s own session', () => {
  const OPENING = 'Welcome to the quarter-end clinic.\n\nCommit first, then we argue, then I tell you what happened.';
  const CLOSING = 'One habit for Monday: name the person who relies on your number.';
  const NOTE = 'Our finance team flagged this one in March: ask who in the room has seen it happen.';
  const summary = (page: Page, id: string) => page.locator(`.draft-panel .order [data-id="${id}"] .dilemma-note summary`);

  it('keeps edited minutes, opening, closing and a note in a copied link, which runs and reopens them elsewhere', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/new/${hashOf(first.id, second.id, third.id)}`);
    await expect.poll(() => order(page)).toEqual([first.id, second.id, third.id]);
    // A new session plans 8 to open, 10 a dilemma, 5 of slack and 10 to debrief.
    await expect(page.locator('.estimate').textContent()).resolves.toContain('3 dilemmas · about 53 minutes');
    const minutes = page.locator('fieldset.minutes');
    await minutes.getByLabel('Each dilemma').fill('12');
    await minutes.getByLabel('Slack').fill('0');
    await minutes.getByLabel('Debrief').fill('15');
    // Out of range settles at the limit once the box loses focus.
    await minutes.getByLabel('Opening').fill('1');
    await minutes.getByLabel('Opening').blur();
    await expect(minutes.getByLabel('Opening').inputValue()).resolves.toBe('2');
    await expect
      .poll(() => page.locator('.estimate').textContent())
      .toContain('3 dilemmas · about 53 minutes (2 to open, 12 per dilemma, 0 of slack, 15 to debrief)');
    await page.getByText('Your opening, closing and notes').click();
    await page.getByLabel('Opening', { exact: true }).and(page.locator('textarea')).fill(OPENING);
    await page.getByLabel('Closing', { exact: true }).fill(CLOSING);
    await expect(page.locator('.coach-words .which').textContent()).resolves.toBe('(yours: opening, closing)');
    await summary(page, second.id).click();
    await page.locator(`.order [data-id="${second.id}"] textarea`).fill(NOTE);
    await expect(summary(page, second.id).textContent()).resolves.toBe('Your note (written)');

    const copy = page.locator('[data-session-copy] [data-copy]');
    await expect.poll(() => copy.getAttribute('data-copy')).toMatch(/&k=[A-Za-z0-9_-]+$/);
    const link = (await copy.getAttribute('data-copy'))!;
    expect(link.startsWith(`${harness.site.home}sessions/${hashOf(first.id, second.id, third.id)}&k=`)).toBe(true);
    await expect(page.locator('.link-length').textContent()).resolves.toContain(
      `The link is ${link.length.toLocaleString('en-GB')} characters`,
    );
    await expect(page.locator('.link-length').textContent()).resolves.toContain('carry only the title, audience and dilemmas');
    // The builder's address holds the same, so a reload keeps every word.
    await page.reload();
    await expect.poll(() => page.locator(`.order [data-id="${second.id}"] textarea`).inputValue()).toBe(NOTE);
    await expect(page.locator('fieldset.minutes').getByLabel('Each dilemma').inputValue()).resolves.toBe('12');
    expect(errors).toEqual([]);

    const elsewhere = await harness.chrome.open();
    const run = elsewhere.page;
    await run.goto(link);
    await expect.poll(() => run.locator('.session-run .meta').textContent()).toContain('3 dilemmas · about 53 minutes');
    await expect(run.locator('.timing caption').textContent()).resolves.toBe('Timing plan: 53 minutes');
    await expect(run.locator('.timing tbody tr').nth(1).locator('td').last().textContent()).resolves.toBe('12');
    await expect(run.locator('.session-run > p.text').allTextContents()).resolves.toEqual(OPENING.split('\n\n'));
    await expect(run.locator('.closing-words p').allTextContents()).resolves.toEqual([CLOSING]);
    // The room's QR code and console carry no k=: phones never get the coach's notes.
    const qrLabel = await run.locator('.share-session svg.qr').getAttribute('aria-label');
    expect(qrLabel).not.toContain('k=');
    await expect(run.getByRole('link', { name: 'Open the room console' }).getAttribute('href')).resolves.not.toContain('k=');
    await run.getByRole('link', { name: 'Start the walk-through' }).click();
    await expect.poll(() => run.locator('h1').textContent()).toBe(first.question);
    await expect(run.locator('.coach-note').count()).resolves.toBe(0);
    await run.getByRole('link', { name: 'Next →' }).click();
    await expect.poll(() => run.locator('h1').textContent()).toBe(second.question);
    const note = run.locator('.facilitator-only.coach-note');
    await expect(note.locator('h2').textContent()).resolves.toBe('Coach’s note · 12 minutes for this dilemma');
    await expect(note.locator('p').textContent()).resolves.toBe(NOTE);
    await run.getByRole('link', { name: 'Next →' }).click();
    await run.getByRole('link', { name: 'Finish →' }).click();
    await expect.poll(() => run.locator('h1').textContent()).toBe('Debrief');
    await expect(run.locator('.session-run > p.text').allTextContents()).resolves.toEqual([CLOSING]);
    // Adapting it again opens the builder with everything in place.
    await run.goto(link);
    await run.getByRole('link', { name: 'Adapt it in the session builder' }).click();
    await expect.poll(() => run.locator(`.order [data-id="${second.id}"] textarea`).inputValue()).toBe(NOTE);
    await expect(run.locator('#coach-closing').inputValue()).resolves.toBe(CLOSING);
    expect(elsewhere.errors).toEqual([]);
  });

  it('reads a cut-short or garbled k= as the standard words, keeping every dilemma, and says so', async () => {
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}sessions/new/${hashOf(first.id, second.id)}`);
    await expect.poll(() => order(page)).toHaveLength(2);
    await page.getByText('Your opening, closing and notes').click();
    await page.locator('#coach-opening').fill(OPENING);
    const copy = page.locator('[data-session-copy] [data-copy]');
    await expect.poll(() => copy.getAttribute('data-copy')).toMatch(/&k=/);
    const link = (await copy.getAttribute('data-copy'))!;
    for (const bad of [link.slice(0, -10), link.replace(/k=(.{8})/, 'k=$1!!'), `${link.replace(/k=.*/, 'k=')}AAAAAAAAAAAAAAAA`]) {
      await page.goto('about:blank');
      await page.goto(bad);
      await expect.poll(() => listed(page)).toEqual([first, second].map((d) => expect.stringContaining(d.question)));
      await expect(page.locator('.session-run .notice').first().textContent()).resolves.toContain('could not be read');
      await expect(page.locator('.session-run > p.text').first().textContent()).resolves.toContain('Agree the ground rules first');
      await expect(page.locator('.session-run .meta').textContent()).resolves.toContain('2 dilemmas · about 43 minutes');
      await page.goto(bad.replace('/sessions/#', '/sessions/new/#'));
      await expect.poll(() => order(page)).toEqual([first.id, second.id]);
      await expect(page.locator('.draft-panel .left-out').textContent()).resolves.toContain('Every dilemma in it is still here');
    }
    expect(unexpected(errors)).toEqual([]);
  });

  it('opens a track in the builder with its minutes, opening, closing and facilitator notes', async () => {
    const track = readTracks().find((t) => t.id === 'honest-numbers')!;
    const { plan, opening, notes } = track.raw as { plan: Record<string, number>; opening: string; notes: string };
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}tracks/honest-numbers/`);
    await page.getByRole('link', { name: 'Adapt this track in the session builder' }).click();
    await expect.poll(() => order(page)).toEqual(track.decisions);
    const minutes = page.locator('fieldset.minutes');
    await expect.poll(() => minutes.getByLabel('Each dilemma').inputValue()).toBe(String(plan.dilemma));
    for (const [label, part] of [
      ['Opening', 'opening'],
      ['Slack', 'slack'],
      ['Debrief', 'debrief'],
    ] as const) {
      await expect(minutes.getByLabel(label).inputValue()).resolves.toBe(String(plan[part]));
    }
    const paragraphs = (text: string) =>
      text
        .trim()
        .split(/\n\s*\n/)
        .join('\n\n');
    await expect(page.locator('#coach-opening').inputValue()).resolves.toBe(paragraphs(opening));
    await expect(page.locator('#coach-closing').inputValue()).resolves.toBe(paragraphs(track.closing));
    await expect(page.locator('#coach-background').inputValue()).resolves.toBe(paragraphs(notes));
    await expect(page.locator('.coach-words .which').textContent()).resolves.toBe('(yours: opening, closing, facilitator notes)');
    // And the coach can change them: the session they open says so.
    await page.getByText('Your opening, closing and notes').click();
    await page.locator('#coach-closing').fill(CLOSING);
    await page.getByRole('link', { name: 'Open the session' }).click();
    await expect.poll(() => page.locator('.session-run .meta').textContent()).toContain(`about ${track.duration} minutes`);
    await expect(page.locator('.session-run > p.text').first().textContent()).resolves.toBe(paragraphs(opening).split('\n\n')[0]);
    await expect(page.locator('.closing-words p').allTextContents()).resolves.toEqual([CLOSING]);
    await expect(page.locator('details.facilitator-only p').first().textContent()).resolves.toBe(paragraphs(notes).split('\n\n')[0]);
    expect(errors).toEqual([]);
  });

  it('shows a session room’s join screen whole on a 1280×720 projector: the QR code and room code, never the long address', async () => {
    const ids = decisions.slice(0, 5).map((d) => d.id);
    const long = `#t=${encodeURIComponent('Gifts and conflicts of interest – Q3 AM onboarding, second cohort')}&a=${encodeURIComponent('New account managers (0–12 months)')}&d=${ids.join(',')}`;
    const { page, errors } = await harness.chrome.open({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${harness.site.home}room/${long}`);
    const code = (await page.locator('.console h1 .room-code').textContent())!;
    await expect(page.locator('.join .join-url').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Show the join screen full size' }).click();
    const screen = page.locator('.join-projected');
    await expect(screen.locator('h2').textContent()).resolves.toBe(`Join room ${code}`);
    await expect(screen.locator('.join-url').count()).resolves.toBe(0);
    for (const part of [screen.locator('h2'), screen.locator('svg.qr'), screen.getByRole('button', { name: 'Back to the console' })]) {
      const box = (await part.boundingBox())!;
      expect(box.y, await part.evaluate((e) => e.outerHTML.slice(0, 60))).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(720);
    }
    expect(await screen.evaluate((d) => d.scrollHeight <= d.clientHeight)).toBe(true);
    const qr = screen.locator('svg.qr');
    expect(await decodeQr(qr)).toBe(`${harness.site.origin}/sessions/?room=${code}${long}`);
    expect(errors).toEqual([]);
  });
});

describe('accessibility of the session pages', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on the builder, a session's overview, a step with room mode and the finish screen (${scheme})`, async () => {
      // A coach's session: minutes, words, background notes and a note on the first dilemma, all on screen.
      const kit = await packKit(
        {
          plan: { opening: 6, dilemma: 12, slack: 3, debrief: 14 },
          opening: 'Welcome.\n\nCommit first.',
          closing: 'One habit for Monday.',
          background: 'Rooms split on the second.',
          notes: { [first.id]: 'Ask who has seen it happen.' },
        },
        [first.id, 'gone', second.id],
      );
      const hash = `${hashOf(first.id, 'gone', second.id)}&k=${kit}`;
      const { page } = await harness.chrome.open({ colorScheme: scheme });
      await page.goto(`${harness.site.home}sessions/new/${hash}`);
      await expect.poll(() => order(page)).toHaveLength(2);
      await expect.poll(() => page.locator('#coach-background').inputValue()).toBe('Rooms split on the second.');
      await page.getByText('Your opening, closing and notes').click();
      await page.locator(`.order [data-id="${first.id}"] .dilemma-note summary`).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}sessions/${hash}`);
      await page.locator('.share-session .qr').waitFor();
      await page.locator('.timing').waitFor();
      for (const summary of await page.locator('.session-run details summary').all()) await summary.click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Start the walk-through' }).click();
      await page.locator('.coach-note').waitFor();
      await answerHere(page, first.choices[0]!.label);
      await page.getByRole('button', { name: 'Count hands in the room' }).click();
      await page.getByRole('button', { name: 'Reveal results' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${harness.site.home}sessions/${hash}&s=end`);
      await page.locator('.answer-list > li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
