import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { publishedStories, readTracks } from './support/content';
import { TEST_SITE } from './support/sites';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';

const harness = useHarness();
const stories = publishedStories();
const decisions = stories.flatMap((story) => story.decisions.map((decision) => ({ story, decision })));
type Setup = { setup?: string };
const setupOf = (d: (typeof decisions)[number]['decision']) => (d as Setup).setup ?? '';
/** The fixture's longest setup: the most a present view has to fit above the choices. */
const longest = [...decisions].sort((a, b) => setupOf(b.decision).length - setupOf(a.decision).length)[0]!;
const withLegal = decisions.find(({ decision }) => 'legal' in decision && decision.legal)!;
const TRACK = 'honest-numbers';
const trackIds = readTracks().find((t) => t.id === TRACK)!.decisions;

/** The present view on screen now, on a page (#present) or in a session (drawn shown). */
const shown = (page: Page) => page.locator('.present:is(:target, .shown)');

describe('the present view', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    it(`shows the setup and keeps the last choice on a ${width}x${height} screen for the longest setup`, async () => {
      const { page, errors } = await harness.chrome.open({ viewport: { width, height } });
      await page.goto(`${harness.site.home}dilemmas/${longest.decision.id}/#present`);
      const view = shown(page);
      await expect(view.locator('.present-setup').textContent()).resolves.toBe(setupOf(longest.decision).trim());
      const last = view.locator('.choices li').last();
      await expect(last.textContent()).resolves.toContain(longest.decision.choices.at(-1)!.label);
      const box = (await last.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      // The fold and the QR code are on screen too.
      const fold = (await view.locator('.after summary').boundingBox())!;
      expect(fold.y + fold.height).toBeLessThanOrEqual(height);
      const qr = (await view.locator('svg.qr').boundingBox())!;
      expect(qr.x + qr.width).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
    });
  }

  it('folds the legal context, not legal advice, with the facilitator’s material', async () => {
    const { page } = await harness.chrome.open({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${harness.site.home}dilemmas/${withLegal.decision.id}/#present`);
    const fold = shown(page).locator('details.after');
    await expect(fold.getAttribute('class')).resolves.toContain('facilitator-only');
    await expect(fold.locator('.legal').isVisible()).resolves.toBe(false);
    await fold.locator('summary').click();
    await expect(fold.locator('.legal').textContent()).resolves.toContain('Background for discussion, not legal advice');
    const legal = (withLegal.decision as { legal?: string }).legal!;
    await expect(fold.locator('.legal p').first().textContent()).resolves.toBe(legal);
  });
});

describe('present view in a track', () => {
  it('opens from a step, moves by link and by arrow keys, and leaves to the step', async () => {
    const { page, errors } = await harness.chrome.open({ viewport: { width: 1280, height: 720 } });
    const step = (n: number) => `${harness.site.home}tracks/${TRACK}/${n}/`;
    await page.goto(step(2));
    await page.getByRole('link', { name: 'present it to the room' }).click();
    await expect.poll(() => page.url()).toBe(`${step(2)}#present`);
    const view = shown(page);
    await expect(view.locator('h2').textContent()).resolves.toBe(decisions.find((d) => d.decision.id === trackIds[1])!.decision.question);
    await expect(view.locator('.present-bar').textContent()).resolves.toContain(`dilemma 2 of ${trackIds.length}`);

    await view.getByRole('link', { name: 'Next →' }).click();
    await expect.poll(() => page.url()).toBe(`${step(3)}#present`);
    await expect(shown(page).isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toBe(`${step(2)}#present`);
    await shown(page).waitFor();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toBe(`${step(3)}#present`);
    await shown(page).getByRole('link', { name: '← Previous' }).click();
    await expect.poll(() => page.url()).toBe(`${step(2)}#present`);

    // The first has no way back and the last no way on: the arrows stay in the present view.
    await page.goto(`${step(1)}#present`);
    await expect(shown(page).locator('a[rel=prev]').count()).resolves.toBe(0);
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${step(1)}#present`);
    await page.goto(`${step(trackIds.length)}#present`);
    await expect(shown(page).locator('a[rel=next]').count()).resolves.toBe(0);

    await shown(page).getByRole('link', { name: 'Leave the present view' }).click();
    await expect.poll(() => page.url()).toBe(step(trackIds.length));
    await expect(page.locator('#present').isVisible()).resolves.toBe(false);
    await expect(page.locator('.progress strong').textContent()).resolves.toBe(`Dilemma ${trackIds.length} of ${trackIds.length}`);
    expect(errors).toEqual([]);
  });

  it('shows the room’s join code instead of the dilemma’s QR code once a room is open', async () => {
    const { context, page, errors } = await harness.chrome.open({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${harness.site.home}tracks/${TRACK}/2/#present`);
    expect(await decodeQr(shown(page).locator('svg.qr'))).toBe(`${harness.site.home}dilemmas/${trackIds[1]}/`);
    await expect(shown(page).locator('.present-room').count()).resolves.toBe(0);

    const consolePage = await context.newPage();
    await consolePage.goto(`${harness.site.home}room/#track:${TRACK}`);
    const code = (await consolePage.locator('.console h1 .room-code').textContent())!;
    // The open present view follows the console, and a fresh one starts with it.
    await expect.poll(() => shown(page).locator('.present-room').textContent()).toBe(`Join room ${code}`);
    await page.goto(`${harness.site.home}tracks/${TRACK}/3/#present`);
    await expect.poll(() => shown(page).locator('.present-room').textContent()).toBe(`Join room ${code}`);
    await expect(shown(page).locator('svg.qr').count()).resolves.toBe(1);
    expect(await decodeQr(shown(page).locator('svg.qr'))).toBe(`${harness.site.home}tracks/${TRACK}/?room=${code}`);

    // A room for another track or dilemma is not this screen's.
    await page.goto(`${harness.site.home}dilemmas/${trackIds[1]}/#present`);
    await shown(page).locator('svg.qr').waitFor();
    await page.waitForTimeout(300);
    await expect(shown(page).locator('.present-room').count()).resolves.toBe(0);
    expect(await decodeQr(shown(page).locator('svg.qr'))).toBe(`${harness.site.home}dilemmas/${trackIds[1]}/`);
    expect(errors).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no axe violations on a track step’s and a dilemma’s present view, folded and open (${scheme})`, async () => {
      const { page } = await harness.chrome.open({ colorScheme: scheme, viewport: { width: 1280, height: 720 } });
      for (const address of [`tracks/${TRACK}/1/#present`, `dilemmas/${withLegal.decision.id}/#present`]) {
        await page.goto(`${harness.site.home}${address}`);
        await shown(page).waitFor();
        expect(await axeViolations(page), address).toEqual([]);
        await shown(page).locator('.after summary').click();
        expect(await axeViolations(page), `${address}, opened`).toEqual([]);
      }
    });
  }
});

describe('present view in a shared session', () => {
  const ids = trackIds.slice(0, 3);
  const session = (s: string) => `${harness.site.home}sessions/#t=Numbers&d=${ids.join(',')}&s=${s}`;

  it('opens from a step, moves within the session, shows its room, and leaves to the step', async () => {
    const { context, page, errors } = await harness.chrome.open({ viewport: { width: 1280, height: 720 } });
    await page.goto(session('2'));
    await page.getByRole('link', { name: 'present it to the room' }).click();
    await expect.poll(() => page.url()).toBe(session('2p'));
    const view = shown(page);
    await expect(view.locator('h2').textContent()).resolves.toBe(decisions.find((d) => d.decision.id === ids[1])!.decision.question);
    await expect(view.locator('.present-setup').isVisible()).resolves.toBe(true);
    await expect(view.locator('.present-bar').textContent()).resolves.toContain('Numbers: dilemma 2 of 3');
    expect(await decodeQr(view.locator('svg.qr'))).toBe(`${harness.site.home}dilemmas/${ids[1]}/`);

    await view.getByRole('link', { name: 'Next →' }).click();
    await expect.poll(() => page.url()).toBe(session('3p'));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).toBe(session('2p'));
    await expect.poll(() => shown(page).locator('.present-bar strong').textContent()).toBe('dilemma 2 of 3');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toBe(session('3p'));

    const consolePage = await context.newPage();
    await consolePage.goto(`${harness.site.home}room/#t=Numbers&d=${ids.join(',')}`);
    const code = (await consolePage.locator('.console h1 .room-code').textContent())!;
    await expect.poll(() => shown(page).locator('.present-room').textContent()).toBe(`Join room ${code}`);
    expect(await decodeQr(shown(page).locator('svg.qr'))).toBe(`${harness.site.home}sessions/?room=${code}#t=Numbers&d=${ids.join(',')}`);

    await shown(page).getByRole('link', { name: 'Leave the present view' }).click();
    await expect.poll(() => page.url()).toBe(session('3'));
    await expect.poll(() => page.locator('.present').count()).toBe(0);
    await expect(page.locator('.progress strong').textContent()).resolves.toBe('Dilemma 3 of 3');
    expect(errors).toEqual([]);
  });
});

describe('addresses follow the host', () => {
  // The tests serve every build on 127.0.0.1, a host other than its SITE_URL (TEST_SITE).
  it('copies, embeds and draws the served address on screen, while a printed pack keeps SITE_URL', async () => {
    const { context, page, errors } = await harness.chrome.open();
    const { home, origin } = harness.sub;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { decision, story } = withLegal;
    await page.goto(`${home}dilemmas/${decision.id}/`);
    expect(home).not.toContain(new URL(TEST_SITE).host);

    await page.getByRole('button', { name: 'Copy link to this dilemma' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${home}dilemmas/${decision.id}/`);
    await page.getByRole('button', { name: 'Copy link to it in the story' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${home}stories/${story.id}/#${decision.id}`);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`<iframe src="${home}embed/${decision.id}/"`);

    await expect.poll(() => decodeQr(page.locator('.share svg.qr'))).toBe(`${home}dilemmas/${decision.id}/`);
    await expect(page.locator('.short-url').textContent()).resolves.toContain(
      `${new URL(origin).host}/judgment-calls/dilemmas/${decision.id}/`,
    );
    await page.goto(`${home}dilemmas/${decision.id}/#present`);
    await expect.poll(() => decodeQr(shown(page).locator('svg.qr'))).toBe(`${home}dilemmas/${decision.id}/`);

    // A shared session's QR code and copied link.
    await page.goto(`${home}sessions/#d=${trackIds.slice(0, 2).join(',')}`);
    const qr = page.locator('.share-session svg.qr');
    await qr.waitFor();
    expect(await decodeQr(qr)).toBe(`${home}sessions/#d=${trackIds.slice(0, 2).join(',')}`);
    await page.getByRole('button', { name: 'Copy link to this session' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${home}sessions/#d=${trackIds.slice(0, 2).join(',')}`);

    // Printed at build time: SITE_URL, wherever the pack is opened.
    await page.goto(`${home}tracks/${TRACK}/pack/`);
    const printed = page.locator('svg.qr').nth(1);
    await printed.waitFor();
    expect(await decodeQr(printed)).toBe(`${TEST_SITE}/judgment-calls/dilemmas/${trackIds[0]}/`);
    expect(errors).toEqual([]);
  });
});
