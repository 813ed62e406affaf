import { own } from '../../../lib/storage/guards';
import { countFor, readHandIn, type Rejection } from './hand-in-code';
import { $room, alreadyCounted, recordHandIn, sessionWithCode } from './store';

export type Collected =
  | { ok: true; session: string; room: string; console: string; token: string; answered: number; total: number; changed: boolean }
  | { ok: false; reason: Rejection; message: string };

/**
 * Counts one hand-in, scanned, opened as a URL or typed, into this device's
 * room with that code (or only into `session`, when a console collects for
 * one room). Anything it cannot count comes back with the reason; nothing
 * here throws.
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
  // A camera sees the same code many times a second: what is already counted is not written again.
  const changed = !alreadyCounted(state, target, counted.token, counted.votes);
  if (changed) recordHandIn(target, counted.token, counted.votes);
  const answered = Object.values(counted.votes).filter((v) => v !== null).length;
  return {
    ok: true,
    session: target,
    room: room.code,
    console: room.console,
    token: counted.token,
    answered,
    total: room.decisions.length,
    changed,
  };
}

/** "Phone T9X4, room K7Q: 4 of 6 dilemmas answered." (and whether that was already counted) */
export function countedMessage(c: Extract<Collected, { ok: true }>): string {
  const answered = c.total === 1 ? (c.answered === 0 ? 'not answered yet' : 'answered') : `${c.answered} of ${c.total} dilemmas answered`;
  return `Phone ${c.token}, room ${c.room}: ${answered}${c.changed ? '.' : '; already counted, nothing changed.'}`;
}
