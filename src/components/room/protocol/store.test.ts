import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../../lib/storage/test-store';
import {
  $room,
  alreadyCounted,
  newRoom,
  latestOrder,
  peopleInSession,
  phonesInSession,
  EMPTY_ROOM,
  clearRoom,
  countHand,
  currentRound,
  openRoom,
  recordHandIn,
  resetRoomDecision,
  roomDecision,
  roomStore,
  roundCounts,
  sessionWithCode,
  setHands,
  setRevealed,
  startSecondRound,
} from './store';
import { resultsCsv } from '../console/results-csv';
import { $decisions } from '../../decision/store';

useTestStore($room, EMPTY_ROOM);

const counts = (session: string, decision: string) => currentRound(roomDecision($room.get(), session, decision)).counts;
const votes = (session: string, decision: string) => roundCounts(currentRound(roomDecision($room.get(), session, decision)));

describe('room tally', () => {
  it('counts hands up and down, never below zero', () => {
    countHand('track:a', 'gift', 'accept', 1);
    countHand('track:a', 'gift', 'accept', 1);
    countHand('track:a', 'gift', 'decline', -1);
    expect(counts('track:a', 'gift')).toEqual({ accept: 2, decline: 0 });
  });

  it('takes a typed count of hands, whole and between 0 and 999, and ignores what is not a number', () => {
    setHands('track:a', 'gift', 'accept', 9);
    setHands('track:a', 'gift', 'decline', 4.7);
    expect(counts('track:a', 'gift')).toEqual({ accept: 9, decline: 4 });
    setHands('track:a', 'gift', 'accept', -3);
    setHands('track:a', 'gift', 'decline', 12_000);
    expect(counts('track:a', 'gift')).toEqual({ accept: 0, decline: 999 });
    setHands('track:a', 'gift', 'accept', Number.NaN);
    expect(counts('track:a', 'gift')).toEqual({ accept: 0, decline: 999 });
  });

  it('exports every row with the date, the session’s title and the room, a formula never left to run', () => {
    setHands('track:a', 'gift', 'accept', 3);
    const csv = resultsCsv(
      $room.get(),
      {
        session: 'track:a',
        title: '=Gifts and favours',
        decisions: [{ id: 'gift', question: 'Take it?', choices: [{ id: 'accept', label: 'Accept' }], forces: [] }],
      },
      'K7Q',
      new Date('2026-12-03T10:00:00Z'),
    );
    expect(csv.split('\r\n')[1]).toBe('"2026-12-03","\'=Gifts and favours","K7Q","gift","Take it?","1","Accept","3","0","3"');
  });

  it('keeps sessions and decisions apart', () => {
    countHand('track:a', 'gift', 'accept', 1);
    countHand('dilemma:gift', 'gift', 'decline', 1);
    expect(counts('track:a', 'gift')).toEqual({ accept: 1 });
    expect(counts('dilemma:gift', 'gift')).toEqual({ decline: 1 });
  });

  it('hides results until revealed, and resets to hidden zeros', () => {
    countHand('s', 'gift', 'accept', 1);
    expect(roomDecision($room.get(), 's', 'gift').revealed).toBe(false);
    setRevealed('s', 'gift', true);
    expect(roomDecision($room.get(), 's', 'gift').revealed).toBe(true);
    resetRoomDecision('s', 'gift');
    expect(roomDecision($room.get(), 's', 'gift')).toEqual({ rounds: [{ counts: {}, handIns: {} }], revealed: false });
  });

  it('never touches the reader’s own answers', () => {
    const before = $decisions.get();
    countHand('s', 'gift', 'accept', 1);
    recordHandIn('s', 'T9X40', 0, { gift: 'accept' });
    clearRoom();
    expect($decisions.get()).toBe(before);
  });
});

describe('hand-ins', () => {
  it('counts a phone once per dilemma: a later hand-in replaces the earlier one', () => {
    countHand('s', 'gift', 'accept', 1);
    recordHandIn('s', 'AAAA0', 0, { gift: 'accept', rebate: 'refuse' });
    recordHandIn('s', 'BBBB0', 0, { gift: 'decline', rebate: null });
    expect(votes('s', 'gift')).toEqual({ accept: 2, decline: 1 });
    recordHandIn('s', 'AAAA0', 0, { gift: 'decline', rebate: null });
    expect(votes('s', 'gift')).toEqual({ accept: 1, decline: 2 });
    expect(votes('s', 'rebate')).toEqual({});
  });

  it('opens a room once per session, with a code no other room on the device has', () => {
    const bytes = [
      [1, 2, 3],
      [1, 2, 3],
      [4, 5, 6],
    ];
    const first = openRoom(
      'track:a',
      'A',
      [{ id: 'gift', choices: ['accept', 'decline'] }],
      '#track:a',
      () => new Uint8Array(bytes.shift()!),
    );
    expect(openRoom('track:a', 'A', [], '#track:a', () => new Uint8Array([9, 9, 9])).code).toBe(first.code);
    const second = openRoom('track:b', 'B', [], '#track:b', () => new Uint8Array(bytes.shift() ?? [7, 7, 7]));
    expect(second.code).not.toBe(first.code);
    expect(sessionWithCode($room.get(), second.code)).toBe('track:b');
    expect(sessionWithCode($room.get(), 'ZZZ')).toBeUndefined();
  });
});

