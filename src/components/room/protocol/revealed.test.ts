import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../../lib/storage/test-store';
import { getTestStorage } from '@nanostores/persistent';
import { $joined, EMPTY_JOINED, JOINED_KEY, joinRoom, leaveRoom } from './joined';
import { revealWith, showing } from './revealed';
import { revealCode } from './reveal-code';

useTestStore($joined, EMPTY_JOINED);

const room = (code: string, pace = false) => ({
  code,
  title: 'T',
  pace,
  decisions: [
    { id: 'gift', choices: ['accept', 'decline'] },
    { id: 'hold', choices: ['hold', 'sign'] },
  ],
});
const kind = (id: string) => showing($joined.get(), id).kind;

describe('what a phone in a room shows', () => {
  it('shows everything on a reader’s own device, and everything again once the phone leaves the room', () => {
    expect(kind('gift')).toBe('open');
    joinRoom('track:a', room('K7Q'));
    expect(kind('gift')).toBe('outcome-waits');
    expect(kind('elsewhere')).toBe('open');
    leaveRoom('track:a');
    expect(kind('gift')).toBe('open');
  });

  it('opens a dilemma with its reveal code, and every one before it; a wrong code changes nothing', () => {
    joinRoom('track:a', room('K7Q'));
    const before = getTestStorage()[JOINED_KEY];
    expect(revealWith($joined.get(), 'track:a', 'ZZZ')).toEqual([]);
    expect(revealWith($joined.get(), 'track:b', revealCode('K7Q', 'gift'))).toEqual([]);
    expect(getTestStorage()[JOINED_KEY]).toBe(before);
    expect(revealWith($joined.get(), 'track:a', revealCode('K7Q', 'gift'))).toEqual(['gift']);
    expect([kind('gift'), kind('hold')]).toEqual(['open', 'outcome-waits']);
    joinRoom('track:b', room('M2P'));
    expect(revealWith($joined.get(), 'track:b', revealCode('M2P', 'hold'))).toEqual(['gift', 'hold']);
  });

  it('at the room’s pace, keeps a dilemma back until the one before it is revealed', () => {
    joinRoom('track:a', room('K7Q', true));
    expect([kind('gift'), kind('hold')]).toEqual(['outcome-waits', 'room-behind']);
    revealWith($joined.get(), 'track:a', revealCode('K7Q', 'gift'));
    expect([kind('gift'), kind('hold')]).toEqual(['open', 'outcome-waits']);
  });

  it('keeps what was revealed when the same room is joined again, and forgets it for a new room', () => {
    joinRoom('track:a', room('K7Q'));
    revealWith($joined.get(), 'track:a', revealCode('K7Q', 'gift'));
    joinRoom('track:a', room('K7Q'));
    expect(kind('gift')).toBe('open');
    joinRoom('track:a', room('Z9Z'));
    expect(kind('gift')).toBe('outcome-waits');
  });
});
