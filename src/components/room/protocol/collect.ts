import { own } from '../../../lib/storage/guards';
import { countFor, readHandIn, voterKey, type Rejection } from './hand-in-code';
import { $room, alreadyCounted, latestOrder, recordHandIn, sessionWithCode } from './store';

/** What counting did: a voter's first hand-in, one that replaced their earlier one, or the same again. */
export type CountedAs = 'new' | 'replaced' | 'same';

export type Collected =
  | {
      ok: true;
      session: string;
      room: string;
      console: string;
      token: string;
      /** Who on the phone: 0, then 1, 2… after "someone else answers". */
      person: number;
      answered: number;
      total: number;
      as: CountedAs;
    }
  | { ok: false; reason: Rejection; message: string };

/**
 * Counts one hand-in, scanned, opened as a URL or typed, into this device's
 * room with that code (or only into `session`, when a console collects for
 * one room). Anything it cannot count comes back with the reason; nothing
 * here throws. A code older than the one already counted from the same
 * person (a replayed code, or a camera that still sees an old screen) is
 * refused, never counted over the newer one.
 */
export function collect(text: string, session?: string): Collected {
  const reading = readHandIn(text);
  if (!reading.ok) return reading;
  const state = $room.get();
  const target = session ?? sessionWithCode(state, reading.handIn.room);
  const room = target === undefined ? undefined : own(state.rooms, target);
  if (target === undefined || !room) {
    return {
      ok: false,
      reason: 'other-room',
      message: `This device is not running room ${reading.handIn.room}, so the hand-in was not counted. Open it on the device that shows the room’s join screen.`,
    };
  }
  const counted = countFor(room, text);
  if (!counted.ok) return counted;
  const voter = voterKey(counted.token, counted.person);
  const latest = latestOrder(state, target, voter);
  if (latest !== undefined && counted.order < latest) {
    return {
      ok: false,
      reason: 'older',
      message: `This hand-in is older than the one already counted from ${who(counted.token, counted.person)}, so it was not counted: ask for the code the phone shows now.`,
    };
  }
  // A camera sees the same code many times a second: what is already counted is not written again.
  const known = latest !== undefined;
  const same = alreadyCounted(state, target, voter, counted.votes);
  if (!same) recordHandIn(target, voter, counted.order, counted.votes);
  const answered = Object.values(counted.votes).filter((v) => v !== null).length;
  return {
    ok: true,
    session: target,
    room: room.code,
    console: room.console,
    token: counted.token,
    person: counted.person,
    answered,
    total: room.decisions.length,
    as: same ? 'same' : known ? 'replaced' : 'new',
  };
}

const who = (token: string, person: number) => (person === 0 ? `phone ${token}` : `phone ${token} (person ${person + 1})`);

/** "Phone T9X4, room K7Q: 4 of 6 dilemmas answered; new." (or replaced, or already counted) */
export function countedMessage(c: Extract<Collected, { ok: true }>): string {
  const answered = c.total === 1 ? (c.answered === 0 ? 'not answered yet' : 'answered') : `${c.answered} of ${c.total} dilemmas answered`;
  const as = { new: 'new.', replaced: 'replaces their earlier hand-in.', same: 'already counted, nothing changed.' }[c.as];
  const name = who(c.token, c.person);
  return `${name[0]!.toUpperCase()}${name.slice(1)}, room ${c.room}: ${answered}; ${as}`;
}