describe('counting again', () => {
  it('knows a hand-in it already holds, so the camera does not write it on every frame', () => {
    recordHandIn('s', 'AAAA0', 0, { gift: 'accept', rebate: null });
    expect(alreadyCounted($room.get(), 's', 'AAAA0', { gift: 'accept', rebate: null })).toBe(true);
    expect(alreadyCounted($room.get(), 's', 'AAAA0', { gift: 'decline', rebate: null })).toBe(false);
    startSecondRound('s', 'gift');
    expect(alreadyCounted($room.get(), 's', 'AAAA0', { gift: 'accept', rebate: null })).toBe(false);
  });

  it('counts phones across rounds and dilemmas, and a new room starts from nothing', () => {
    openRoom('s', 'S', [{ id: 'gift', choices: ['accept'] }], '#s');
    recordHandIn('s', 'AAAA0', 0, { gift: 'accept' });
    startSecondRound('s', 'gift');
    recordHandIn('s', 'BBBB0', 0, { gift: 'accept', rebate: 'refuse' });
    expect(phonesInSession($room.get(), 's')).toBe(2);
    newRoom('s');
    expect(phonesInSession($room.get(), 's')).toBe(0);
    expect($room.get().rooms).toEqual({});
  });
});

describe('two rounds', () => {
  it('starts a hidden second round and keeps the first for comparison', () => {
    countHand('s', 'gift', 'accept', 1);
    recordHandIn('s', 'AAAA0', 0, { gift: 'accept' });
    setRevealed('s', 'gift', true);
    startSecondRound('s', 'gift');
    const d = roomDecision($room.get(), 's', 'gift');
    expect(d.revealed).toBe(false);
    expect(d.rounds).toHaveLength(2);
    expect(roundCounts(d.rounds[0]!)).toEqual({ accept: 2 });
    recordHandIn('s', 'AAAA0', 0, { gift: 'decline' });
    expect(votes('s', 'gift')).toEqual({ decline: 1 });
    expect(roundCounts(roomDecision($room.get(), 's', 'gift').rounds[0]!)).toEqual({ accept: 2 });
    startSecondRound('s', 'gift');
    expect(roomDecision($room.get(), 's', 'gift').rounds).toHaveLength(2);
  });
});

describe('stored rooms from before phones', () => {
  it('turns version 1 counts into a first round', () => {
    const read = roomStore.read({ version: 1, sessions: { 'track:a': { gift: { counts: { accept: 3 }, revealed: true } } } });
    expect(read.ok && read.value).toEqual({
      version: 3,
      sessions: { 'track:a': { gift: { rounds: [{ counts: { accept: 3 }, handIns: {} }], revealed: true } } },
      rooms: {},
      orders: {},
    });
  });

  it('keys version 2 hand-ins by phone and person 0, so a phone handing in again replaces its vote', () => {
    const read = roomStore.read({
      version: 2,
      sessions: { s: { gift: { rounds: [{ counts: {}, handIns: { T9X4: 'accept' } }], revealed: false } } },
      rooms: {},
    });
    expect(read.ok && read.value.sessions.s!.gift!.rounds[0]!.handIns).toEqual({ T9X40: 'accept' });
  });

  it('tells phones from people: two people on one phone are two votes and one phone', () => {
    recordHandIn('s', 'AAAA0', 3, { gift: 'accept' });
    recordHandIn('s', 'AAAA1', 1, { gift: 'decline' });
    expect(phonesInSession($room.get(), 's')).toBe(1);
    expect(peopleInSession($room.get(), 's')).toBe(2);
    expect(latestOrder($room.get(), 's', 'AAAA0')).toBe(3);
  });

  it('drops what does not fit and names it', () => {
    const read = roomStore.read({
      version: 2,
      sessions: { s: { gift: { rounds: [], revealed: false } } },
      rooms: { s: { code: 'II', title: 'x', decisions: [], console: '#s' } },
    });
    expect(read.ok && read.problems).toEqual(['sessions.s.gift.rounds is not 1 to 2 rounds', 'rooms.s.code is not a code']);
  });
});
