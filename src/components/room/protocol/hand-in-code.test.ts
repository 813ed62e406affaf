import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALPHABET, HAND_IN_PATH, checkCharacter, countFor, encodeHandIn, grouped, readHandIn, type RoomContent } from './hand-in-code';

const room: RoomContent = {
  code: 'K7Q',
  decisions: [
    { id: 'gift', choices: ['accept', 'decline', 'ask'] },
    { id: 'rebate', choices: ['refuse', 'report'] },
    { id: 'side-letter', choices: ['sign', 'escalate', 'rewrite', 'walk'] },
  ],
};
const url = (code: string) => `https://judgment-calls.test/${HAND_IN_PATH}#${code}`;

describe('hand-in codes', () => {
  it('round-trips a phone’s answers, unanswered dilemmas included', () => {
    const code = encodeHandIn(room, 'T9X4', { gift: 'decline', 'side-letter': 'walk' }, { person: 1, order: 37 });
    // Person 1, order 37 = "15" in base 32.
    expect(code).toMatch(/^2K7QT9X4115204...$/);
    expect(countFor(room, code)).toEqual({
      ok: true,
      token: 'T9X4',
      person: 1,
      order: 37,
      votes: { gift: 'decline', rebate: null, 'side-letter': 'walk' },
    });
    expect(countFor(room, url(code))).toEqual(countFor(room, code));
  });

  it('still reads a format 1 code, from a page cached before people and order, as person 0, order 0', () => {
    const body = `1K7QT9X4204${encodeHandIn(room, 'T9X4', {}).slice(-3, -1)}`;
    const reading = readHandIn(body + checkCharacter(body));
    expect(reading).toMatchObject({ ok: true, handIn: { token: 'T9X4', person: 0, order: 0, answers: [2, 0, 4] } });
  });

  it('forgives case, spaces, dashes and look-alike letters when typed', () => {
    const code = encodeHandIn(room, '1V0Z', { gift: 'ask', rebate: 'refuse' });
    const typed = grouped(code).toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o').replace(/v/g, 'u').replace(/-/g, ' - ');
    expect(countFor(room, typed)).toEqual(countFor(room, code));
  });

  it('names the reason for every code it refuses', () => {
    const good = encodeHandIn(room, 'T9X4', { gift: 'accept' });
    const withCheck = (body: string) => body + checkCharacter(body);
    const reason = (input: string) => {
      const result = countFor(room, input);
      return result.ok ? 'counted' : result.reason;
    };
    expect(reason('https://example.com/wifi')).toBe('foreign');
    expect(reason('WIFI:S:venue;T:WPA;P:secret;;')).toBe('foreign');
    expect(reason('')).toBe('malformed');
    expect(reason(good.slice(0, 6))).toBe('malformed');
    expect(reason(good.slice(0, 9) + (good[9] === '1' ? '2' : '1') + good.slice(10))).toBe('malformed');
    expect(reason(withCheck('3' + good.slice(1, -1)))).toBe('newer');
    expect(reason(encodeHandIn({ ...room, code: 'ZZZ' }, 'T9X4', { gift: 'accept' }))).toBe('other-room');
    expect(reason(withCheck(good.slice(0, 11) + '9' + good.slice(12, -1)))).toBe('forged');
    expect(reason(withCheck(good.slice(0, 11) + '1000' + good.slice(14, -1)))).toBe('forged');
    const renamed = { ...room, decisions: room.decisions.map((d, i) => (i === 0 ? { ...d, id: 'gift-2' } : d)) };
    expect(reason(encodeHandIn(renamed, 'T9X4', { 'gift-2': 'accept' }))).toBe('forged');
    expect(reason(url(good))).toBe('counted');
  });

  it('catches every single mistyped character (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...room.decisions[0]!.choices),
        fc.nat(16),
        fc.constantFrom(...ALPHABET),
        (choice, position, replacement) => {
          const code = encodeHandIn(room, 'T9X4', { gift: choice });
          fc.pre(code[position] !== replacement);
          const typo = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(countFor(room, typo).ok).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('never throws, whatever is scanned or typed (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...ALPHABET, '-', ' ', '#') }), fc.webUrl()), (input) => {
        const result = countFor(room, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('reads a six-dilemma hand-in as a short code: 20 characters, three more than format 1 for who and when', () => {
    const six: RoomContent = { code: 'K7Q', decisions: Array.from({ length: 6 }, (_, i) => ({ id: `d${i}`, choices: ['a', 'b', 'c'] })) };
    const code = encodeHandIn(six, 'T9X4', Object.fromEntries(six.decisions.map((d) => [d.id, 'b'])));
    expect(code).toHaveLength(20);
    expect(readHandIn(grouped(code))).toMatchObject({ ok: true, handIn: { answers: [2, 2, 2, 2, 2, 2] } });
  });
});
