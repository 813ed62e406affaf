import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { publishedStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { revealCode } from '../src/components/room/protocol/reveal-code';

/*
 * The facilitator owns the reveal: a console and two phones, each its own
 * browser context (own storage), as in a room. Phones never talk to the
 * console; the reveal reaches them by a code typed or a link scanned.
 */
const harness = useHarness();
const decisions = publishedStories().flatMap((s) => s.decisions);
const track = readTracks().find((t) => t.id === 'honest-numbers')!;
const steps = track.decisions.map((id) => decisions.find((d) => d.id === id)!);
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const stepUrl = (n: number) => `${harness.site.home}tracks/${track.id}/${n}/`;

/** How many elements matching `selector` a reader can see. */
const visible = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).getClientRects().length > 0).length);

/** What would give the outcome away on a dilemma's page. */
async function outcomeShown(page: Page) {
  return {
    consequence: await visible(page, 'section.decision .consequence, section.decision .others'),
    narrator: (await page.locator('main').innerText()).includes('the narrator chose'),
    forces: await visible(page, 'section.decision .forces'),
    notes: await visible(page, '.facilitator-only, details.facilitator'),
  };
}
const NOTHING = { consequence: 0, narrator: false, forces: 0, notes: 0 };

async function commit(page: Page, label: string) {
  const widget = page.locator('section.decision');
  await widget.getByRole('radio', { name: label, exact: true }).check();
  await widget.getByRole('button', { name: /to this choice/ }).click();
  await widget.locator('.verdict').waitFor();
}

