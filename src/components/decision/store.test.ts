import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores, keepMount } from 'nanostores';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { $decisions, EMPTY, STORAGE_KEY, VERSION, answer, clearAnswer, decode, handOver, migrate, setNote } from './store';
import { $storageProblem } from './storage';

const stored = () => JSON.parse(getTestStorage()[STORAGE_KEY] ?? 'null');

beforeEach(() => {
  useTestStorageEngine();
  keepMount($decisions);
});

afterEach(() => {
  cleanTestStorage();
  cleanStores($decisions);
  $decisions.set(EMPTY);
  cleanTestStorage();
  $storageProblem.set(null);
});

describe('answers and tally', () => {
  it('records an answer, its tally and a history entry', () => {
    answer('double-billing', 'raise-it', 1000);
    expect($decisions.get().answers['double-billing']).toEqual({ choice: 'raise-it', at: 1000 });
    expect($decisions.get().tally['double-billing']).toEqual({ 'raise-it': 1 });
    expect($decisions.get().history).toEqual([{ decision: 'double-billing', choice: 'raise-it', at: 1000, event: 'answer' }]);
  });

  it('persists to storage with its version', () => {
    answer('double-billing', 'raise-it', 1000);
    expect(stored()).toMatchObject({ version: VERSION, answers: { 'double-billing': { choice: 'raise-it' } } });
  });

  it('moves the count when the answer changes, never doubling it', () => {
    answer('d', 'a', 1);
    answer('d', 'b', 2);
    expect($decisions.get().tally.d).toEqual({ a: 0, b: 1 });
    expect($decisions.get().history.map((h) => h.event)).toEqual(['answer', 'change']);
  });

  it('ignores answering the same choice twice', () => {
    answer('d', 'a', 1);
    answer('d', 'a', 2);
    expect($decisions.get().tally.d).toEqual({ a: 1 });
    expect($decisions.get().history).toHaveLength(1);
  });

  it('clears an answer and takes it out of the tally', () => {
    answer('d', 'a', 1);
    clearAnswer('d', 2);
    expect($decisions.get().answers.d).toBeUndefined();
    expect($decisions.get().tally.d).toEqual({ a: 0 });
    expect($decisions.get().history.at(-1)).toEqual({ decision: 'd', choice: null, at: 2, event: 'clear' });
  });

  it('hands over to the next person while keeping the tally', () => {
    answer('d', 'a', 1);
    handOver('d', 2);
    answer('d', 'b', 3);
    answer('d', 'b', 4);
    handOver('d', 5);
    answer('d', 'a', 6);
    expect($decisions.get().tally.d).toEqual({ a: 2, b: 1 });
    expect($decisions.get().answers.d).toEqual({ choice: 'a', at: 6 });
    expect($decisions.get().history.map((h) => h.event)).toEqual(['answer', 'handover', 'answer', 'handover', 'answer']);
  });

  it('keeps decisions apart', () => {
    answer('one', 'a', 1);
    answer('two', 'a', 2);
    clearAnswer('one', 3);
    expect(Object.keys($decisions.get().answers)).toEqual(['two']);
    expect($decisions.get().tally.two).toEqual({ a: 1 });
  });

  it('keeps a rehearsal note as plain text and drops an empty one', () => {
    setNote('d', '<b>I would call Dana first</b>', 5);
    expect($decisions.get().notes.d).toEqual({ text: '<b>I would call Dana first</b>', at: 5 });
    setNote('d', '   ', 6);
    expect($decisions.get().notes.d).toBeUndefined();
  });

  it('picks up changes written by another tab', () => {
    const other = { ...EMPTY, answers: { d: { choice: 'b', at: 9 } }, tally: { d: { b: 1 } } };
    setTestStorageKey(STORAGE_KEY, JSON.stringify(other));
    expect($decisions.get().answers.d).toEqual({ choice: 'b', at: 9 });
  });
});

describe('migrate', () => {
  it('accepts the current version as it is', () => {
    const data = { version: VERSION, answers: {}, tally: {}, history: [], notes: {} };
    expect(migrate(data)).toEqual({ ok: true, state: data });
  });

  it('upgrades version 1 data by adding empty rehearsal notes', () => {
    const v1 = { version: 1, answers: { d: { choice: 'a', at: 1 } }, tally: { d: { a: 1 } }, history: [] };
    expect(migrate(v1)).toEqual({ ok: true, state: { ...v1, version: 2, notes: {} } });
  });

  it('runs each migration step in order up to the current version', () => {
    const steps = [
      (d: Record<string, unknown>) => ({ ...d, answers: d.picks, picks: undefined }),
      (d: Record<string, unknown>) => ({ ...d, tally: {}, history: [], notes: {} }),
    ];
    const result = migrate({ version: 1, picks: { d: { choice: 'a', at: 1 } } }, steps, 3);
    expect(result).toMatchObject({ ok: true, state: { version: 3, answers: { d: { choice: 'a', at: 1 } }, tally: {}, history: [], notes: {} } });
  });

  it('refuses data from a newer version', () => {
    expect(migrate({ version: VERSION + 1, answers: {}, tally: {}, history: [] })).toEqual({ ok: false, reason: 'newer' });
  });

  it('refuses data of the wrong shape', () => {
    expect(migrate({ version: 2, answers: [], tally: {}, history: [], notes: {} })).toEqual({ ok: false, reason: 'malformed' });
    expect(migrate('hello')).toEqual({ ok: false, reason: 'malformed' });
    expect(migrate({ answers: {} })).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('decode', () => {
  it('keeps corrupt JSON aside and starts empty', () => {
    const storage: Record<string, string> = { [STORAGE_KEY]: '{"version":1,"answ' };
    expect(decode('{"version":1,"answ', storage)).toEqual(EMPTY);
    const aside = Object.entries(storage).filter(([key]) => key.startsWith(`${STORAGE_KEY}:unreadable:`));
    expect(aside.map(([, value]) => value)).toEqual(['{"version":1,"answ']);
    expect($storageProblem.get()).toBe('unreadable');
  });

  it('leaves data from a newer version alone and reports it', () => {
    const storage: Record<string, string> = {};
    const newer = JSON.stringify({ version: VERSION + 1, answers: { d: {} } });
    expect(decode(newer, storage)).toEqual(EMPTY);
    expect(storage).toEqual({});
    expect($storageProblem.get()).toBe('newer');
  });

  it('returns stored data it understands', () => {
    const data = { version: VERSION, answers: { d: { choice: 'a', at: 1 } }, tally: { d: { a: 1 } }, history: [], notes: {} };
    expect(decode(JSON.stringify(data), {})).toEqual(data);
  });
});
