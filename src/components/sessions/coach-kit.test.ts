import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_KIT,
  MAX_NOTE,
  PROJECTOR_QR,
  MAX_PROSE,
  closingOf,
  cleanParagraphs,
  noteOf,
  openingOf,
  packKit,
  unpackKit,
  type CoachKit,
} from './coach-kit';
import { readSessionHash, sessionHash } from './session-link';
import { SESSION_CLOSING, SESSION_OPENING } from './words';
import { SESSION_PLAN } from './plan';
import { encodeModules } from '../share/qr';

const ids = ['gift-cup-final-tickets', 'council-the-touchpads', 'referral-is-he-independent', 'seeing-when-to-tell', 'double-invoice'];

// Ordinary workshop prose, not repeated filler: repetition would flatter the compression.
const OPENING =
  'Welcome, and thank you for giving this session the morning. We will look at five moments from real selling where the right answer is not obvious, and where a good seller could defend more than one choice.\n\nHere is how it works. I read each situation aloud. You decide on your own, before anyone speaks, and show your hand when I count. Then we argue: first the best case for each side, then the case against. Only after that do I tell you what the person in the story did and how it turned out for them.\n\nNothing said here leaves the room, and nobody has to explain their vote. What matters is the reasoning, because the same pressure will find you on a Friday afternoon at quarter end, when nobody is watching and the customer wants an answer today.';
const CLOSING =
  'Look back at the dilemmas where the room split most. Each side was weighing something real: the deal, the relationship, the rules, or what we would be comfortable explaining to a customer who found out later.\n\nBefore you leave, write down one situation from this morning that could happen to you this quarter. Next to it, write the first sentence you would say, and the name of the person you would say it to. Keep the card in your wallet.\n\nIn two weeks I will send a short note asking whether the moment came, what you said, and what happened next. There is no right answer to that either; I only want to hear how it went, so we can build the next session around it.';
const NOTES = [
  'Rooms in our region accept the tickets almost every time. Push on the tender timing: would the answer change if the award were next month instead of next week? Bring up our own gifts policy, clause four, here, and ask who in the room has the register open.',
  'The finance people in the room will spot the double count at once. Ask the sellers to explain to them why it felt harmless, and let the two groups argue before you reveal what the narrator did and what it cost her.',
  'Expect a quick vote for the referral. Slow the room down with one question: who pays the referrer, and does the client know? Our partner programme rules cover this in section two, so have them open on the screen before you start the vote.',
  'This one runs long because people tell their own stories. Allow it, but keep one eye on the clock; cut the second vote if you are already past the half hour, and come back to it in the debrief with the whole room listening.',
  'A good one to close on. Ask what the customer would say if they saw the invoice history, then ask what the narrator’s manager would say, and listen closely for the difference between the two answers you get back from them.',
];
const KIT: CoachKit = {
  plan: { opening: 6, dilemma: 12, slack: 4, debrief: 15 },
  opening: OPENING,
  closing: CLOSING,
  background: '',
  notes: Object.fromEntries(ids.map((id, i) => [id, NOTES[i]!])),
};
const words = (text: string) => text.split(/\s+/).length;
const qrVersion = (text: string) => (encodeModules(text).size - 17) / 4;

