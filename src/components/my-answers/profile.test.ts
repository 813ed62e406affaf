import { describe, expect, it } from 'vitest';
import { lensProfile } from './profile';

const index = {
  gift: { accept: ['outcomes'], decline: ['duties', 'character'] },
  bill: { quiet: ['outcomes'], raise: ['character', 'fairness'] },
};
const lenses = ['outcomes', 'duties', 'fairness', 'common-good', 'character'];

describe('lensProfile', () => {
  it('counts the lenses of the chosen answers', () => {
    const profile = lensProfile({ gift: { choice: 'decline', at: 1 }, bill: { choice: 'raise', at: 2 } }, index, lenses);
    expect(profile.answered).toBe(2);
    expect(profile.rows.map((r) => [r.lens, r.count])).toEqual([
      ['outcomes', 0],
      ['duties', 1],
      ['fairness', 1],
      ['common-good', 0],
      ['character', 2],
    ]);
    expect(profile.rows.find((r) => r.lens === 'character')?.share).toBe(1);
  });

  it('skips answers to decisions or choices it does not know', () => {
    expect(lensProfile({ gone: { choice: 'x', at: 1 }, gift: { choice: 'nope', at: 1 } }, index, lenses).answered).toBe(0);
  });
});
