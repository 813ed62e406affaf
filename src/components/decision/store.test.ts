import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores, keepMount } from 'nanostores';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { $decisions, EMPTY, STORAGE_KEY, VERSION, answer, clearAnswer, decisionStore, decisionsSpec, handOver, setNote } from './store';
import { $storageProblem, ASIDE, MAX_ASIDE, saving } from '../../lib/storage/engine';
import { decodeVersioned, readVersioned } from '../../lib/storage/versioned-store';

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

const read = (data: unknown) => readVersioned(decisionsSpec, data);
const current = (fields: Record<string, unknown>) => ({ version: VERSION, answers: {}, tally: {}, history: [], notes: {}, ...fields });

describe('reading stored decisions', () => {
  it('accepts the current version as it is', () => {
    const data = current({ answers: { d: { choice: 'a', at: 1 } }, tally: { d: { a: 1 } } });
    expect(read(data)).toEqual({ ok: true, value: data, problems: [] });
  });

  it('upgrades version 1 data by adding empty rehearsal notes', () => {
    const v1 = { version: 1, answers: { d: { choice: 'a', at: 1 } }, tally: { d: { a: 1 } }, history: [] };
    expect(read(v1)).toEqual({ ok: true, value: { ...v1, version: 2, notes: {} }, problems: [] });
  });

  it('refuses data from a newer version, and data with no version', () => {
    expect(read({ version: VERSION + 1 })).toMatchObject({ ok: false, reason: 'newer' });
    expect(read('hello')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(read({ answers: {} })).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('drops an answer with no time instead of keeping it (it used to break My answers)', () => {
    const result = read(current({ answers: { 'double-billing': { choice: 'raise-it' }, kept: { choice: 'a', at: 5 } } }));
    expect(result).toMatchObject({ ok: true, problems: ['answers.double-billing.at is not a time'] });
    expect(result.ok && { ...result.value.answers }).toEqual({ kept: { choice: 'a', at: 5 } });
  });

  it('drops null history entries, numbers as notes and counts given as strings', () => {
    const result = read(
      current({
        history: [null, { decision: 'd', choice: null, at: 1, event: 'clear' }],
        notes: { d: { text: 42, at: 1 } },
        tally: { d: { a: '3', b: 2, c: -1, e: 1.5 } },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.history).toEqual([{ decision: 'd', choice: null, at: 1, event: 'clear' }]);
    expect({ ...result.value.notes }).toEqual({});
    expect({ ...result.value.tally.d }).toEqual({ b: 2 });
    expect(result.problems).toEqual([
      'tally.d.a is not a whole number',
      'tally.d.c is not a whole number',
      'tally.d.e is not a whole number',
      'history.0 is not an entry',
      'notes.d.text is not text of at most 10000 characters',
    ]);
  });

  it('starts a field empty when it has the wrong type altogether', () => {
    const result = read(current({ answers: [], history: {} }));
    expect(result).toMatchObject({ ok: true, value: { answers: {}, history: [] } });
    expect(result.problems).toEqual(['answers is not a list of entries', 'history is not a list']);
  });

  it('treats "__proto__" and "constructor" as ordinary decision ids', () => {
    const raw = `{"version":${VERSION},"answers":{"__proto__":{"choice":"a","at":1}},"tally":{},"history":[],"notes":{}}`;
    const result = read(JSON.parse(raw));
    expect(result.ok && Object.keys(result.value.answers)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    answer('constructor', 'x', 1);
    answer('__proto__', 'y', 2);
    expect($decisions.get().tally.constructor).toEqual({ x: 1 });
    expect(Object.keys($decisions.get().answers)).toEqual(['constructor', '__proto__']);
    expect(JSON.parse(JSON.stringify($decisions.get())).answers.__proto__).toEqual({ choice: 'y', at: 2 });
  });
});

describe('decoding stored decisions', () => {
  const asideCopies = (storage: Record<string, string>) => Object.keys(storage).filter((key) => key.startsWith(`${STORAGE_KEY}${ASIDE}`));

  it('keeps corrupt JSON aside once, however often it is read', () => {
    const storage: Record<string, string> = { [STORAGE_KEY]: '{not json' };
    for (let visit = 0; visit < 4; visit++) expect(decodeVersioned(decisionsSpec, '{not json', storage)).toEqual(EMPTY);
    expect(asideCopies(storage).map((key) => storage[key])).toEqual(['{not json']);
    expect($storageProblem.get()).toBe('unreadable');
  });

  it('keeps at most a few distinct copies, then stops saving over the key', () => {
    const storage: Record<string, string> = {};
    const spec = { ...decisionsSpec, key: 'judgment-calls:cap-test' };
    for (let n = 0; n < MAX_ASIDE + 2; n++) decodeVersioned(spec, `{broken ${n}`, storage);
    expect(Object.keys(storage).filter((key) => key.startsWith(`${spec.key}${ASIDE}`))).toHaveLength(MAX_ASIDE);
    expect(saving(spec.key)).toBe(false);
    expect(decisionStore.saving()).toBe(true);
  });

  it('uses the valid part of damaged data and keeps the original aside', () => {
    const storage: Record<string, string> = {};
    const raw = JSON.stringify(current({ answers: { a: { choice: 'x' }, b: { choice: 'y', at: 3 } } }));
    expect({ ...decodeVersioned(decisionsSpec, raw, storage).answers }).toEqual({ b: { choice: 'y', at: 3 } });
    expect(asideCopies(storage).map((key) => storage[key])).toEqual([raw]);
  });

  it('leaves data from a newer version alone and reports it', () => {
    const storage: Record<string, string> = {};
    const spec = { ...decisionsSpec, key: 'judgment-calls:newer-test' };
    expect(decodeVersioned(spec, JSON.stringify({ version: VERSION + 1, answers: { d: {} } }), storage)).toEqual(EMPTY);
    expect(saving(spec.key)).toBe(false);
    expect(storage).toEqual({});
    expect($storageProblem.get()).toBe('newer');
  });
});
