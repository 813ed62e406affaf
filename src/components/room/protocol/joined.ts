import { versionedStore, type VersionedSpec } from '../../../lib/storage/versioned-store';
import { field, own, recordOf, shape, text, time } from '../../../lib/storage/guards';
import type { RoomContent } from './hand-in-code';
import { TOKEN_LENGTH, randomCode } from './room-code';
import { MAX_TITLE, roomCodeGuard, roomContentGuard, roomTitle, tokenGuard } from './room-content';
import { JOINED_KEY } from './joined-key';

/*
 * An attendee's phone: the rooms it answers for. Each room gets its own random
 * token, which tells the facilitator's device that two hand-ins came from the
 * same phone, so the second replaces the first; a new room gets a new token,
 * so hand-ins to different rooms cannot be linked. Nothing here touches the
 * reader's own answers.
 */
export { JOINED_KEY };

export interface JoinedRoom extends RoomContent {
  title: string;
  token: string;
  /** When the phone joined: a room is forgotten after a workshop day. */
  at: number;
}

export interface JoinedState {
  version: 1;
  /** By session: "track:<id>", "dilemma:<id>" or "session:<ids>". */
  rooms: Record<string, JoinedRoom>;
}

export const EMPTY_JOINED: JoinedState = Object.freeze({ version: 1, rooms: {} });
export const ROOM_LIFETIME = 12 * 60 * 60 * 1000;

const joinedGuard = shape<JoinedRoom>({
  code: roomCodeGuard,
  title: text(MAX_TITLE),
  decisions: roomContentGuard,
  token: tokenGuard,
  at: time,
});

const spec: VersionedSpec<JoinedState> = {
  key: JOINED_KEY,
  version: 1,
  validate: (data, problems) => ({ version: 1, rooms: field(data, 'rooms', recordOf(joinedGuard), {}, problems) }),
  empty: EMPTY_JOINED,
};
export const $joined = versionedStore(spec).$store;

const open = (room: JoinedRoom | undefined, now: number) => room !== undefined && now - room.at < ROOM_LIFETIME && room.at <= now + 60_000;

/** The room this phone answers for in a session, unless it has lapsed. */
export function joinedRoom(state: JoinedState, session: string, now = Date.now()): JoinedRoom | undefined {
  const room = own(state.rooms, session);
  return open(room, now) ? room : undefined;
}

/** The most recently joined room still open, for a phone that lands on its hand-in page without one named. */
export function latestRoom(state: JoinedState, now = Date.now()): [string, JoinedRoom] | undefined {
  return Object.entries(state.rooms)
    .filter(([, room]) => open(room, now))
    .sort((a, b) => b[1].at - a[1].at)[0];
}

/** Keeps only rooms still open, and `change`s them: once none is left the key goes, and pages stop loading the banner. */
function keepOpen(change: (rooms: Record<string, JoinedRoom>) => void, now = Date.now()): void {
  const rooms = Object.fromEntries(Object.entries($joined.get().rooms).filter(([, room]) => open(room, now)));
  change(rooms);
  $joined.set(Object.keys(rooms).length === 0 ? EMPTY_JOINED : { version: 1, rooms });
}

/** Joins a session's room; rejoining the same room keeps the phone's token, so its hand-ins still replace each other. */
export function joinRoom(session: string, room: Omit<JoinedRoom, 'at' | 'token'>, now = Date.now()): void {
  const known = joinedRoom($joined.get(), session, now);
  const token = known?.code === room.code ? known.token : randomCode(TOKEN_LENGTH);
  keepOpen((rooms) => void (rooms[session] = { ...room, title: roomTitle(room.title), token, at: now }), now);
}

export const leaveRoom = (session: string) => keepOpen((rooms) => void delete rooms[session]);

/** Forgets rooms that have lapsed. */
export const forgetLapsed = () => keepOpen(() => {});
