import { versionedStore, type VersionedSpec } from '../../../lib/storage/versioned-store';
import { count, dict, fail, field, isRecord, key, own, recordOf, shape, text, type Guard } from '../../../lib/storage/guards';
import { phoneOf, type RoomContent } from './hand-in-code';
import { ROOM_LENGTH, randomCode } from './room-code';
import { MAX_TITLE, roomCodeGuard, roomContentGuard, roomTitle } from './room-content';

/*
 * The facilitator's room: hands counted and phones' hand-ins collected on one
 * device, kept apart from anybody's own answers. A session is a track, a
 * single dilemma or a coach's own list, so a room working through a track
 * keeps its counts from screen to screen. A dilemma can be voted on twice
 * (vote, discuss, vote again): each vote is a round.
 */
export const ROOM_KEY = 'judgment-calls:room';

export interface Round {
  /** Hands counted per choice. */
  counts: Record<string, number>;
  /**
   * Each voter's vote, by voter key (the phone's token and who on it, see
   * hand-in-code.ts): one per person, a later hand-in replaces it.
   */
  handIns: Record<string, string>;
}

export interface RoomDecision {
  /** One round, or two once the room votes again. */
  rounds: Round[];
  revealed: boolean;
}

export interface RoomState {
  version: 3;
  sessions: Record<string, Record<string, RoomDecision>>;
  /** Per session, once opened to phones: its code and what hand-ins are read against. */
  rooms: Record<string, OpenRoom>;
  /** Per session, per voter key: the order of the latest hand-in counted; an older one is refused. */
  orders: Record<string, Record<string, number>>;
}

export interface OpenRoom extends RoomContent {
  title: string;
  /** The console's own address fragment, for the way back to it from a hand-in opened elsewhere. */
  console: string;
}

export const EMPTY_ROOM: RoomState = Object.freeze({ version: 3, sessions: {}, rooms: {}, orders: {} });
export const MAX_ROUNDS = 2;
const emptyRound = (): Round => ({ counts: {}, handIns: {} });

// Only the room stores a flag; kept here so story pages do not carry it.
const flag: Guard<boolean> = (value, path, problems) => (typeof value === 'boolean' ? value : fail(problems, path, 'is not true or false'));
const roundGuard = shape<Round>({ counts: recordOf(count), handIns: recordOf(key) });
const roundsGuard: Guard<Round[]> = (value, path, problems) => {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_ROUNDS)
    return fail(problems, path, `is not 1 to ${MAX_ROUNDS} rounds`);
  const rounds = value.map((round, i) => roundGuard(round, `${path}.${i}`, problems));
  return rounds.every((r) => r !== undefined) ? (rounds as Round[]) : undefined;
};
const decisionGuard = shape<RoomDecision>({ rounds: roundsGuard, revealed: flag });
const openRoomGuard = shape<OpenRoom>({ code: roomCodeGuard, title: text(MAX_TITLE), decisions: roomContentGuard, console: text(4000) });