async function openConsole(pace = true) {
  const { page, errors } = await harness.chrome.open({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${harness.site.home}room/${pace ? '' : '?pace=free'}#track:${track.id}`);
  const code = (await page.locator('.console h1 .room-code').textContent())!;
  return { page, errors, code, join: (await decodeQr(page.locator('.join-qr')))! };
}

describe('the facilitator owns the reveal', () => {
  it('two phones see no outcome until the console reveals it, by a typed code or a scanned link; at the room’s pace the next dilemma waits', async () => {
    const room = await openConsole();
    expect(room.join).toBe(`${harness.site.home}tracks/${track.id}/?room=${room.code}`);
    const phones = [await harness.chrome.open(PHONE), await harness.chrome.open(PHONE)];

    for (const { page } of phones) {
      // The join code lands on the attendee view: what to do and the way in, none of the facilitator's page.
      await page.goto(room.join);
      await expect(page.locator('.joined .attendee').innerText()).resolves.toContain(`You’re in room ${room.code}: what to do`);
      await expect.poll(() => visible(page, '.facilitator-only, details.facilitator')).toBe(0);
      await page.getByRole('link', { name: 'Go to the first dilemma' }).click();
      await page.waitForURL(stepUrl(1));
      await commit(page, steps[0]!.choices[0]!.label);
      await expect(page.locator('section.decision .verdict').innerText()).resolves.toContain('Your answer is in');
      await expect(outcomeShown(page)).resolves.toEqual(NOTHING);
      // At the room's pace, dilemma 2 is not even asked yet.
      await page.goto(stepUrl(2));
      await page.locator('.room-behind').waitFor();
      await expect(page.locator('section.decision input[type=radio]').count()).resolves.toBe(0);
      await expect(visible(page, 'section.decision .setup')).resolves.toBe(0);
      // Nor does the discussion guide on the dilemma's own page open for a phone that has answered.
      await page.goto(`${harness.site.home}dilemmas/${steps[0]!.id}/`);
      await page.locator('section.decision .verdict').waitFor();
      await expect(page.locator('.guide [data-reveal-after]').getAttribute('data-state')).resolves.toBe('pending');
      await expect(outcomeShown(page)).resolves.toEqual(NOTHING);
    }

    // The console reveals dilemma 1: the code and its link, large.
    await room.page.getByRole('button', { name: 'Reveal results' }).click();
    const code = revealCode(room.code, steps[0]!.id);
    await expect(room.page.locator('.reveal-code-big').textContent()).resolves.toBe(code);
    const link = await decodeQr(room.page.locator('.reveal-qr'));
    expect(link).toBe(`${harness.site.home}room/reveal/#${room.code}-${code}`);

    // Phone A types it; a wrong code first says so and shows nothing.
    const [a, b] = phones.map((p) => p.page) as [Page, Page];
    await a.goto(stepUrl(1));
    const box = a.getByLabel('Reveal code from the screen');
    const wrong = ['ZZZ', 'YYY'].find((c) => c !== code)!;
    await box.fill(wrong);
    await a.getByRole('button', { name: 'Show what happened' }).click();
    await expect(a.locator('.reveal-code-wrong').innerText()).resolves.toContain('not a reveal code');
    await expect(outcomeShown(a)).resolves.toEqual(NOTHING);
    await box.fill(code.toLowerCase());
    await a.getByRole('button', { name: 'Show what happened' }).click();
    await a.locator('section.decision .consequence').waitFor();

    // Phone B scans the link: recorded, and back to the dilemma.
    await b.goto(link!);
    await b.waitForURL(stepUrl(1));
    await b.locator('section.decision .consequence').waitFor();

    for (const page of [a, b]) {
      const shown = await outcomeShown(page);
      expect(shown.consequence).toBeGreaterThan(0);
      expect(shown.narrator).toBe(Boolean(steps[0]!.actual));
      expect(shown.forces).toBe(steps[0]!.forces.length > 0 ? 1 : 0);
      expect(shown.notes, 'still no facilitator material on a phone').toBe(0);
      // Dilemma 2 now asks its question, and its outcome waits in turn.
      await page.goto(stepUrl(2));
      await commit(page, steps[1]!.choices[1]!.label);
      await expect(page.locator('section.decision .verdict').innerText()).resolves.toContain('Your answer is in');
      await expect(outcomeShown(page)).resolves.toEqual(NOTHING);
    }
    expect([...room.errors, ...phones.flatMap((p) => p.errors)]).toEqual([]);
  }, 120_000);

  it('a phone joining a shared session’s room lands on its attendee view, with none of the coach’s material', async () => {
    const ids = steps.slice(0, 3).map((d) => d.id);
    const session = `#t=Numbers&d=${ids.join(',')}`;
    const { page: host, errors } = await harness.chrome.open({ viewport: { width: 1280, height: 900 } });
    await host.goto(`${harness.site.home}room/${session}`);
    const code = (await host.locator('.console h1 .room-code').textContent())!;
    const join = (await decodeQr(host.locator('.join-qr')))!;
    expect(join).toBe(`${harness.site.home}sessions/?room=${code}${session}`);
    const phone = await harness.chrome.open(PHONE);
    await phone.page.goto(join);
    await expect(phone.page.locator('.joined .attendee').innerText()).resolves.toContain(`You’re in room ${code}: what to do`);
    await expect.poll(() => visible(phone.page, '.facilitator-only, details.facilitator')).toBe(0);
    await phone.page.getByRole('link', { name: 'Go to the first dilemma' }).click();
    await phone.page.locator('section.decision').waitFor();
    await commit(phone.page, steps[0]!.choices[0]!.label);
    await expect(phone.page.locator('section.decision .verdict').innerText()).resolves.toContain('Your answer is in');
    await expect(outcomeShown(phone.page)).resolves.toEqual(NOTHING);
    expect([...errors, ...phone.errors]).toEqual([]);
  }, 60_000);

  it('with the pace off, phones move freely while outcomes still wait; leaving the room shows everything', async () => {
    const room = await openConsole(false);
    expect(room.join).toBe(`${harness.site.home}tracks/${track.id}/?room=${room.code}&pace=free`);
    const { page, errors } = await harness.chrome.open(PHONE);
    await page.goto(room.join);
    await page.locator('.joined .attendee').waitFor();
    await page.goto(stepUrl(3));
    await commit(page, steps[2]!.choices[0]!.label);
    await expect(outcomeShown(page)).resolves.toEqual(NOTHING);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Leave the room' }).click();
    await page.locator('section.decision .consequence').waitFor();
    await expect.poll(() => visible(page, '.facilitator-only')).toBeGreaterThan(0);
    expect([...room.errors, ...errors]).toEqual([]);
  });

  it('has no accessibility violations on the attendee view, a waiting phone and the console’s reveal code, in both schemes', async () => {
    const room = await openConsole();
    const { page } = await harness.chrome.open(PHONE);
    await page.goto(room.join);
    await page.locator('.joined .attendee').waitFor();
    await room.page.getByRole('button', { name: 'Reveal results' }).click();
    await room.page.locator('.reveal-code-big').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await room.page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${harness.site.home}tracks/${track.id}/`);
      await page.locator('.joined .attendee').waitFor();
      expect(await axeViolations(page), `attendee overview, ${scheme}`).toEqual([]);
      await page.goto(stepUrl(2));
      await page.locator('.room-behind').waitFor();
      expect(await axeViolations(page), `phone waiting for the room, ${scheme}`).toEqual([]);
      await page.goto(stepUrl(1));
      if (scheme === 'light') await commit(page, steps[0]!.choices[1]!.label);
      await page.locator('.answer-in').waitFor();
      await page.getByLabel('Reveal code from the screen').fill(['ZZZ', 'YYY'].find((c) => c !== revealCode(room.code, steps[0]!.id))!);
      await page.getByRole('button', { name: 'Show what happened' }).click();
      await page.locator('.reveal-code-wrong').waitFor();
      expect(await axeViolations(page), `phone with its answer in, ${scheme}`).toEqual([]);
      expect(await axeViolations(room.page), `console with the reveal code, ${scheme}`).toEqual([]);
    }
  });
});
