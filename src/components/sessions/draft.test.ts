import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { $draft, EMPTY_DRAFT, addDilemma, moveDilemma, moveItem, removeDilemma, setTitle } from './draft';
import { MAX_DILEMMAS } from './session-link';

afterEach(() => $draft.set(EMPTY_DRAFT));

describe('the session being built', () => {
  it('adds each dilemma once, in the order added', () => {
    expect([addDilemma('a'), addDilemma('b'), addDilemma('a')]).toEqual([true, true, false]);
    expect($draft.get().ids).toEqual(['a', 'b']);
  });

  it('stops at the most dilemmas a session holds', () => {
    for (let i = 0; i < MAX_DILEMMAS; i++) addDilemma(`d${i}`);
    expect(addDilemma('one-more')).toBe(false);
    expect($draft.get().ids).toHaveLength(MAX_DILEMMAS);
  });

  it('moves and removes', () => {
    ['a', 'b', 'c'].forEach(addDilemma);
    moveDilemma('c', 0);
    expect($draft.get().ids).toEqual(['c', 'a', 'b']);
    moveDilemma('c', 99);
    expect($draft.get().ids).toEqual(['a', 'b', 'c']);
    removeDilemma('b');
    expect($draft.get().ids).toEqual(['a', 'c']);
  });

  it('keeps the title as typed, to at most 120 characters', () => {
    setTitle('Quarter end ');
    expect($draft.get().title).toBe('Quarter end ');
    setTitle(`😀${'x'.repeat(200)}`);
    expect(Array.from($draft.get().title)).toHaveLength(120);
  });

  it('moving keeps every item exactly once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: -3, max: 15 }),
        fc.integer({ min: -3, max: 15 }),
        (list, from, to) => {
          expect([...moveItem(list, from, to)].sort()).toEqual([...list].sort());
        },
      ),
    );
  });
});