export const roomSpec: VersionedSpec<RoomState> = {
  key: ROOM_KEY,
  version: 3,
  migrations: [
    // 1 → 2: hand counts become the first round; phones and room codes arrive.
    (data) => {
      const sessions = isRecord(data.sessions) ? data.sessions : {};
      const upgraded = Object.fromEntries(
        Object.entries(sessions).map(([session, decisions]) => [
          session,
          isRecord(decisions)
            ? Object.fromEntries(
                Object.entries(decisions).map(([id, d]) => [
                  id,
                  isRecord(d) ? { rounds: [{ counts: d.counts, handIns: {} }], revealed: d.revealed } : d,
                ]),
              )
            : decisions,
        ]),
      );
      return { ...data, sessions: upgraded, rooms: {} };
    },
    // 2 → 3: hand-ins keyed by phone and person (token + "0"), and the order of each.
    (data) => {
      const rekey = (handIns: unknown) =>
        isRecord(handIns)
          ? Object.fromEntries(Object.entries(handIns).map(([token, vote]) => [token.length === 4 ? `${token}0` : token, vote]))
          : handIns;
      const sessions = Object.fromEntries(
        Object.entries(isRecord(data.sessions) ? data.sessions : {}).map(([session, decisions]) => [
          session,
          isRecord(decisions)
            ? Object.fromEntries(
                Object.entries(decisions).map(([id, d]) => [
                  id,
                  isRecord(d) && Array.isArray(d.rounds)
                    ? { ...d, rounds: d.rounds.map((r: unknown) => (isRecord(r) ? { ...r, handIns: rekey(r.handIns) } : r)) }
                    : d,
                ]),
              )
            : decisions,
        ]),
      );
      return { ...data, sessions, orders: {} };
    },
  ],
  validate: (data, problems) => ({
    version: 3,
    sessions: field(data, 'sessions', recordOf(recordOf(decisionGuard)), {}, problems),
    rooms: field(data, 'rooms', recordOf(openRoomGuard), {}, problems),
    orders: field(data, 'orders', recordOf(recordOf(count)), {}, problems),
  }),
  empty: EMPTY_ROOM,
};
export const roomStore = versionedStore(roomSpec);
export const $room = roomStore.$store;

const fresh = (): RoomDecision => ({ rounds: [emptyRound()], revealed: false });

export const roomDecision = (state: RoomState, session: string, decision: string): RoomDecision =>
  own(own(state.sessions, session), decision) ?? fresh();

export const currentRound = (d: RoomDecision): Round => d.rounds.at(-1)!;

/** Hands and phones together, per choice: what the room chart shows for a round. */
export function roundCounts(round: Round): Record<string, number> {
  const counts = dict<number>();
  for (const [choice, n] of Object.entries(round.counts)) counts[choice] = n;
  for (const choice of Object.values(round.handIns)) counts[choice] = (own(counts, choice) ?? 0) + 1;
  return counts;
}

/** The votes phones handed in for a round: one per person. */
export const voters = (round: Round) => Object.keys(round.handIns).length;

/** The phones those votes came from: fewer than the voters when people share one. */
export const phones = (round: Round) => new Set(Object.keys(round.handIns).map(phoneOf)).size;

/** True when the current rounds already hold exactly these votes from this voter: counting again would change nothing. */
export const alreadyCounted = (state: RoomState, session: string, voter: string, votes: Record<string, string | null>) =>
  Object.entries(votes).every(
    ([decision, choice]) => (own(currentRound(roomDecision(state, session, decision)).handIns, voter) ?? null) === choice,
  );

/** The order of the latest hand-in counted from this voter, if any. */
export const latestOrder = (state: RoomState, session: string, voter: string): number | undefined => own(own(state.orders, session), voter);

const votersInSession = (state: RoomState, session: string) =>
  new Set(Object.values(own(state.sessions, session) ?? {}).flatMap((d) => d.rounds.flatMap((round) => Object.keys(round.handIns))));

/** Every phone that has handed in to a session, in any round of any of its dilemmas. */
export const phonesInSession = (state: RoomState, session: string) => new Set([...votersInSession(state, session)].map(phoneOf)).size;

/** Every person who has handed in to a session: more than the phones when people share one. */
export const peopleInSession = (state: RoomState, session: string) => votersInSession(state, session).size;
export const hands = (round: Round) => Object.values(round.counts).reduce((sum, n) => sum + n, 0);

function update(session: string, decision: string, change: (current: RoomDecision) => RoomDecision) {
  const state = $room.get();
  const current = roomDecision(state, session, decision);
  $room.set({
    ...state,
    sessions: { ...state.sessions, [session]: { ...own(state.sessions, session), [decision]: change(current) } },
  });
}

const withCurrent = (d: RoomDecision, change: (round: Round) => Round): RoomDecision => ({
  ...d,
  rounds: [...d.rounds.slice(0, -1), change(currentRound(d))],
});

