import { describe, expect, it } from 'vitest';
import { lensProfile } from './profile';

const index = {
  gift: { accept: ['outcomes'], decline: ['duties', 'character'], keep: [] },
  bill: { quiet: ['outcomes'], raise: ['character', 'fairness'], twice: ['fairness', 'fairness'] },
  tip: { tell: [] },
};
const lenses = ['outcomes', 'duties', 'fairness', 'common-good', 'character'];

describe('lensProfile', () => {
  it('counts the lenses of the chosen answers, each bar a share of the answers', () => {
    const profile = lensProfile({ gift: { choice: 'decline', at: 1 }, bill: { choice: 'raise', at: 2 } }, index, lenses);
    expect(profile.answered).toBe(2);
    expect(profile.none).toBe(0);
    expect(profile.rows.map((r) => [r.lens, r.count, r.share])).toEqual([
      ['outcomes', 0, 0],
      ['duties', 1, 0.5],
      ['fairness', 1, 0.5],
      ['common-good', 0, 0],
      ['character', 2, 1],
    ]);
  });

  it('counts an answer argued from no lens, and fills no bar for it', () => {
    const profile = lensProfile(
      { gift: { choice: 'keep', at: 1 }, bill: { choice: 'quiet', at: 2 }, tip: { choice: 'tell', at: 3 } },
      index,
      lenses,
    );
    expect(profile.answered).toBe(3);
    expect(profile.none).toBe(2);
    expect(profile.rows.find((r) => r.lens === 'outcomes')).toEqual({ lens: 'outcomes', count: 1, share: 1 / 3 });
  });

  it('counts a lens listed twice once', () => {
    const profile = lensProfile({ bill: { choice: 'twice', at: 1 } }, index, lenses);
    expect(profile.rows.find((r) => r.lens === 'fairness')?.share).toBe(1);
  });

  it('skips answers to decisions or choices it does not know', () => {
    const profile = lensProfile({ gone: { choice: 'x', at: 1 }, gift: { choice: 'nope', at: 1 } }, index, lenses);
    expect(profile.answered).toBe(0);
    expect(profile.rows.every((r) => r.share === 0)).toBe(true);
  });
});
