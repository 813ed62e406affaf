import { describe, expect, it } from 'vitest';
import { readRevealFragment, revealCode, revealFragment, unlockedBy } from './reveal-code';

const room = {
  code: 'K7Q',
  decisions: [
    { id: 'gift', choices: ['accept', 'decline'] },
    { id: 'hold', choices: ['hold', 'sign'] },
    { id: 'demo', choices: ['show', 'wait'] },
  ],
};

describe('reveal codes', () => {
  it('are three characters of the room alphabet, the same every time, and differ by room and dilemma', () => {
    const code = revealCode('K7Q', 'gift');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(revealCode('K7Q', 'gift')).toBe(code);
    const others = new Set([revealCode('K7Q', 'hold'), revealCode('K7Q', 'demo'), revealCode('M2P', 'gift')]);
    expect(others.has(code)).toBe(false);
  });

  it('open the dilemma they name and every earlier one, forgiving case, dashes and misread letters', () => {
    expect(unlockedBy(room, revealCode('K7Q', 'hold'))).toEqual(['gift', 'hold']);
    expect(unlockedBy(room, revealCode('K7Q', 'gift').toLowerCase())).toEqual(['gift']);
    const spaced = [...revealCode('K7Q', 'demo')].join(' ').replace(/0/g, 'O').replace(/1/g, 'l');
    expect(unlockedBy(room, spaced)).toEqual(['gift', 'hold', 'demo']);
  });

  it('open nothing for a wrong code, an empty one, or another room’s code', () => {
    const wrong = ['', 'ZZZZ', revealCode('M2P', 'gift')].filter(
      (c) => !['gift', 'hold', 'demo'].some((id) => revealCode('K7Q', id) === c),
    );
    expect(wrong.length).toBeGreaterThan(1);
    for (const code of wrong) expect(unlockedBy(room, code)).toEqual([]);
  });

  it('travel in a link as room and code, and a damaged fragment reads as none', () => {
    const fragment = revealFragment('K7Q', 'hold');
    expect(fragment).toBe(`K7Q-${revealCode('K7Q', 'hold')}`);
    expect(readRevealFragment(`#${fragment.toLowerCase()}`)).toEqual({ room: 'K7Q', code: revealCode('K7Q', 'hold') });
    for (const bad of ['', '#', '#K7Q', '#K7Q-AB', '#K7Q-ABCD', '#K7Q-A!C', `#${'A'.repeat(5000)}`])
      expect(readRevealFragment(bad)).toBeNull();
  });
});
