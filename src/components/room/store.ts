import { versionedStore, type VersionedSpec } from '../storage/versioned-store';
import { count, fail, field, own, recordOf, shape, type Guard } from '../storage/guards';

/*
 * The facilitator's room tally: hands counted on one shared device, kept apart
 * from anybody's own answers. A session is a track or a single dilemma, so a
 * room working through a track keeps its counts from screen to screen.
 */
export const ROOM_KEY = 'judgment-calls:room';

export interface RoomDecision {
  counts: Record<string, number>;
  revealed: boolean;
}

export interface RoomState {
  version: 1;
  sessions: Record<string, Record<string, RoomDecision>>;
}

export const EMPTY_ROOM: RoomState = Object.freeze({ version: 1, sessions: {} });

// Only the room stores a flag; kept here so story pages do not carry it.
const flag: Guard<boolean> = (value, path, problems) => (typeof value === 'boolean' ? value : fail(problems, path, 'is not true or false'));
const decisionGuard = shape<RoomDecision>({ counts: recordOf(count), revealed: flag });

export const roomSpec: VersionedSpec<RoomState> = {
  key: ROOM_KEY,
  version: 1,
  validate: (data, problems) => ({ version: 1, sessions: field(data, 'sessions', recordOf(recordOf(decisionGuard)), {}, problems) }),
  empty: EMPTY_ROOM,
};
export const $room = versionedStore(roomSpec).$store;

export const roomDecision = (state: RoomState, session: string, decision: string): RoomDecision =>
  own(own(state.sessions, session), decision) ?? { counts: {}, revealed: false };

function update(session: string, decision: string, change: (current: RoomDecision) => RoomDecision) {
  const state = $room.get();
  const current = roomDecision(state, session, decision);
  $room.set({
    ...state,
    sessions: { ...state.sessions, [session]: { ...own(state.sessions, session), [decision]: change(current) } },
  });
}

/** One more (or one fewer) hand for a choice; never below zero. */
export const countHand = (session: string, decision: string, choice: string, delta: 1 | -1) =>
  update(session, decision, (d) => ({ ...d, counts: { ...d.counts, [choice]: Math.max(0, (own(d.counts, choice) ?? 0) + delta) } }));

export const setRevealed = (session: string, decision: string, revealed: boolean) =>
  update(session, decision, (d) => ({ ...d, revealed }));

export const resetRoomDecision = (session: string, decision: string) =>
  update(session, decision, () => ({ counts: {}, revealed: false }));

export const clearRoom = () => $room.set(EMPTY_ROOM);
