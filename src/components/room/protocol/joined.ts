import { versionedStore, type VersionedSpec } from '../../../lib/storage/versioned-store';
import { field, isRecord, key, listOf, own, recordOf, shape, text, time, yesNo } from '../../../lib/storage/guards';
import type { RoomContent } from './hand-in-code';
import { TOKEN_LENGTH, randomCode } from './room-code';
import { MAX_TITLE, roomCodeGuard, roomContentGuard, roomTitle, tokenGuard } from './room-content';
import { JOINED_KEY } from './joined-key';

/*
 * An attendee's phone: the rooms it answers for. Each room gets its own random
 * token, which tells the facilitator's device that two hand-ins came from the
 * same phone, so the second replaces the first; a new room gets a new token,
 * so hand-ins to different rooms cannot be linked. The token outlives leaving:
 * a phone that leaves and joins the same room again is still one phone, until
 * the room lapses. Nothing here touches the reader's own answers.
 */
export { JOINED_KEY };

export interface JoinedRoom extends RoomContent {
  title: string;
  token: string;
  /** When the phone joined: a room is forgotten after a workshop day. */
  at: number;
  /** Dilemmas whose outcome the facilitator has revealed to this phone (by reveal code): the rest wait. */
  revealed: string[];
  /** The facilitator's "phones wait for my reveal": a dilemma waits until the one before it is revealed. */
  pace: boolean;
}

/** A room's token, kept after leaving: `at` is when the phone first joined. */
export interface RoomToken {
  token: string;
  at: number;
}

export interface JoinedState {
  version: 3;
  /** By session: "track:<id>", "dilemma:<id>" or "session:<ids>". */
  rooms: Record<string, JoinedRoom>;
  /** By room code: the token this phone hands in with, joined now or before. */
  tokens: Record<string, RoomToken>;
}

export const EMPTY_JOINED: JoinedState = Object.freeze({ version: 3, rooms: {}, tokens: {} });
export const ROOM_LIFETIME = 12 * 60 * 60 * 1000;

const joinedGuard = shape<JoinedRoom>({
  code: roomCodeGuard,
  title: text(MAX_TITLE),
  decisions: roomContentGuard,
  token: tokenGuard,
  at: time,
  revealed: listOf(key),
  pace: yesNo,
});

const tokenRecordGuard = shape<RoomToken>({ token: tokenGuard, at: time });

const spec: VersionedSpec<JoinedState> = {
  key: JOINED_KEY,
  version: 3,
  migrations: [
    // 1 → 2: tokens kept by room code, so leaving no longer forgets them.
    (data) => {
      const tokens: Record<string, unknown> = {};
      for (const room of Object.values(isRecord(data.rooms) ? data.rooms : {})) {
        if (isRecord(room) && typeof room.code === 'string') tokens[room.code] = { token: room.token, at: room.at };
      }
      return { ...data, tokens };
    },
    // 2 → 3: rooms joined before the facilitator owned the reveal show their outcomes as they did, and set no pace.
    (data) => {
      const rooms = Object.entries(isRecord(data.rooms) ? data.rooms : {}).map(([session, room]) => [
        session,
        isRecord(room)
          ? { ...room, revealed: Array.isArray(room.decisions) ? room.decisions.map((d) => (isRecord(d) ? d.id : d)) : [], pace: false }
          : room,
      ]);
      return { ...data, rooms: Object.fromEntries(rooms) };
    },
  ],
  validate: (data, problems) => ({
    version: 3,
    rooms: field(data, 'rooms', recordOf(joinedGuard), {}, problems),
    tokens: field(data, 'tokens', recordOf(tokenRecordGuard), {}, problems),
  }),
  empty: EMPTY_JOINED,
};
export const $joined = versionedStore(spec).$store;

const open = (room: { at: number } | undefined, now: number) =>
  room !== undefined && now - room.at < ROOM_LIFETIME && room.at <= now + 60_000;

/** The room this phone answers for in a session, unless it has lapsed. */
export function joinedRoom(state: JoinedState, session: string, now = Date.now()): JoinedRoom | undefined {
  const room = own(state.rooms, session);
  return open(room, now) ? room : undefined;
}

/**
 * The most recently joined room still open (that `fits`, if asked): for a
 * phone that lands on its hand-in page without one named, or a dilemma's room.
 */
export function latestRoom(state: JoinedState, now = Date.now(), fits = (_room: JoinedRoom) => true): [string, JoinedRoom] | undefined {
  return Object.entries(state.rooms)
    .filter(([, room]) => open(room, now) && fits(room))
    .sort((a, b) => b[1].at - a[1].at)[0];
}

/**
 * Keeps only rooms and tokens still open, and `change`s them: once none is
 * left the key goes, and pages stop loading the banner.
 */
function keepOpen(change: (rooms: Record<string, JoinedRoom>, tokens: Record<string, RoomToken>) => void, now = Date.now()): void {
  const state = $joined.get();
  const rooms = Object.fromEntries(Object.entries(state.rooms).filter(([, room]) => open(room, now)));
  const tokens = Object.fromEntries(Object.entries(state.tokens).filter(([, token]) => open(token, now)));
  change(rooms, tokens);
  const empty = Object.keys(rooms).length === 0 && Object.keys(tokens).length === 0;
  $joined.set(empty ? EMPTY_JOINED : { version: 3, rooms, tokens });
}

/**
 * Joins a session's room. The same room, joined again (after leaving too),
 * keeps the phone's token, so its hand-ins still replace each other and the
 * room still counts one phone.
 */
export function joinRoom(
  session: string,
  { pace = false, ...room }: Omit<JoinedRoom, 'at' | 'token' | 'revealed' | 'pace'> & { pace?: boolean },
  now = Date.now(),
): void {
  keepOpen((rooms, tokens) => {
    const known = own(tokens, room.code);
    const token = known ?? { token: randomCode(TOKEN_LENGTH), at: now };
    tokens[room.code] = token;
    // The same room joined again keeps what was revealed; a new room starts with nothing revealed.
    const before = own(rooms, session);
    const revealed = before?.code === room.code ? before.revealed : [];
    rooms[session] = { ...room, title: roomTitle(room.title), token: token.token, at: now, revealed, pace };
  }, now);
}

/** Records dilemmas the facilitator has revealed in a session's room. */
export const markRevealed = (session: string, ids: string[]) =>
  keepOpen((rooms) => {
    const room = own(rooms, session);
    if (room) rooms[session] = { ...room, revealed: [...new Set([...room.revealed, ...ids])] };
  });

/** Stops answering for a session's room; the token stays, should the phone join it again. */
export const leaveRoom = (session: string) => keepOpen((rooms) => void delete rooms[session]);

/** When this phone first joined the room with this code (its token's age), or undefined. */
export const firstJoined = (state: JoinedState, code: string): number | undefined => own(state.tokens, code)?.at;

/** Forgets rooms that have lapsed. */
export const forgetLapsed = () => keepOpen(() => {});
