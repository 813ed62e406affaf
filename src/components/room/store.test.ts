import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores, keepMount } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { $room, EMPTY_ROOM, clearRoom, countHand, resetRoomDecision, roomDecision, setRevealed } from './store';
import { $decisions } from '../decision/store';

beforeEach(() => {
  useTestStorageEngine();
  keepMount($room);
});
afterEach(() => {
  cleanStores($room);
  $room.set(EMPTY_ROOM);
  cleanTestStorage();
});

describe('room tally', () => {
  it('counts hands up and down, never below zero', () => {
    countHand('track:a', 'gift', 'accept', 1);
    countHand('track:a', 'gift', 'accept', 1);
    countHand('track:a', 'gift', 'decline', -1);
    expect(roomDecision($room.get(), 'track:a', 'gift').counts).toEqual({ accept: 2, decline: 0 });
  });

  it('keeps sessions and decisions apart', () => {
    countHand('track:a', 'gift', 'accept', 1);
    countHand('dilemma:gift', 'gift', 'decline', 1);
    expect(roomDecision($room.get(), 'track:a', 'gift').counts).toEqual({ accept: 1 });
    expect(roomDecision($room.get(), 'dilemma:gift', 'gift').counts).toEqual({ decline: 1 });
  });

  it('hides results until revealed, and resets to hidden zeros', () => {
    countHand('s', 'gift', 'accept', 1);
    expect(roomDecision($room.get(), 's', 'gift').revealed).toBe(false);
    setRevealed('s', 'gift', true);
    expect(roomDecision($room.get(), 's', 'gift').revealed).toBe(true);
    resetRoomDecision('s', 'gift');
    expect(roomDecision($room.get(), 's', 'gift')).toEqual({ counts: {}, revealed: false });
  });

  it('never touches the reader’s own answers', () => {
    const before = $decisions.get();
    countHand('s', 'gift', 'accept', 1);
    clearRoom();
    expect($decisions.get()).toBe(before);
  });
});
