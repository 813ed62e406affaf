import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { readSessionHash, sessionHash, sessionKey } from '../components/sessions/session-link';
import { loadScope } from '../components/room/console/scope';
import { collect } from '../components/room/protocol/collect';
import { $room, EMPTY_ROOM, openRoom } from '../components/room/protocol/store';
import { encodeHandIn } from '../components/room/protocol/hand-in-code';
import { normalise } from '../components/room/protocol/room-code';
import { roomCodeGuard } from '../components/room/protocol/room-content';
import { useTestStore } from './storage/test-store';

/*
 * Every reader of a value that arrives from outside (a session link, the room
 * console's fragment, `?room=`, a scanned or typed hand-in), fed arbitrary
 * strings and every name on Object.prototype, alone and in the places a link
 * puts an id. RUNS adds up to more than 5,000 cases; the import file has its
 * own (lib/storage/reader-data.property.test.ts).
 */
const RUNS = { session: 1500, scope: 800, room: 1500, handIn: 1500 };

const PROTO = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];
const word = fc.oneof(fc.constantFrom(...PROTO), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }));
/** A string shaped like the values that reach each reader, or like nothing at all. */
const untrusted = fc.oneof(
  word,
  word.map((w) => `#d=${w},${w}&t=${w}&s=${w}`),
  word.map((w) => `track:${w}`),
  word.map((w) => `dilemma:${encodeURIComponent(w)}`),
  fc.tuple(word, word).map(([a, b]) => `#${a}=${b}&d=${encodeURIComponent(a)}`),
  word.map((w) => `https://judgment-calls.test/room/hand-in/#${w}`),
  fc.webUrl(),
);

describe('untrusted input never breaks a reader', () => {
  it('reads any session link without throwing, and writes back only what it kept', () => {
    fc.assert(
      fc.property(untrusted, (hash) => {
        const { session, view, extra } = readSessionHash(hash);
        expect(session.ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
        expect(['overview', 'step', 'finish']).toContain(view.at);
        expect(extra).toBeGreaterThanOrEqual(0);
        // What it kept survives its own link unchanged.
        expect(readSessionHash(sessionHash(session)).session).toEqual(session);
        expect(typeof sessionKey(session.ids)).toBe('string');
      }),
      { numRuns: RUNS.session },
    );
  });

  describe('the room console’s fragment', () => {
    beforeEach(() => {
      // No dilemma exists: every summary is a 404, as on a site without it.
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response('not found', { status: 404 })),
      );
    });
    afterEach(() => vi.unstubAllGlobals());

    it('opens nothing for a fragment naming nothing this site has, and never rejects', async () => {
      const tracks = { real: { title: 'Real', decisions: ['a', 'b'] } };
      await fc.assert(
        fc.asyncProperty(untrusted, async (hash) => {
          await expect(loadScope(hash, tracks, '/dilemmas/')).resolves.toBeNull();
        }),
        { numRuns: RUNS.scope },
      );
    });
  });

  it('joins only a well-formed room code from ?room=', () => {
    fc.assert(
      fc.property(untrusted, (asked) => {
        const code = normalise(asked);
        const kept = roomCodeGuard(code, 'room', []);
        if (kept !== undefined) expect(kept).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}$/);
      }),
      { numRuns: RUNS.room },
    );
  });

  describe('hand-ins', () => {
    useTestStore($room, EMPTY_ROOM);

    it('refuses what it cannot count with a message, and changes nothing', () => {
      const room = openRoom('track:t', 'T', [{ id: 'constructor', choices: ['toString', '__proto__'] }], '#track:t');
      const good = encodeHandIn(room, 'T9X4', { constructor: '__proto__' });
      fc.assert(
        fc.property(
          fc.oneof(
            untrusted,
            word.map((w) => `${good.slice(0, 8)}${w}`),
          ),
          (input) => {
            const before = JSON.stringify($room.get());
            const result = collect(input);
            if (!result.ok) {
              expect(result.message.length).toBeGreaterThan(0);
              expect(JSON.stringify($room.get())).toBe(before);
            }
          },
        ),
        { numRuns: RUNS.handIn },
      );
      // And a good code still counts, under an id Object.prototype also has.
      expect(collect(good)).toMatchObject({ ok: true, as: 'new' });
    });
  });
});
