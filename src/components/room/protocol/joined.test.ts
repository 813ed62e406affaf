import { describe, expect, it } from 'vitest';
import { useTestStore } from '../../../lib/storage/test-store';
import { cleanStores, keepMount } from 'nanostores';
import { getTestStorage } from '@nanostores/persistent';
import { $joined, EMPTY_JOINED, JOINED_KEY, ROOM_LIFETIME, forgetLapsed, joinRoom, joinedRoom, latestRoom, leaveRoom } from './joined';

useTestStore($joined, EMPTY_JOINED);

const room = (code: string) => ({ code, title: 'T', decisions: [{ id: 'gift', choices: ['accept', 'decline'] }] });

describe('a phone in a room', () => {
  it('keeps one token per room: rejoining keeps it, another room gets a new one', () => {
    joinRoom('track:a', room('K7Q'), 1000);
    const token = joinedRoom($joined.get(), 'track:a', 1000)!.token;
    joinRoom('track:a', room('K7Q'), 2000);
    expect(joinedRoom($joined.get(), 'track:a', 2000)!.token).toBe(token);
    joinRoom('track:b', room('M2P'), 3000);
    expect(joinedRoom($joined.get(), 'track:b', 3000)!.token).toMatch(/^[0-9A-Z]{4}$/);
    expect(latestRoom($joined.get(), 3000)?.[0]).toBe('track:b');
  });

  it('forgets a room twelve hours after joining, and drops the key once none is left', () => {
    const joined = Date.now() - ROOM_LIFETIME - 1;
    joinRoom('track:a', room('K7Q'), joined);
    expect(joinedRoom($joined.get(), 'track:a')).toBeUndefined();
    forgetLapsed();
    expect(getTestStorage()[JOINED_KEY]).toBeUndefined();
  });

  it('keeps the token across leaving and joining again, so the room still counts one phone', () => {
    const now = Date.now();
    joinRoom('track:a', room('K7Q'), now);
    const token = joinedRoom($joined.get(), 'track:a', now)!.token;
    leaveRoom('track:a');
    expect(joinedRoom($joined.get(), 'track:a', now)).toBeUndefined();
    joinRoom('track:a', room('K7Q'), now + 1000);
    expect(joinedRoom($joined.get(), 'track:a', now + 1000)!.token).toBe(token);
    // A new room (after "Start a new room") is a new code, and so a new token.
    joinRoom('track:a', room('Z9Z'), now + 2000);
    expect(joinedRoom($joined.get(), 'track:a', now + 2000)!.token).not.toBe(token);
  });

  it('reads a phone joined under version 1, room and token intact', () => {
    getTestStorage()[JOINED_KEY] = JSON.stringify({ version: 1, rooms: { 'track:a': { ...room('K7Q'), token: 'AB12', at: Date.now() } } });
    cleanStores($joined);
    keepMount($joined);
    expect(joinedRoom($joined.get(), 'track:a')?.token).toBe('AB12');
    joinRoom('track:a', room('K7Q'));
    expect(joinedRoom($joined.get(), 'track:a')?.token).toBe('AB12');
  });

  it('drops a stored room whose dilemma list is damaged, rather than read it by the wrong positions', () => {
    getTestStorage()[JOINED_KEY] = JSON.stringify({
      version: 1,
      rooms: {
        'track:a': { ...room('K7Q'), decisions: [{ id: 'gift', choices: ['accept', 7, 'decline'] }], token: 'AAAA', at: Date.now() },
      },
    });
    cleanStores($joined);
    keepMount($joined);
    expect($joined.get().rooms).toEqual({});
  });

  it('reads a phone joined under version 2 with its outcomes shown as before and no pace', () => {
    getTestStorage()[JOINED_KEY] = JSON.stringify({
      version: 2,
      rooms: { 'track:a': { ...room('K7Q'), token: 'AB12', at: Date.now() } },
      tokens: { K7Q: { token: 'AB12', at: Date.now() } },
    });
    cleanStores($joined);
    keepMount($joined);
    expect(joinedRoom($joined.get(), 'track:a')).toMatchObject({ token: 'AB12', revealed: ['gift'], pace: false });
  });

  it('drops, quietly, a room whose revealed list or pace is damaged, and keeps its token for joining again', () => {
    const at = Date.now();
    getTestStorage()[JOINED_KEY] = JSON.stringify({
      version: 3,
      rooms: {
        'track:a': { ...room('K7Q'), token: 'AB12', at, revealed: 'gift', pace: false },
        'track:b': { ...room('M2P'), token: 'CD34', at, revealed: [], pace: 'yes' },
        'track:c': { ...room('Z9Z'), token: 'EF56', at, revealed: ['gift'], pace: true },
      },
      tokens: { K7Q: { token: 'AB12', at } },
    });
    cleanStores($joined);
    keepMount($joined);
    expect(Object.keys($joined.get().rooms)).toEqual(['track:c']);
    joinRoom('track:a', room('K7Q'));
    expect(joinedRoom($joined.get(), 'track:a')?.token).toBe('AB12');
  });
});