/** One more (or one fewer) hand for a choice in the current round; never below zero. */
export const countHand = (session: string, decision: string, choice: string, delta: 1 | -1) =>
  update(session, decision, (d) =>
    withCurrent(d, (round) => ({ ...round, counts: { ...round.counts, [choice]: Math.max(0, (own(round.counts, choice) ?? 0) + delta) } })),
  );

/** The most hands one choice can be given: more than any room holds, short of a typing slip. */
export const MAX_HANDS = 999;

/** Sets a choice's hands in the current round to a typed count, clamped to 0…MAX_HANDS; not a number leaves it as it was. */
export const setHands = (session: string, decision: string, choice: string, typed: number) =>
  Number.isFinite(typed) &&
  update(session, decision, (d) =>
    withCurrent(d, (round) => ({
      ...round,
      counts: { ...round.counts, [choice]: Math.min(MAX_HANDS, Math.max(0, Math.floor(typed))) },
    })),
  );

export const setRevealed = (session: string, decision: string, revealed: boolean) => update(session, decision, (d) => ({ ...d, revealed }));

/** Clears every round of one dilemma. */
export const resetRoomDecision = (session: string, decision: string) => update(session, decision, fresh);

/** Vote again after discussion: a new, hidden round; the first is kept for comparison. */
export const startSecondRound = (session: string, decision: string) =>
  update(session, decision, (d) => (d.rounds.length >= MAX_ROUNDS ? d : { rounds: [...d.rounds, emptyRound()], revealed: false }));

/**
 * Records one phone's hand-in into each dilemma's current round. The phone
 * counts once per dilemma: its new vote replaces its old one, and a dilemma it
 * has not answered (null) drops its old vote there.
 */
export function recordHandIn(session: string, voter: string, order: number, votes: Record<string, string | null>): void {
  const state = $room.get();
  const decisions = { ...own(state.sessions, session) };
  for (const [decision, choice] of Object.entries(votes)) {
    decisions[decision] = withCurrent(roomDecision(state, session, decision), (round) => {
      const handIns = { ...round.handIns };
      if (choice === null) delete handIns[voter];
      else handIns[voter] = choice;
      return { ...round, handIns };
    });
  }
  const orders = { ...own(state.orders, session), [voter]: Math.max(order, latestOrder(state, session, voter) ?? 0) };
  $room.set({ ...state, sessions: { ...state.sessions, [session]: decisions }, orders: { ...state.orders, [session]: orders } });
}

/**
 * Opens a session to phones: gives it a room code on first use and keeps what
 * its hand-ins are read against. Reopening keeps the code, so phones that
 * joined stay in the room.
 */
export function openRoom(
  session: string,
  title: string,
  decisions: RoomContent['decisions'],
  console: string,
  random?: (n: number) => Uint8Array,
): OpenRoom {
  const state = $room.get();
  const known = own(state.rooms, session);
  const taken = new Set(Object.values(state.rooms).map((r) => r.code));
  let code = known?.code ?? randomCode(ROOM_LENGTH, random);
  // Codes tell this device's rooms apart, so two of them never share one.
  for (let tries = 0; !known && taken.has(code) && tries < 100; tries++) code = randomCode(ROOM_LENGTH, random);
  const room: OpenRoom = { code, title: roomTitle(title), decisions, console };
  $room.set({ ...state, rooms: { ...state.rooms, [session]: room } });
  return room;
}

/** Starts the session's room over for a new group: every count, hand-in and round goes, and so does its code. */
export function newRoom(session: string): void {
  const state = $room.get();
  const sessions = { ...state.sessions };
  const rooms = { ...state.rooms };
  const orders = { ...state.orders };
  delete sessions[session];
  delete rooms[session];
  delete orders[session];
  $room.set({ ...state, sessions, rooms, orders });
}

/** The session whose room has this code, if this device runs it. */
export const sessionWithCode = (state: RoomState, code: string): string | undefined =>
  Object.keys(state.rooms).find((session) => own(state.rooms, session)?.code === code);

export const clearRoom = () => $room.set(EMPTY_ROOM);
