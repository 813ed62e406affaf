import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { useHarness } from './support/setup';
import { publishedStories, readTracks } from './support/content';
import { axeViolations } from './support/axe';
import { decodeQr } from './support/qr';
import { FLAGS, executablePath, watchErrors } from './support/browser';
import { fakeCamera, writeQrVideo } from './support/camera';
import { checkCharacter, encodeHandIn, grouped } from '../src/components/room/protocol/hand-in-code';

const harness = useHarness();
const decisions = publishedStories().flatMap((s) => s.decisions);
const TRACK = 'honest-numbers';
const trackIds = readTracks().find((t) => t.id === TRACK)!.decisions;
const steps = trackIds.map((id) => decisions.find((d) => d.id === id)!);

/**
 * The facilitator's device: its own Chromium, whose fake camera plays whatever
 * `video` holds when scanning starts. Each test gets a fresh profile, so no
 * room, count or camera grant carries over from the test before.
 */
let dir = '';
let video = '';
let facilitator: BrowserContext;
const facilitatorErrors: string[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'judgment-calls-camera-'));
  video = join(dir, 'camera.y4m');
  writeQrVideo(video, null);
  facilitator = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: await executablePath(),
    args: [...FLAGS, ...fakeCamera(video)],
    viewport: { width: 1280, height: 900 },
  });
});
afterEach(async () => {
  await facilitator?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function console_(session: string): Promise<{ page: Page; code: string }> {
  const page = await facilitator.newPage();
  watchErrors(page, facilitatorErrors);
  await page.goto(`${harness.site.home}room/#${session}`);
  const code = (await page.locator('.console h1 .room-code').textContent())!;
  return { page, code };
}

async function answer(page: Page, label: string) {
  const widget = page.locator('section.decision');
  await widget.getByRole('radio', { name: label, exact: true }).check();
  await widget.getByRole('button', { name: /to this choice/ }).click();
  await widget.locator('.verdict').waitFor();
}

/** The join address with the room's pace set as the console's "Phones wait for my reveal" would. */
function withPace(join: string, pace: 'free'): string {
  const address = new URL(join);
  address.searchParams.set('pace', pace);
  return address.href;
}

/** A phone joins by the join screen's QR code, answers every step, and opens its hand-in. */
async function phone(joinQr: string, pick: (step: number) => number) {
  const { page, errors } = await harness.chrome.open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  // These phones move freely through the track; the room's pace has its own test (reveal.test.ts).
  await page.goto(withPace(joinQr, 'free'));
  await expect(page.locator('.joined').textContent()).resolves.toContain('Answering for room');
  for (const [i, step] of steps.entries()) {
    await page.goto(`${harness.site.home}tracks/${TRACK}/${i + 1}/`);
    await expect(page.locator('.joined').isVisible()).resolves.toBe(true);
    await answer(page, step.choices[pick(i)]!.label);
  }
  const before = await page.evaluate(() => localStorage.getItem('judgment-calls:decisions'));
  await page.getByRole('link', { name: 'hand in your answers' }).click();
  const qr = page.locator('.hand-in-qr');
  await qr.waitFor();
  const code = (await page.locator('[data-hand-in-code]').getAttribute('data-hand-in-code'))!;
  const url = (await decodeQr(qr))!;
  expect(await page.evaluate(() => localStorage.getItem('judgment-calls:decisions')), 'handing in never changes the reader’s answers').toBe(
    before,
  );
  return { page, errors, code, url };
}

async function scan(page: Page, url: string, token: string) {
  writeQrVideo(video, url);
  const counted = page.locator('.log .counted', { hasText: `Phone ${token},` });
  const before = await counted.count();
  const started = Date.now();
  await page.getByRole('button', { name: 'Start scanning' }).click();
  await expect.poll(() => counted.count(), { timeout: 20_000, interval: 50 }).toBe(before + 1);
  const ms = Date.now() - started;
  // Let the camera see the same code many more times: it must still count once.
  await page.waitForTimeout(1500);
  await expect(counted.count()).resolves.toBe(before + 1);
  await page.getByRole('button', { name: 'Stop scanning' }).click();
  return ms;
}

/** The facilitator types a phone's code into the console. */
async function typeIn(page: Page, handIn: string) {
  await page.locator('#typed-code').fill(handIn);
  await page.getByRole('button', { name: 'Count this code' }).click();
}

/** The code a phone's hand-in page shows now. */
async function showCode(phonePage: Page) {
  await phonePage.goto(`${harness.site.home}room/my-hand-in/`);
  await phonePage.locator('.hand-in-qr').waitFor();
  return (await phonePage.locator('[data-hand-in-code]').getAttribute('data-hand-in-code'))!;
}

const tally = (page: Page) =>
  page
    .locator('.now .room-chart li')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('.figure')!.textContent!.split(' · ')[0]).map(Number));

