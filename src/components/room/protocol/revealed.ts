import { own } from '../../../lib/storage/guards';
import { latestRoom, markRevealed, type JoinedRoom, type JoinedState } from './joined';
import { unlockedBy } from './reveal-code';

/*
 * What a phone in a room may show of a dilemma. The facilitator owns the
 * reveal: until the phone has the dilemma's reveal code, its outcome (where
 * the choice leads, what the narrator chose, the forces, the device's tally)
 * waits. A phone in no room, or one that has left, is a reader's own device
 * again and shows everything.
 */

/** The open room, most recently joined, whose dilemmas include this one: [session, room]. */
export const roomWith = (state: JoinedState, decision: string, now = Date.now()) =>
  latestRoom(state, now, (room) => room.decisions.some((d) => d.id === decision));

/** The open room this phone joined with this room code: where a scanned reveal link counts. */
export const roomWithCode = (state: JoinedState, code: string, now = Date.now()) => latestRoom(state, now, (room) => room.code === code);

export type Showing =
  /** Not in a room, or revealed: the whole answered state. */
  | { kind: 'open' }
  /** Answer, but the outcome waits for the facilitator's reveal. */
  | { kind: 'outcome-waits'; session: string; room: JoinedRoom }
  /** The room moves at the facilitator's pace and has not reached this dilemma: no question yet. */
  | { kind: 'room-behind'; session: string; room: JoinedRoom };

export function showing(state: JoinedState, decision: string, now = Date.now()): Showing {
  const found = roomWith(state, decision, now);
  if (!found) return { kind: 'open' };
  const [session, room] = found;
  if (room.revealed.includes(decision)) return { kind: 'open' };
  const at = room.decisions.findIndex((d) => d.id === decision);
  const before = room.decisions[at - 1];
  if (room.pace && before && !room.revealed.includes(before.id)) return { kind: 'room-behind', session, room };
  return { kind: 'outcome-waits', session, room };
}

/** Records a typed reveal code for a session's room: the dilemmas it opened, none (and nothing changed) if it is wrong. */
export function revealWith(state: JoinedState, session: string, typed: string): string[] {
  const room = own(state.rooms, session);
  const ids = room ? unlockedBy(room, typed) : [];
  if (ids.length > 0) markRevealed(session, ids);
  return ids;
}
