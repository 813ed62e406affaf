import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, waitIn, type Engine, type EnginePage } from './support/engines';
import { serve, type Served } from './support/serve';
import { SITES } from './support/sites';
import { publishedStories, readTracks } from './support/content';
import { decodePng } from './support/qr';
import { readHandIn } from '../src/components/room/protocol/hand-in-code';
import { revealCode } from '../src/components/room/protocol/reveal-code';

/*
 * The core reader flows, and a phone in a room, in Firefox and WebKit
 * (Chromium runs them, and more, in the other files). A missing engine is
 * skipped with the reason printed, unless REQUIRE_ENGINES=1 (set by .ci/run),
 * which makes it a failure.
 */
const KEY = 'judgment-calls:decisions';
const decision = publishedStories().flatMap((s) => s.decisions)[0]!;
const [first, second] = decision.choices as [(typeof decision.choices)[0], (typeof decision.choices)[0]];
const ran: string[] = [];
/** The room runs the shortest fixture track: a phone answers every dilemma in it, and these engines are slow to wake a page. */
const track = readTracks().sort((a, b) => a.decisions.length - b.decisions.length)[0]!;
const steps = track.decisions.map((id) =>
  publishedStories()
    .flatMap((s) => s.decisions)
    .find((d) => d.id === id)!,
);

/** Clicks the button whose text starts with `text`, as a reader's pointer would. */
const clickButton = (page: EnginePage, text: string) =>
  page.run((t: string) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(t));
    if (!button) throw new Error(`no button "${t}"`);
    button.click();
  }, text);

const errors = (page: EnginePage) => page.run(() => JSON.parse(sessionStorage.getItem('__test_errors') ?? '[]') as string[]);
const stored = (page: EnginePage) => page.run((k: string) => localStorage.getItem(k), KEY);
const ourKeys = (page: EnginePage) =>
  page.run(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('judgment-calls:'))
      .sort(),
  );

/** Opens a page whose scripts get the named test helpers injected first (test/support/in-page). */
async function start(engine: Engine, site: Served, helpers: string[] = []) {
  const page = await engine.open();
  await page.goto(`${site.home}404-to-set-a-cookie`);
  await page.cookie('jc-test', ['errors', ...helpers].join(','));
  return page;
}

async function openDilemma(page: EnginePage, site: Served, path = `dilemmas/${decision.id}/`) {
  await page.goto(`${site.home}${path}`);
  await waitIn(page, 'the widget to wake', () => document.querySelector('[data-island="decision"][data-awake]') !== null);
}

const textOf = (page: EnginePage, selector: string) => page.run((s: string) => document.querySelector(s)?.textContent ?? '', selector);

async function answer(page: EnginePage, choice: string) {
  await page.click(`section.decision input[value="${choice}"]`);
  await page.click('section.decision .commit');
  return waitIn(page, 'the verdict', () => document.querySelector('section.decision .verdict')?.textContent ?? '');
}

const available = ENGINES.map((spec) => ({ spec, reason: spec.missing() }));
for (const { spec, reason } of available.filter((e) => e.reason)) {
  if (process.env.REQUIRE_ENGINES) {
    it(`${spec.name} is installed`, () => {
      throw new Error(`${spec.name} is required here: ${reason}`);
    });
  } else {
    console.log(`Not testing ${spec.name}: ${reason}. Set REQUIRE_ENGINES=1 to make this a failure.`);
  }
}

afterAll(() => {
  console.log(`Engines tested in this file: ${ran.length ? ran.join(', ') : 'none'} (Chromium runs in the other browser tests)`);
});

