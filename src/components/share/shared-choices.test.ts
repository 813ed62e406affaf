import { describe, expect, it } from 'vitest';
import { readChoices, writeChoices } from './shared-choices';

describe('shared choices in a link', () => {
  it('writes and reads back a story’s choices', () => {
    const written = writeChoices([
      ['double-invoice', 'raise-it'],
      ['forecast', 'hold'],
    ]);
    expect(written).toBe('double-invoice.raise-it,forecast.hold');
    expect([...readChoices(`?choices=${written}`)]).toEqual([
      ['double-invoice', 'raise-it'],
      ['forecast', 'hold'],
    ]);
  });

  it('ignores what is not a pair of site ids, and reads nothing from a missing or broken parameter', () => {
    expect([...readChoices('?choices=ok.fine,Bad.one,a.b.c,<img>.x,lonely,dup.first,dup.second')]).toEqual([
      ['ok', 'fine'],
      ['dup', 'first'],
    ]);
    expect(readChoices('').size).toBe(0);
    expect(readChoices('?choices=%E0%A4%A').size).toBe(0);
    expect(writeChoices([['Not An Id', 'x']])).toBe('');
  });

  it('reads at most twelve pairs', () => {
    const many = Array.from({ length: 40 }, (_, i) => `d${i}.c`).join(',');
    expect(readChoices(`?choices=${many}`).size).toBe(12);
  });
});
