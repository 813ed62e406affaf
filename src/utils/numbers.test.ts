import { describe, expect, it } from 'vitest';
import { inWords } from './numbers';

describe('inWords', () => {
  it('writes counts up to twelve as words and larger ones as figures', () => {
    expect([0, 1, 5, 12, 13, 40].map(inWords)).toEqual(['no', 'one', 'five', 'twelve', '13', '40']);
  });
});