describe('a room with phones', () => {
  it('two phones answer a track and hand in; the facilitator counts them by camera, URL and typed code', async () => {
    const { page, code } = await console_(`track:${TRACK}`);
    const joinQr = (await decodeQr(page.locator('.join-qr')))!;
    expect(joinQr).toBe(`${harness.site.home}tracks/${TRACK}/?room=${code}`);

    const first = await phone(joinQr, (i) => i % 2);
    const second = await phone(joinQr, () => 0);
    const token = (c: string) => c.slice(4, 8);
    expect(first.code).toHaveLength(14 + steps.length);
    console.log(`hand-in for a ${steps.length}-dilemma track: ${first.url.length}-character URL, ${first.code.length}-character code`);

    // Camera: counted once, however long the code stays in view.
    const ms = await scan(page, first.url, token(first.code));
    const decoder = await page.evaluate(() => ({
      native: 'BarcodeDetector' in window,
      zxing: performance.getEntriesByType('resource').some((entry) => /zxing_reader.*\.wasm$/.test(entry.name)),
    }));
    expect(decoder.zxing, 'ZXing loads exactly when the browser has no BarcodeDetector').toBe(!decoder.native);
    console.log(`scan to counted with the fake camera: ${ms} ms (${decoder.native ? 'BarcodeDetector' : 'ZXing'})`);
    await expect(page.locator('.log .counted').count()).resolves.toBe(1);
    await expect(page.locator('.console .phones').textContent()).resolves.toBe('1 phone has handed in so far.');

    // A hand-in URL opened on this device, as a phone's camera app would open it.
    const opened = await facilitator.newPage();
    await opened.goto(second.url);
    await expect(opened.locator('.received h2').textContent()).resolves.toBe('Counted');
    // Counted once: the code leaves the address, so a reload or a restored tab cannot count it again later.
    expect(new URL(opened.url()).hash).toBe('');
    await opened.reload();
    await expect(opened.locator('.received h2').textContent()).resolves.toBe('Not counted');
    await opened.close();
    await expect.poll(() => page.locator('.console .phones').textContent()).toBe('2 phones have handed in so far.');

    // The same phone typed again replaces its hand-in: still two phones.
    await page.locator('#typed-code').fill(grouped(first.code).toLowerCase());
    await page.getByRole('button', { name: 'Count this code' }).click();
    await expect.poll(() => page.locator('.log .counted').count()).toBe(2);
    await expect(page.locator('.log .counted').first().textContent()).resolves.toContain(
      `Phone ${token(first.code)}, room ${code}: ${steps.length} of ${steps.length} dilemmas answered; already counted, nothing changed.`,
    );
    await expect(page.locator('.console .phones').textContent()).resolves.toBe('2 phones have handed in so far.');

    // Each dilemma's chart shows exactly their answers.
    for (const [i, step] of steps.entries()) {
      await page.getByRole('button', { name: 'Reveal results' }).click();
      const expected = step.choices.map((_, c) => Number(c === i % 2) + Number(c === 0));
      await expect(tally(page)).resolves.toEqual(expected);
      if (i < steps.length - 1) await page.getByRole('button', { name: 'Next →' }).click();
    }

    // The first phone changes its mind on the last dilemma; a second scan replaces its vote rather than adding one.
    const last = steps.length - 1;
    await first.page.goto(`${harness.site.home}tracks/${TRACK}/${last + 1}/`);
    await first.page.getByRole('button', { name: 'Change my answer' }).click();
    await answer(first.page, steps[last]!.choices[2]!.label);
    await first.page.goto(`${harness.site.home}room/my-hand-in/`);
    const changed = (await decodeQr(first.page.locator('.hand-in-qr')))!;
    expect(changed).not.toBe(first.url);
    await scan(page, changed, token(first.code));
    await expect(tally(page)).resolves.toEqual(steps[last]!.choices.map((_, c) => Number(c === 2) + Number(c === 0)));
    await expect(page.locator('.console .phones').textContent()).resolves.toBe('2 phones have handed in so far.');

    expect([...facilitatorErrors, ...first.errors, ...second.errors]).toEqual([]);
  }, 120_000);

  it('counts four phones held up together in one pass', async () => {
    const step = steps[0]!;
    const { page, code } = await console_(`dilemma:${step.id}`);
    const room = { code, decisions: [{ id: step.id, choices: step.choices.map((c) => c.id) }] };
    const tokens = ['T9X4', 'K2M7', 'P3R8', 'W5Z6'];
    const urls = tokens.map(
      (token, i) => `${harness.site.home}room/hand-in/#${encodeHandIn(room, token, { [step.id]: step.choices[i % 2]!.id })}`,
    );
    // Every frame shows all four: a decoder that reads one code a frame would count one phone, forever.
    writeQrVideo(video, urls);
    const started = Date.now();
    await page.getByRole('button', { name: 'Start scanning' }).click();
    await expect
      .poll(() => page.locator('.console .phones').textContent(), { timeout: 20_000, interval: 50 })
      .toBe('4 phones have handed in so far.');
    console.log(`four codes in one frame, scan to all counted: ${Date.now() - started} ms`);
    await page.getByRole('button', { name: 'Stop scanning' }).click();
    await expect(page.locator('.log .counted').count()).resolves.toBe(4);
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await expect(tally(page)).resolves.toEqual(step.choices.map((_, c) => (c < 2 ? 2 : 0)));
    expect(facilitatorErrors).toEqual([]);
  });

  it('counts a phone that leaves and joins again as the same phone, its new hand-in replacing the old', async () => {
    const { page, code } = await console_(`track:${TRACK}`);
    const joinQr = (await decodeQr(page.locator('.join-qr')))!;
    const attendee = await phone(joinQr, () => 0);
    await typeIn(page, attendee.code);
    await expect.poll(() => page.locator('.console .phones').textContent()).toBe('1 phone has handed in so far.');

    // A tap on "Leave the room" asks first; cancelled, the phone stays in.
    await attendee.page.goto(`${harness.site.home}tracks/${TRACK}/1/`);
    attendee.page.once('dialog', (dialog) => void dialog.dismiss());
    await attendee.page.getByRole('button', { name: 'Leave the room' }).click();
    await expect(attendee.page.locator('.joined').isVisible()).resolves.toBe(true);
    attendee.page.once('dialog', (dialog) => void dialog.accept());
    await attendee.page.getByRole('button', { name: 'Leave the room' }).click();
    await expect.poll(() => attendee.page.locator('.joined').count()).toBe(0);

    // Back in by the join code, a changed answer, a new hand-in: still one phone.
    await attendee.page.goto(joinQr);
    await expect(attendee.page.locator('.joined').textContent()).resolves.toContain(`Answering for room ${code}`);
    await attendee.page.goto(`${harness.site.home}tracks/${TRACK}/1/`);
    await attendee.page.getByRole('button', { name: 'Change my answer' }).click();
    await answer(attendee.page, steps[0]!.choices[1]!.label);
    const again = await showCode(attendee.page);
    expect(again).not.toBe(attendee.code);
    await typeIn(page, again);
    await expect.poll(() => page.locator('.log .counted').count()).toBe(2);
    await expect(page.locator('.console .phones').textContent()).resolves.toBe('1 phone has handed in so far.');
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await expect(tally(page)).resolves.toEqual(steps[0]!.choices.map((_, c) => Number(c === 1)));
    expect([...facilitatorErrors, ...attendee.errors]).toEqual([]);
  }, 120_000);

  it('counts two people on one phone apart, and refuses a code older than the one counted', async () => {
    const { page } = await console_(`track:${TRACK}`);
    const joinQr = (await decodeQr(page.locator('.join-qr')))!;
    const attendee = await phone(joinQr, () => 0);
    const log = page.locator('.log li');
    await typeIn(page, attendee.code);
    await expect.poll(() => log.first().textContent()).toMatch(/; new\.$/);

    // The same person changes an answer: the new code replaces the old one...
    await attendee.page.goto(`${harness.site.home}tracks/${TRACK}/1/`);
    await attendee.page.getByRole('button', { name: 'Change my answer' }).click();
    await answer(attendee.page, steps[0]!.choices[1]!.label);
    const newer = await showCode(attendee.page);
    await typeIn(page, newer);
    await expect.poll(() => log.first().textContent()).toMatch(/replaces their earlier hand-in\.$/);
    // ...and the old code, shown again later, is refused rather than counted over it.
    await typeIn(page, attendee.code);
    await expect.poll(() => log.first().textContent()).toMatch(/older than the one already counted from phone/);
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await expect(tally(page)).resolves.toEqual(steps[0]!.choices.map((_, c) => Number(c === 1)));

    // Someone else answers on the same phone: a second person, whose hand-in adds a vote.
    await attendee.page.goto(`${harness.site.home}tracks/${TRACK}/1/`);
    await attendee.page.getByRole('button', { name: 'Someone else answers' }).click();
    await answer(attendee.page, steps[0]!.choices[2]!.label);
    const second = await showCode(attendee.page);
    await expect(attendee.page.locator('.answering').textContent()).resolves.toContain('person 2 on this phone');
    await expect(attendee.page.locator('.handed li').nth(1).textContent()).resolves.toContain('Not answered yet');
    await expect(attendee.page.locator('.show-it').textContent()).resolves.toContain('Show this screen to the facilitator');
    // The way back to what this person has not answered.
    await expect(attendee.page.locator('.handed li').nth(1).getByRole('link').getAttribute('href')).resolves.toBe(`/tracks/${TRACK}/2/`);
    // What to do when the facilitator calls a second vote, or opens a new room.
    await expect(attendee.page.locator('.later').textContent()).resolves.toMatch(
      /second vote.*show this screen again.*new room code.*Scan its join code/is,
    );
    await typeIn(page, second);
    await expect.poll(() => page.locator('.console .phones').textContent()).toBe('2 people on 1 phone have handed in so far.');
    await expect(page.locator('.now .room-tally .total').textContent()).resolves.toBe('2 people on 1 phone and 0 hands');
    await expect(tally(page)).resolves.toEqual(steps[0]!.choices.map((_, c) => Number(c === 1) + Number(c === 2)));
    // On a 1280×720 projector, with phones in, the question, the counts and the revealed chart fit one screen.
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.locator('.join-body').count()).resolves.toBe(0);
    await page.locator('.now').evaluate((now) => now.scrollIntoView({ block: 'start', behavior: 'instant' }));
    for (const part of ['#now-heading', '.now .counters', '.now .room-chart']) {
      const box = (await page.locator(part).boundingBox())!;
      expect(box.y, part).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, part).toBeLessThanOrEqual(720);
    }
    // Full screen for the projector: the same three parts fill the screen, and Escape brings the console back.
    await page.getByRole('button', { name: 'Show this dilemma full screen' }).click();
    const now = (await page.locator('.now').boundingBox())!;
    expect([now.x, now.y, now.width, now.height]).toEqual([0, 0, 1280, 720]);
    for (const part of ['#now-heading', '.now .counters', '.now .room-chart']) {
      const box = (await page.locator(part).boundingBox())!;
      expect(box.y + box.height, `${part}, full screen`).toBeLessThanOrEqual(720);
    }
    await expect(page.locator('#now-heading').evaluate((heading) => heading === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Show this dilemma full screen' }).isVisible()).resolves.toBe(true);
    expect((await page.locator('.now').boundingBox())!.height).not.toBe(720);
    // The first person's other answers are not handed in twice.
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await expect(tally(page)).resolves.toEqual(steps[1]!.choices.map((_, c) => Number(c === 0)));
    // A reload (or a laptop waking from sleep) keeps the console on the same dilemma.
    await page.reload();
    await expect.poll(() => page.locator('.console .steps span').textContent()).toBe(`Dilemma 2 of ${steps.length}`);
    await expect(tally(page)).resolves.toEqual(steps[1]!.choices.map((_, c) => Number(c === 0)));
    expect([...facilitatorErrors, ...attendee.errors]).toEqual([]);
  }, 120_000);

  it('shows a joined phone no facilitator tools, and says when a link’s room code cannot be read', async () => {
    const { page: consolePage } = await console_(`track:${TRACK}`);
    const joinQr = (await decodeQr(consolePage.locator('.join-qr')))!;
    const { page, errors } = await harness.chrome.open({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${harness.site.home}tracks/${TRACK}/1/?room=${encodeURIComponent('K!7')}`);
    await expect(page.locator('.joined[role=alert]').textContent()).resolves.toContain('“K!7” in this link is not one the site can read');

    // Before joining, the tools are there; once joined, the room tally, the pack and the notes are not.
    const tools = (p: Page) =>
      p.locator('.facilitator-only').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent).length);
    await expect(tools(page)).resolves.toBeGreaterThan(0);
    await page.goto(joinQr);
    await expect(page.locator('.joined').textContent()).resolves.toContain('Answering for room');
    await expect.poll(() => tools(page)).toBe(0);
    await page.goto(`${harness.site.home}tracks/${TRACK}/1/`);
    await page.locator('.joined').waitFor();
    await expect.poll(() => tools(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('runs a room for a coach’s own session', async () => {
    const ids = [steps[3]!.id, steps[0]!.id];
    const hash = `t=${encodeURIComponent('Thursday: new managers')}&d=${ids.join(',')}`;
    const { page, code } = await console_(hash);
    await expect(page.locator('.console-title').textContent()).resolves.toBe('Thursday: new managers');
    const joinQr = (await decodeQr(page.locator('.join-qr')))!;
    expect(joinQr).toBe(`${harness.site.home}sessions/?room=${code}#${hash}`);

    const { page: phonePage, errors } = await harness.chrome.open({ viewport: { width: 390, height: 844 } });
    await phonePage.goto(joinQr);
    await expect(phonePage.locator('.joined .room-code').textContent()).resolves.toBe(code);
    await phonePage.goto(`${harness.site.home}sessions/#${hash}&s=1`);
    await answer(phonePage, steps[3]!.choices[1]!.label);
    await phonePage.getByRole('link', { name: 'hand in your answers' }).click();
    const handIn = (await phonePage.locator('[data-hand-in-code]').getAttribute('data-hand-in-code'))!;
    await page.locator('#typed-code').fill(handIn);
    await page.getByRole('button', { name: 'Count this code' }).click();
    await expect(page.locator('.log .counted').first().textContent()).resolves.toContain('1 of 2 dilemmas answered');
    await page.getByRole('button', { name: 'Reveal results' }).click();
    await expect(tally(page)).resolves.toEqual(steps[3]!.choices.map((_, c) => Number(c === 1)));
    expect([...errors, ...facilitatorErrors]).toEqual([]);
  });

  it('refuses every kind of bad code with its reason, and counts nothing', async () => {
    const step = steps[0]!;
    const { page, code } = await console_(`dilemma:${step.id}`);
    const room = { code, decisions: [{ id: step.id, choices: step.choices.map((c) => c.id) }] };
    const good = encodeHandIn(room, 'T9X4', { [step.id]: step.choices[0]!.id });
    const withCheck = (body: string) => body + checkCharacter(body);
    const bad = {
      'not a Judgment Calls hand-in': 'https://example.com/wifi',
      'mistyped or unreadable character': good.slice(0, -1) + (good.endsWith('0') ? '1' : '0'),
      'newer version of the site': withCheck(`3${good.slice(1, -1)}`),
      [`for room ZZZ`]: encodeHandIn({ ...room, code: code === 'ZZZ' ? 'YYY' : 'ZZZ' }, 'T9X4', { [step.id]: step.choices[0]!.id }),
      'does not match this room’s dilemmas and choices': withCheck(`${good.slice(0, 11)}9${good.slice(12, -1)}`),
      'too short': good.slice(0, 5),
    };
    for (const [reason, typed] of Object.entries(bad)) {
      await page.locator('#typed-code').fill(typed);
      await page.getByRole('button', { name: 'Count this code' }).click();
      await expect(page.locator('#typed-error').textContent(), typed).resolves.toContain(reason === 'for room ZZZ' ? 'for room' : reason);
      await expect(page.locator('#typed-code').getAttribute('aria-invalid')).resolves.toBe('true');
    }
    await expect(page.locator('.log .counted').count()).resolves.toBe(0);
    await expect(page.locator('.console .phones').textContent()).resolves.toBe('No phones have handed in yet.');

    // A hand-in URL for a room this device is not running.
    const stray = await facilitator.newPage();
    await stray.goto(`${harness.site.home}room/hand-in/#${encodeHandIn({ ...room, code: 'QQQ' }, 'T9X4', {})}`);
    await expect(stray.locator('.received h2').textContent()).resolves.toBe('Not counted');
    await expect(stray.locator('.received').textContent()).resolves.toContain('not running room QQQ');
    await stray.goto(`${harness.site.home}room/hand-in/#garbage!`);
    await expect(stray.locator('.received').textContent()).resolves.toContain('not a Judgment Calls hand-in');
    await stray.close();

    // Console links naming nothing the site has, or mangled.
    for (const hash of ['track:no-such-track', 'track:%', '%E0%A4%A']) {
      await page.goto(`${harness.site.home}room/#${hash}`);
      await expect(page.locator('.problem[role=alert]').textContent(), hash).resolves.toContain('does not name a track or dilemma');
    }
    const phonePage = await facilitator.newPage();
    await phonePage.goto(`${harness.site.home}room/my-hand-in/#%`);
    await expect(phonePage.locator('.no-room').textContent()).resolves.toContain('not answering for a room');
    await phonePage.close();
    expect(facilitatorErrors).toEqual([]);
  });

  it('runs a second round and shows who moved, for hands and phones alike', async () => {
    const step = steps[1]!;
    const { page, code } = await console_(`dilemma:${step.id}`);
    const room = { code, decisions: [{ id: step.id, choices: step.choices.map((c) => c.id) }] };
    const [a, b] = step.choices.map((c) => c.id);
    const handIn = async (token: string, choice: string) => {
      await page.locator('#typed-code').fill(encodeHandIn(room, token, { [step.id]: choice }));
      await page.getByRole('button', { name: 'Count this code' }).click();
      await page
        .locator('.log li', { hasText: `Phone ${token},` })
        .first()
        .waitFor();
    };
    const hand = (letter: string, label: string) =>
      page
        .getByRole('button', { name: `+1 hand for ${label}` })
        .click()
        .then(() => letter);

    await handIn('AAAA', a!);
    await handIn('BBBB', a!);
    await handIn('CCCC', b!);
    await hand('B', step.choices[1]!.label);
    await hand('B', step.choices[1]!.label);
    // Hands can be typed too: nine in one go, then back to two.
    const typed = page.getByRole('spinbutton', { name: `Hands for ${step.choices[1]!.label}` });
    await expect(typed.inputValue()).resolves.toBe('2');
    await typed.fill('9');
    await typed.press('Enter');
    await expect.poll(() => page.locator('.now .room-tally .total').textContent()).toContain('9 hands');
    await typed.fill('2');
    await typed.press('Enter');
    await page.getByRole('button', { name: 'Vote again after discussion' }).click();
    await expect(page.locator('.now .room-tally .total').textContent()).resolves.toBe('Second vote: 0 hands counted');
    // The room is told, on the console and on the projector, that every phone hands in again.
    await expect(page.locator('.console .second-vote').textContent()).resolves.toContain('every phone hands in again, changed or not');
    await page.getByRole('button', { name: 'Show the join screen full size' }).click();
    await expect(page.locator('.join-projected .projected-announce').textContent()).resolves.toContain('every phone hands in again');
    await page.keyboard.press('Escape');
    await handIn('AAAA', b!);
    await handIn('BBBB', a!);
    await handIn('CCCC', b!);
    await hand('B', step.choices[1]!.label);
    await page.getByRole('button', { name: 'Reveal results' }).click();

    const table = page.locator('.rounds table');
    await expect(table.locator('caption').textContent()).resolves.toBe('First and second vote: 5 then 4 votes');
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td .figure')].map((c) => c.textContent)));
    expect(cells[0]).toEqual(['2 · 40%', '1 · 25%']);
    expect(cells[1]).toEqual(['3 · 60%', '3 · 75%']);
    const shift = await page.locator('.rounds .shift').textContent();
    expect(shift).toContain('Of 3 phones that voted both times, 1 changed their answer: 1 from A to B.');
    expect(shift).toContain('B −1');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `two votes side by side, ${scheme}`).toEqual([]);
    }

    // Resetting asks first when phones have handed in; declined, nothing goes.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Reset the count' }).click();
    await expect(table.locator('caption').textContent()).resolves.toBe('First and second vote: 5 then 4 votes');

    // The export carries both rounds.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download the results/ }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8');
    const rows = csv
      .trim()
      .split('\r\n')
      .map((row) => [...row.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!));
    expect(rows[0]).toEqual(['date', 'session', 'room', 'dilemma', 'question', 'round', 'choice', 'hands', 'phones', 'total']);
    // Every row says when, which session and which room, so several workshops' files can be put together.
    expect(new Set(rows.slice(1).map((r) => r.slice(0, 3).join('|')))).toEqual(
      new Set([`${new Date().toISOString().slice(0, 10)}|${await page.locator('.console-title').textContent()}|${code}`]),
    );
    const [first, second] = [1, 2].map((round) =>
      rows.filter((r) => r[3] === step.id && r[5] === String(round)).map((r) => r.slice(7).map(Number)),
    );
    expect(first).toEqual([[0, 2, 2], [2, 1, 3], ...step.choices.slice(2).map(() => [0, 0, 0])]);
    expect(second).toEqual([[0, 1, 1], [1, 2, 3], ...step.choices.slice(2).map(() => [0, 0, 0])]);

    // A new group: a new room starts from nothing, with a new code.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Start a new room' }).click();
    await expect.poll(() => page.locator('.console h1 .room-code').textContent()).not.toBe(code);
    await expect(page.locator('.console .phones').textContent()).resolves.toBe('No phones have handed in yet.');
    await expect(page.locator('.now .room-tally .total').textContent()).resolves.toBe('0 hands counted');
    expect(facilitatorErrors).toEqual([]);
  });

  it('joins a phone that moves on before the banner’s code has loaded', async () => {
    const { page, errors } = await harness.chrome.open({ viewport: { width: 390, height: 844 } });
    // The first page never gets the banner's code, as on a slow connection with a quick tap onwards.
    await page.route('**/JoinedBanner*.js', (route) => route.abort());
    await page.goto(`${harness.site.home}tracks/${TRACK}/?room=K7Q`);
    await page.unroute('**/JoinedBanner*.js');
    await page.goto(`${harness.site.home}tracks/${TRACK}/1/`);
    await expect(page.locator('.joined .room-code').textContent()).resolves.toBe('K7Q');
    // A dilemma page of another session does not claim the join.
    await page.goto(`${harness.site.home}dilemmas/${steps[0]!.id}/`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.joined').count()).resolves.toBe(0);
    expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
  });

  it('keeps a phone’s room in step with the page it is on, keeping its token', async () => {
    const step = steps[0]!;
    const { page, errors } = await harness.chrome.open();
    await page.goto(`${harness.site.home}about/`);
    const stale = {
      code: 'K7Q',
      title: 'Old',
      decisions: [{ id: step.id, choices: [step.choices[0]!.id] }],
      token: 'AAAA',
      at: Date.now(),
    };
    await page.evaluate(
      (room) =>
        localStorage.setItem('judgment-calls:joined', JSON.stringify({ version: 1, rooms: { [`dilemma:${room.id}`]: room.value } })),
      { id: step.id, value: stale },
    );
    await page.goto(`${harness.site.home}dilemmas/${step.id}/`);
    await expect(page.locator('.joined .room-code').textContent()).resolves.toBe('K7Q');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('judgment-calls:joined')!).rooms);
    expect(stored[`dilemma:${step.id}`]).toMatchObject({
      code: 'K7Q',
      token: 'AAAA',
      decisions: [{ id: step.id, choices: step.choices.map((c) => c.id) }],
    });
    expect(errors).toEqual([]);
  });

  it('loads the scanner only when scanning starts, and points to the other ways when there is no camera', async () => {
    const { page, errors } = await harness.chrome.open();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${harness.site.home}dilemmas/${steps[0]!.id}/`);
    await page.goto(`${harness.site.home}room/#dilemma:${steps[0]!.id}`);
    await page.locator('.console h1').waitFor();
    expect(scripts.filter((s) => /zxing|scanner/i.test(s))).toEqual([]);
    // This Chromium has no camera and no fake one: the message names the other two ways.
    await page.getByRole('button', { name: 'Start scanning' }).click();
    await expect(page.locator('.collect .problem[role=alert]').textContent()).resolves.toMatch(/camera.*type the code the phone shows/s);
    await expect(page.getByRole('button', { name: 'Start scanning' }).isEnabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('has no accessibility violations on the console, its join screen, a phone’s banner and hand-in, and a received hand-in', async () => {
    const step = steps[2]!;
    const { page, code } = await console_(`dilemma:${step.id}`);
    const { page: phonePage } = await harness.chrome.open({ viewport: { width: 390, height: 844 } });
    await phonePage.goto(`${harness.site.home}dilemmas/${step.id}/?room=${code.toLowerCase()}`);
    await expect(phonePage.locator('.joined .room-code').textContent()).resolves.toBe(code);
    expect(new URL(phonePage.url()).search, 'the room code is dropped from the address once joined').toBe('');
    const pages: [string, Page][] = [['dilemma page with the room banner', phonePage]];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await phonePage.emulateMedia({ colorScheme: scheme });
      await page.locator('#typed-code').fill('1ABC-DEFG-1X');
      await page.getByRole('button', { name: 'Count this code' }).click();
      await page.locator('#typed-error').waitFor();
      expect(await axeViolations(page), `console with a refused code, ${scheme}`).toEqual([]);
      await page.getByRole('button', { name: 'Show the join screen full size' }).click();
      await expect(page.locator('.join-projected').isVisible()).resolves.toBe(true);
      expect(await axeViolations(page), `join screen, ${scheme}`).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Show this dilemma full screen' }).click();
      expect(await axeViolations(page), `dilemma full screen, ${scheme}`).toEqual([]);
      await page.keyboard.press('Escape');
      for (const [name, p] of pages) expect(await axeViolations(p), `${name}, ${scheme}`).toEqual([]);
      await phonePage.goto(`${harness.site.home}room/my-hand-in/`);
      await phonePage.locator('.hand-in-qr').waitFor();
      expect(await axeViolations(phonePage), `phone hand-in, ${scheme}`).toEqual([]);
      const handIn = await phonePage.locator('[data-hand-in-code]').getAttribute('data-hand-in-code');
      const received = await facilitator.newPage();
      await received.emulateMedia({ colorScheme: scheme });
      await received.goto(`${harness.site.home}room/hand-in/#${handIn}`);
      await received.locator('.received').waitFor();
      expect(await axeViolations(received), `received hand-in, ${scheme}`).toEqual([]);
      await received.close();
      await phonePage.goto(`${harness.site.home}dilemmas/${step.id}/`);
    }
    // Leaving the room asks first, then takes the banner away and leaves the phone's answers alone.
    phonePage.once('dialog', (dialog) => void dialog.accept());
    await phonePage.getByRole('button', { name: 'Leave the room' }).click();
    await expect(phonePage.locator('.joined').count()).resolves.toBe(0);
    expect(facilitatorErrors).toEqual([]);
  });
});
