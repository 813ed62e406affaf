import { versionedStore, type VersionedSpec } from '../storage/versioned-store';
import { field, listOf, own, recordOf, shape, text, time } from '../storage/guards';
import type { RoomContent } from './hand-in-code';
import { TOKEN_LENGTH, randomCode } from './room-code';
import { roomCodeGuard, roomContentGuard, tokenGuard } from './room-content';
import { JOINED_KEY } from './joined-key';

/*
 * An attendee's phone: the rooms it answers for. The token tells the
 * facilitator's device that two hand-ins came from the same phone, so the
 * second replaces the first; it is random and says nothing about the reader.
 * Nothing here touches the reader's own answers.
 */
export { JOINED_KEY };

export interface JoinedRoom extends RoomContent {
  title: string;
  /** When the phone joined: a room is forgotten after a workshop day. */
  at: number;
}

export interface JoinedState {
  version: 1;
  token: string | null;
  /** By session: "track:<id>", "dilemma:<id>" or "session:<ids>". */
  rooms: Record<string, JoinedRoom>;
}

export const EMPTY_JOINED: JoinedState = Object.freeze({ version: 1, token: null, rooms: {} });
export const ROOM_LIFETIME = 12 * 60 * 60 * 1000;

const joinedGuard = shape<JoinedRoom>({ code: roomCodeGuard, title: text(300), decisions: listOf(roomContentGuard), at: time });

const spec: VersionedSpec<JoinedState> = {
  key: JOINED_KEY,
  version: 1,
  validate: (data, problems) => ({
    version: 1,
    token: field(data, 'token', (v, p, pr) => (v === null ? null : tokenGuard(v, p, pr)), null, problems),
    rooms: field(data, 'rooms', recordOf(joinedGuard), {}, problems),
  }),
  empty: EMPTY_JOINED,
};
export const $joined = versionedStore(spec).$store;

/** The room this phone answers for in a session, unless it has lapsed. */
export function joinedRoom(state: JoinedState, session: string, now = Date.now()): JoinedRoom | undefined {
  const room = own(state.rooms, session);
  return room && now - room.at < ROOM_LIFETIME && room.at <= now + 60_000 ? room : undefined;
}

/** The most recently joined room still open, for a phone that lands on its hand-in page without one named. */
export function latestRoom(state: JoinedState, now = Date.now()): [string, JoinedRoom] | undefined {
  return Object.keys(state.rooms)
    .map((session) => [session, joinedRoom(state, session, now)] as const)
    .filter((entry): entry is [string, JoinedRoom] => entry[1] !== undefined)
    .sort((a, b) => b[1].at - a[1].at)[0];
}

export function joinRoom(session: string, room: Omit<JoinedRoom, 'at'>, now = Date.now()): void {
  const state = $joined.get();
  $joined.set({
    ...state,
    token: state.token ?? randomCode(TOKEN_LENGTH),
    rooms: { ...state.rooms, [session]: { ...room, at: now } },
  });
}

export function leaveRoom(session: string): void {
  const state = $joined.get();
  const rooms = { ...state.rooms };
  delete rooms[session];
  $joined.set({ ...state, rooms });
}
