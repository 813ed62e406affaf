import type { RoomContent } from './hand-in-code';
import { ALPHABET, ROOM_LENGTH, fnv1a, normalise } from './room-code';

/*
 * The reveal code: three characters the console shows once the facilitator
 * reveals a dilemma's results, which a phone types (or scans as a link) to
 * show that dilemma's outcome. There is no server, so this is the only way
 * the facilitator's reveal can reach a phone.
 *
 * This is not security. The code is derived, FNV-1a of "<room code>:<dilemma
 * id>", so a curious attendee who reads this file can work it out, and the
 * outcomes are on the site for anyone to read anyway. Its job is the room's
 * pace: nobody sees what happened before the room has argued about it.
 */
export const REVEAL_LENGTH = 3;
/** Where a reveal link points, under the site's base: "<base>room/reveal/#K7Q-ABC". */
export const REVEAL_PATH = 'room/reveal/';

/** The code that reveals one dilemma of one room. */
export function revealCode(room: string, decision: string): string {
  const hash = fnv1a(`${room}:${decision}`);
  return [0, 5, 10].map((shift) => ALPHABET[(hash >>> shift) % 32]).join('');
}

/** The fragment of a reveal link: the room code and the reveal code. */
export const revealFragment = (room: string, decision: string) => `${room}-${revealCode(room, decision)}`;

/** Reads "#K7Q-ABC" (or "K7Q ABC", as typed) into its room and code; null if it is not one. */
export function readRevealFragment(fragment: string): { room: string; code: string } | null {
  const plain = normalise(fragment.replace(/^#/, '').slice(0, 40));
  if (plain.length !== ROOM_LENGTH + REVEAL_LENGTH || ![...plain].every((c) => ALPHABET.includes(c))) return null;
  return { room: plain.slice(0, ROOM_LENGTH), code: plain.slice(ROOM_LENGTH) };
}

/**
 * The dilemmas a typed code opens: the one it names and every one before it
 * in the room's order, so a phone that missed a reveal catches up with the
 * room in one go. None when the code names no dilemma of the room.
 */
export function unlockedBy(room: RoomContent, typed: string): string[] {
  const code = normalise(typed);
  const ids = room.decisions.map((d) => d.id);
  const at = ids.findIndex((id) => revealCode(room.code, id) === code);
  return at < 0 ? [] : ids.slice(0, at + 1);
}
