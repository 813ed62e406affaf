import { describe, expect, it } from 'vitest';
import { joinPath } from './join-path';

describe('joinPath', () => {
  it('sends phones to the track, the dilemma or the shared session the room runs', () => {
    expect(joinPath('track:gifts', '54Z', '#track:gifts')).toBe('tracks/gifts/?room=54Z');
    expect(joinPath('dilemma:double-invoice', '54Z', '#dilemma:double-invoice')).toBe('dilemmas/double-invoice/?room=54Z');
    expect(joinPath('session:a,b', '54Z', '#t=Q3&d=a,b')).toBe('sessions/?room=54Z#t=Q3&d=a,b');
  });
});
