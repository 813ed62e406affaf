import { persistentAtom } from '@nanostores/persistent';
import { keepAside } from '../decision/storage';
// Importing the decision store installs the guarded storage engine first.
import { engine } from '../decision/store';

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

function decode(raw: string): RoomState {
  try {
    const data = JSON.parse(raw) as RoomState;
    if (data?.version === 1 && typeof data.sessions === 'object' && data.sessions) return data;
  } catch {}
  keepAside(engine, ROOM_KEY, raw);
  return EMPTY_ROOM;
}

export const $room = persistentAtom<RoomState>(ROOM_KEY, EMPTY_ROOM, { encode: JSON.stringify, decode });

export const roomDecision = (state: RoomState, session: string, decision: string): RoomDecision =>
  state.sessions[session]?.[decision] ?? { counts: {}, revealed: false };

function update(session: string, decision: string, change: (current: RoomDecision) => RoomDecision) {
  const state = $room.get();
  const current = roomDecision(state, session, decision);
  $room.set({
    ...state,
    sessions: { ...state.sessions, [session]: { ...state.sessions[session], [decision]: change(current) } },
  });
}

/** One more (or one fewer) hand for a choice; never below zero. */
export const countHand = (session: string, decision: string, choice: string, delta: 1 | -1) =>
  update(session, decision, (d) => ({ ...d, counts: { ...d.counts, [choice]: Math.max(0, (d.counts[choice] ?? 0) + delta) } }));

export const setRevealed = (session: string, decision: string, revealed: boolean) =>
  update(session, decision, (d) => ({ ...d, revealed }));

export const resetRoomDecision = (session: string, decision: string) =>
  update(session, decision, () => ({ counts: {}, revealed: false }));

export const clearRoom = () => $room.set(EMPTY_ROOM);