describe('the coach’s kit in a link', () => {
  it('round-trips minutes, opening, closing, background and a note per dilemma', async () => {
    const packed = await packKit({ ...KIT, background: 'Rooms split on the second.' }, ids);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    const { kit, damaged } = await unpackKit(packed);
    expect(damaged).toBe(false);
    expect(kit).toEqual({ ...KIT, background: 'Rooms split on the second.' });
    expect(openingOf(kit)).toEqual(OPENING.split('\n\n'));
    expect(closingOf(kit)).toEqual(CLOSING.split('\n\n'));
    expect(noteOf(kit, ids[2]!)).toBe(NOTES[2]);
  });

  it('writes nothing for a kit that holds only the defaults, so such a link is an old one', async () => {
    expect(await packKit(EMPTY_KIT, ids)).toBe('');
    expect(await packKit({ ...EMPTY_KIT, opening: ' \n\n ', notes: { 'not-in-the-session': 'A note' } }, ids)).toBe('');
    expect(await unpackKit('')).toEqual({ kit: EMPTY_KIT, damaged: false });
    expect(openingOf(EMPTY_KIT)).toBe(SESSION_OPENING);
    expect(closingOf(EMPTY_KIT)).toBe(SESSION_CLOSING);
  });

  it('sits after the ids in the link, and leaves the room’s link without it', async () => {
    const packed = await packKit(KIT, ids);
    const session = { title: 'Gifts and conflicts – Q3', audience: 'New account managers', ids };
    const hash = sessionHash(session, { at: 'step', step: 2 }, packed);
    expect(hash).toMatch(/&d=[^&]+&k=[A-Za-z0-9_-]+&s=2$/);
    const read = readSessionHash(hash);
    expect(read.session).toEqual(session);
    expect(read.kit).toBe(packed);
    expect(sessionHash(read.session)).not.toContain('k=');
  });

  it('measures a five-dilemma session with a 120-word opening and closing and five 40-word notes', async () => {
    const opening = OPENING.split(/\s+/).slice(0, 120).join(' ');
    const closing = CLOSING.split(/\s+/).slice(0, 120).join(' ');
    const notes = Object.fromEntries(ids.map((id, i) => [id, NOTES[i]!.split(/\s+/).slice(0, 40).join(' ')]));
    expect([words(opening), words(closing), ...Object.values(notes).map(words)]).toEqual([120, 120, 40, 40, 40, 40, 40]);
    const prose = opening.length + closing.length + Object.values(notes).join('').length;
    const packed = await packKit({ ...KIT, opening, closing, notes }, ids);
    const session = { title: 'Gifts and conflicts of interest – Q3 AM onboarding', audience: 'New account managers (0–12 months)', ids };
    const full = `https://judgment-calls.example/sessions/#${sessionHash(session, undefined, packed)}`;
    const room = `https://judgment-calls.example/sessions/?room=KAW#${sessionHash(session)}`;
    console.log(
      `coach's kit: ${prose} characters of prose → k= of ${packed.length}; full link ${full.length} characters, QR version ${qrVersion(full)} (L); the room's link ${room.length}, version ${qrVersion(room)}`,
    );
    // Deflate halves the prose; base64 gives a third of that back. The full link
    // still fits one QR code (version 32), far too dense for a projector; the room's does.
    expect(packed.length).toBeLessThan(prose * 0.75);
    expect(qrVersion(full)).toBeLessThanOrEqual(40);
    expect(full.length).toBeGreaterThan(PROJECTOR_QR);
    expect(room.length).toBeLessThanOrEqual(PROJECTOR_QR);
    expect(qrVersion(`https://judgment-calls.example/${'x'.repeat(PROJECTOR_QR - 31)}`)).toBe(13);
  });

  it('falls back to the generated words, and says so, when the value is cut short or garbled', async () => {
    const packed = await packKit(KIT, ids);
    for (const bad of [
      packed.slice(0, -12),
      packed.slice(0, packed.length >> 1),
      `${packed.slice(0, 40)}AAAA${packed.slice(44)}`,
      'not base64!',
      '%%%',
      'A',
      'x'.repeat(50_000),
    ]) {
      const read = await unpackKit(bad);
      expect(read, bad.slice(0, 30)).toEqual({ kit: EMPTY_KIT, damaged: true });
    }
  });

  it('reads anything at all without throwing, within its limits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (value) => {
        const { kit } = await unpackKit(value);
        expect(kit.plan.dilemma).toBeGreaterThanOrEqual(8);
      }),
      { numRuns: 300 },
    );
  });

  it('clamps minutes and lengths, strips control characters, and drops what is not text', async () => {
    const bomb = await packKit({ ...EMPTY_KIT, opening: 'x '.repeat(3000) }, []);
    const { kit } = await unpackKit(bomb);
    expect(Array.from(kit.opening)).toHaveLength(MAX_PROSE);
    // A hand-made value: minutes out of range, control characters, a note too long and one not text.
    const raw = JSON.stringify({
      m: [0, 99, -4, 'ten'],
      o: 'First\u0000 line\r\n\r\n\tSecond\u2028line',
      n: { a: 'y'.repeat(5000), b: 42, '': 'no id', __proto__: 'kept as a plain key' },
    });
    const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const value = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const read = await unpackKit(value);
    expect(read.damaged).toBe(false);
    expect(read.kit.plan).toEqual({ opening: 2, dilemma: 20, slack: 0, debrief: SESSION_PLAN.debrief });
    expect(read.kit.opening).toBe('First line\n\nSecond line');
    expect(Array.from(noteOf(read.kit, 'a'))).toHaveLength(MAX_NOTE);
    expect(noteOf(read.kit, 'b')).toBe('');
    expect(noteOf(read.kit, 'constructor')).toBe('');
    expect(cleanParagraphs('  one\n\n\n\n two  ', 100)).toBe('one\n\ntwo');
  });
});
