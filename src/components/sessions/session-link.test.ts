import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_DILEMMAS, MAX_TEXT, cleanText, readSessionHash, sessionHash, sessionKey, type SessionLink } from './session-link';
import { key } from '../../lib/storage/guards';

const session: SessionLink = {
  title: 'Pricing & trust: 100% honest?',
  audience: 'New account managers',
  ids: ['double-billing', 'demo-the-prototype'],
};

describe('session links', () => {
  it('writes title, audience and ids in one readable order', () => {
    expect(sessionHash(session)).toBe(
      't=Pricing%20%26%20trust%3A%20100%25%20honest%3F&a=New%20account%20managers&d=double-billing,demo-the-prototype',
    );
  });

  it('reads back what it wrote, with the step it is at', () => {
    expect(readSessionHash(`#${sessionHash(session, { at: 'step', step: 2 })}`)).toEqual({
      session,
      view: { at: 'step', step: 2 },
      extra: 0,
      kit: '',
    });
    expect(readSessionHash(sessionHash(session, { at: 'finish' })).view).toEqual({ at: 'finish' });
    expect(sessionHash(session, { at: 'step', step: 3, present: true })).toMatch(/&s=3p$/);
    expect(readSessionHash(sessionHash(session, { at: 'step', step: 3, present: true })).view).toEqual({
      at: 'step',
      step: 3,
      present: true,
    });
    expect(readSessionHash('#d=a&s=p3').view).toEqual({ at: 'overview' });
    expect(readSessionHash(sessionHash(session)).view).toEqual({ at: 'overview' });
  });

  it('leaves empty fields out, and reads an empty hash as an empty session', () => {
    expect(sessionHash({ title: '', audience: '', ids: [] })).toBe('');
    expect(readSessionHash('')).toEqual({ session: { title: '', audience: '', ids: [] }, view: { at: 'overview' }, extra: 0, kit: '' });
  });

  it('reads hand-typed links: plus signs, stray percent signs, repeats and blanks', () => {
    const read = readSessionHash('#t=Q3+review+at+100%&d=a,,a,b%2Cc,%E0%A4%A&s=0&t=ignored');
    expect(read.session).toEqual({ title: 'Q3 review at 100%', audience: '', ids: ['a', 'b,c', '%E0%A4%A'] });
    expect(read.view).toEqual({ at: 'overview' });
  });

  it('reads a link written before coaches could add their words exactly as before, and keeps k= apart', () => {
    const old = '#t=Trust&a=Leads&d=one,two&s=2';
    expect(readSessionHash(old)).toEqual({
      session: { title: 'Trust', audience: 'Leads', ids: ['one', 'two'] },
      view: { at: 'step', step: 2 },
      extra: 0,
      kit: '',
    });
    expect(sessionHash(readSessionHash(old).session, { at: 'step', step: 2 })).toBe(old.slice(1));
    const rich = readSessionHash('#t=Trust&d=one,two&k=abc-_DEF&s=end');
    expect(rich.kit).toBe('abc-_DEF');
    expect(rich.view).toEqual({ at: 'finish' });
    expect(sessionHash(rich.session, rich.view, rich.kit)).toBe('t=Trust&d=one,two&k=abc-_DEF&s=end');
  });

  it('caps a very long title and a very long list', () => {
    const ids = Array.from({ length: MAX_DILEMMAS + 5 }, (_, i) => `d${i}`);
    const read = readSessionHash(sessionHash({ title: 'x'.repeat(5000), audience: '', ids }));
    expect(Array.from(read.session.title)).toHaveLength(MAX_TEXT);
    expect(read.session.title.endsWith('…')).toBe(true);
    expect(read.session.ids).toEqual(ids.slice(0, MAX_DILEMMAS));
    expect(read.extra).toBe(5);
  });

  it('keeps text on one line, without control characters', () => {
    expect(cleanText('  Line one\n\tline\u0000two \u2028 ')).toBe('Line one line two');
  });

  it('never throws, whatever the hash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (hash) => {
        const read = readSessionHash(hash);
        expect(read.session.ids.length).toBeLessThanOrEqual(MAX_DILEMMAS);
        expect(Array.from(read.session.title).length).toBeLessThanOrEqual(MAX_TEXT);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any clean session', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => cleanText(s));
    const ids = fc.uniqueArray(
      fc
        .string({ minLength: 1, maxLength: 20 })
        .map((s) => cleanText(s, 100))
        .filter(Boolean),
      { maxLength: MAX_DILEMMAS },
    );
    fc.assert(
      fc.property(text, text, ids, (title, audience, list) => {
        const written = { title, audience, ids: list };
        expect(readSessionHash(sessionHash(written)).session).toEqual(written);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('session keys', () => {
  it('are "session:" and the comma-joined ids', () => {
    expect(sessionKey(['a', 'b'])).toBe('session:a,b');
  });

  it('always pass the stores’ own key check, and stay distinct when long', () => {
    const long = Array.from({ length: MAX_DILEMMAS }, (_, i) => `next-quarter-hold-the-signature-${i}`);
    const swapped = [long[1]!, long[0]!, ...long.slice(2)];
    for (const ids of [long, swapped]) expect(key(sessionKey(ids), 'key', [])).toBe(sessionKey(ids));
    expect(sessionKey(long)).not.toBe(sessionKey(swapped));
    expect(sessionKey(long).startsWith('session:next-quarter-hold-the-signature-0,')).toBe(true);
  });
});