for (const { spec } of available.filter((e) => !e.reason)) {
  describe(`in ${spec.name}`, () => {
    let engine: Engine;
    let site: Served;
    beforeAll(async () => {
      [engine, site] = await Promise.all([spec.start(), serve(SITES.root.dir)]);
      ran.push(spec.name);
    });
    afterAll(async () => {
      await engine?.close();
      await site?.close();
    });

    it('keeps an answer across a reload', async () => {
      const page = await start(engine, site);
      await openDilemma(page, site);
      expect(await answer(page, first.id)).toContain(first.label);
      await page.reload();
      expect(
        await waitIn(page, 'the stored verdict', () => document.querySelector('section.decision .verdict')?.textContent ?? ''),
      ).toContain(first.label);
      expect(await errors(page)).toEqual([]);
    });

    it('works in memory when storage is blocked, and says so', async () => {
      const page = await start(engine, site, ['blocked']);
      await openDilemma(page, site);
      expect(await answer(page, first.id)).toContain(first.label);
      expect(await page.run(() => document.querySelector('section.decision .status')?.textContent ?? '')).toContain(
        'not letting the site save',
      );
      expect(await errors(page)).toEqual([]);
    });

    it('sets unreadable storage aside once and keeps working', async () => {
      const page = await start(engine, site);
      await page.goto(`${site.home}about/`);
      await page.run((k: string) => localStorage.setItem(k, '{not json'), KEY);
      for (let visit = 0; visit < 3; visit++) await openDilemma(page, site);
      const aside = (await ourKeys(page)).filter((k) => k.startsWith(`${KEY}:unreadable:`));
      expect(aside).toHaveLength(1);
      expect(await answer(page, second.id)).toContain(second.label);
      expect(JSON.parse((await stored(page))!).answers[decision.id].choice).toBe(second.id);
      expect(await errors(page)).toEqual([]);
    });

    it('exports, clears everything and imports back exactly', async () => {
      const page = await start(engine, site);
      await openDilemma(page, site);
      await answer(page, first.id);
      const before = await stored(page);
      await page.goto(`${site.home}my-answers/`);
      await waitIn(page, 'the answer list', () => document.querySelectorAll('.answer-list > li').length === 1);
      // Catch the exported file instead of letting the browser save it.
      await page.run(() => {
        const win = window as unknown as { exported?: string };
        URL.createObjectURL = (blob: Blob) => (void blob.text().then((text) => (win.exported = text)), 'about:blank');
        HTMLAnchorElement.prototype.click = function () {};
      });
      await clickButton(page, 'Export as a file');
      const exported = await waitIn(page, 'the export', () => (window as unknown as { exported?: string }).exported);
      expect(JSON.parse(exported).data).toEqual(JSON.parse(before!));

      await clickButton(page, 'Clear all my data');
      await clickButton(page, 'Yes, clear everything');
      await waitIn(page, 'the clear', () => document.querySelector('.data .status')?.textContent?.includes('cleared'));
      expect(await ourKeys(page)).toEqual([]);

      await page.run((text: string) => {
        const input = document.querySelector<HTMLInputElement>('#import-file')!;
        const files = new DataTransfer();
        files.items.add(new File([text], 'answers.json', { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, exported);
      expect(
        await waitIn(page, 'the import', () => document.querySelector('.data .status')?.textContent?.match(/Imported.*/)?.[0]),
      ).toContain('Imported 1 answer');
      expect(JSON.parse((await stored(page))!)).toEqual(JSON.parse(before!));
      expect(await errors(page)).toEqual([]);
    });

    it('opens the search dialog with / and finds stories', async () => {
      const page = await start(engine, site);
      await page.goto(site.home);
      await page.press('/');
      await waitIn(page, 'the dialog', () => {
        const modal = document.querySelector('pagefind-modal');
        return Boolean(modal?.querySelector('dialog[open]') ?? modal?.shadowRoot?.querySelector('dialog[open]'));
      });
      await page.press(...'commission');
      const results = await waitIn(page, 'results', () => {
        const modal = document.querySelector('pagefind-modal');
        const root = modal?.shadowRoot ?? modal;
        return root?.querySelectorAll('.pf-result').length ?? 0;
      });
      expect(results).toBeGreaterThan(0);
      expect(await errors(page)).toEqual([]);
    });

    it('answers with the keyboard alone', async () => {
      const page = await start(engine, site);
      await openDilemma(page, site);
      const focused = () =>
        page.run(() => (document.activeElement as HTMLInputElement | null)?.matches('section.decision input[type=radio]') ?? false);
      for (let tab = 0; tab < 60 && !(await focused()); tab++) await page.press('Tab');
      expect(await focused()).toBe(true);
      await page.press(' ');
      const firstPicked = await page.run(() => document.querySelector<HTMLInputElement>('section.decision input:checked')?.value);
      await page.press('ArrowDown');
      const picked = await waitIn(
        page,
        'a new pick',
        (was?: string) => {
          const value = document.querySelector<HTMLInputElement>('section.decision input:checked')?.value;
          return value && value !== was ? value : '';
        },
        firstPicked,
      );
      const onCommit = () => page.run(() => document.activeElement?.matches('section.decision .commit') ?? false);
      for (let tab = 0; tab < 6 && !(await onCommit()); tab++) await page.press('Tab');
      await page.press('Enter');
      const label = decision.choices.find((c) => c.id === picked)!.label;
      expect(await waitIn(page, 'the verdict', () => document.querySelector('section.decision .verdict')?.textContent ?? '')).toContain(
        label,
      );
      expect(await page.run(() => document.activeElement?.classList.contains('verdict'))).toBe(true);
      expect(await errors(page)).toEqual([]);
    });

    describe('a room', () => {
      it('a phone that joined at the room’s pace shows no outcome until it opens the reveal link from the screen', async () => {
        const room = await start(engine, site);
        await room.goto(`${site.home}room/#track:${track.id}`);
        const code = await waitIn(room, 'the room code', () => document.querySelector('.console h1 .room-code')?.textContent);
        const join = decodePng(await room.screenshot('.join-qr'));
        // At the room's pace, the default, the join link carries nothing more than the room.
        expect(join).toBe(`${site.home}tracks/${track.id}/?room=${code}`);

        // Its own profile (in WebKit this ends the console's browser: the link below is what its reveal QR code carries).
        const phone = await start(engine, site);
        await phone.goto(join!);
        expect(await waitIn(phone, 'the attendee view', () => document.querySelector('.joined .attendee')?.textContent)).toContain(
          `room ${code}: what to do`,
        );
        await openDilemma(phone, site, `tracks/${track.id}/1/`);
        expect(await answer(phone, steps[0]!.choices[0]!.id)).toContain('Your answer is in');
        expect(await phone.run(() => document.querySelectorAll('section.decision .consequence').length)).toBe(0);

        await phone.goto(`${site.home}room/reveal/#${code}-${revealCode(code!, steps[0]!.id)}`);
        expect(await waitIn(phone, 'the outcome', () => document.querySelectorAll('section.decision .consequence').length > 0)).toBe(true);
        expect(await errors(phone)).toEqual([]);
      });

      it(`a phone joins by the join QR code, answers a track and hands in: its QR code carries the code it shows${spec.sideBySide ? ', which the console counts typed' : ''}`, async () => {
        const room = await start(engine, site);
        // Phones free to move through the track (the room's pace is tested in reveal.test.ts).
        await room.goto(`${site.home}room/?pace=free#track:${track.id}`);
        const code = await waitIn(room, 'the room code', () => document.querySelector('.console h1 .room-code')?.textContent);
        // The phone's camera reads the join screen, as an attendee's would.
        const join = decodePng(await room.screenshot('.join-qr'));
        expect(join).toBe(`${site.home}tracks/${track.id}/?room=${code}&pace=free`);
        expect(await errors(room)).toEqual([]);

        // Its own profile, so nothing the phone shows comes from the console's storage. (In WebKit it ends the console's browser.)
        const phone = await start(engine, site);
        await phone.goto(join!);
        expect(await waitIn(phone, 'the join', () => document.querySelector('.joined')?.textContent)).toContain(
          `Answering for room ${code}`,
        );
        // Each step's choice, 1-based as the hand-in carries it; alternating, so a code that ignored the answers would show.
        const picks = steps.map((_, i) => (i % 2) + 1);
        for (const [i, step] of steps.entries()) {
          await openDilemma(phone, site, `tracks/${track.id}/${i + 1}/`);
          const choice = step.choices[picks[i]! - 1]!;
          expect(await answer(phone, choice.id)).toContain(choice.label);
        }
        await waitIn(phone, 'the banner', () => document.querySelector('.joined a') !== null);
        await phone.click('.joined a');
        const handIn = await waitIn(phone, 'the hand-in', () =>
          document.querySelector('[data-hand-in-code]')?.getAttribute('data-hand-in-code'),
        );
        expect(readHandIn(handIn)).toMatchObject({ ok: true, handIn: { room: code, answers: picks } });
        expect(decodePng(await phone.screenshot('.hand-in-qr'))).toBe(`${site.home}room/hand-in/#${handIn}`);
        expect(await errors(phone)).toEqual([]);
        if (!spec.sideBySide) return;

        // The facilitator types the code as the phone shows it, in groups of four.
        const shown = await textOf(phone, '[data-hand-in-code]');
        await room.click('#typed-code');
        await room.press(...shown);
        await room.click('form.typed button[type=submit]');
        // Counted as a new phone with every answer, not refused: the log's first line says which.
        expect(await waitIn(room, 'the count', () => document.querySelector('.log li')?.textContent)).toBe(
          `Counted: Phone ${handIn.slice(4, 8)}, room ${code}: ${steps.length} of ${steps.length} dilemmas answered; new.`,
        );
        expect(await textOf(room, '.console .phones')).toBe('1 phone has handed in so far.');
        expect(await errors(room)).toEqual([]);
      });
    });
  });
}
