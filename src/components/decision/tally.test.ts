import { describe, expect, it } from 'vitest';
import { tallyRows } from './tally';

describe('tallyRows', () => {
  it('lists every choice in story order with counts and percentages', () => {
    expect(tallyRows(['a', 'b', 'c'], { b: 3, a: 1 })).toEqual({
      total: 4,
      rows: [
        { id: 'a', count: 1, percent: 25 },
        { id: 'b', count: 3, percent: 75 },
        { id: 'c', count: 0, percent: 0 },
      ],
    });
  });

  it('shows zeros when nobody has answered', () => {
    expect(tallyRows(['a', 'b'])).toEqual({
      total: 0,
      rows: [
        { id: 'a', count: 0, percent: 0 },
        { id: 'b', count: 0, percent: 0 },
      ],
    });
  });

  it('ignores counts for choices the decision no longer has', () => {
    expect(tallyRows(['a'], { a: 1, gone: 5 }).total).toBe(1);
  });
});
