import { afterEach, describe, expect, it } from 'vitest';
import { $storageProblem, ASIDE, guardedStorage, hold, keepAside, saving } from './engine';
import { removeEverything } from '../../components/my-answers/clear-everything';

/** A Map-backed Storage whose methods can be made to throw. */
function fakeStorage(fail: { read?: Error; write?: Error } = {}): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem(key: string) {
      if (fail.read) throw fail.read;
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (fail.write) throw fail.write;
      data.set(key, value);
    },
    removeItem(key: string) {
      if (fail.write) throw fail.write;
      data.delete(key);
    },
    clear: () => data.clear(),
  };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const security = () => new DOMException('Access is denied for this document.', 'SecurityError');

afterEach(() => $storageProblem.set(null));

describe('guardedStorage', () => {
  it('reads and writes through to working storage', () => {
    const storage = fakeStorage();
    const engine = guardedStorage(() => storage);
    engine.k = 'v';
    expect(engine.k).toBe('v');
    expect('k' in engine).toBe(true);
    delete engine.k;
    expect('k' in engine).toBe(false);
    expect($storageProblem.get()).toBeNull();
  });

  it('answers "nothing stored" when storage itself cannot be reached', () => {
    const engine = guardedStorage(() => {
      throw security();
    });
    expect(engine.k).toBeUndefined();
    expect('k' in engine).toBe(false);
    expect(() => {
      engine.k = 'v';
    }).not.toThrow();
    expect($storageProblem.get()).toBe('blocked');
  });

  it('reports a full storage without throwing', () => {
    const storage = fakeStorage({ write: quota() });
    const engine = guardedStorage(() => storage);
    expect(() => {
      engine.k = 'v';
    }).not.toThrow();
    expect($storageProblem.get()).toBe('full');
  });

  it('never writes a held key', () => {
    const storage = fakeStorage();
    storage.data.set('held-key', 'precious');
    const engine = guardedStorage(() => storage);
    hold('held-key');
    engine['held-key'] = 'overwrite';
    delete engine['held-key'];
    expect(storage.data.get('held-key')).toBe('precious');
  });
});

describe('keepAside', () => {
  it('copies unreadable data to a key of its own, once per distinct value', () => {
    const storage = fakeStorage();
    const engine = guardedStorage(() => storage);
    keepAside(engine, 'answers', 'garbage');
    keepAside(engine, 'answers', 'garbage');
    keepAside(engine, 'answers', 'other garbage');
    const copies = [...storage.data].filter(([key]) => key.startsWith(`answers${ASIDE}`));
    expect(copies.map(([, value]) => value).sort()).toEqual(['garbage', 'other garbage']);
    expect($storageProblem.get()).toBe('unreadable');
  });

  it('holds the original key when the copy cannot be written', () => {
    const storage = fakeStorage();
    storage.data.set('answers-2', 'garbage');
    const failing = guardedStorage(() => storage);
    const engine = new Proxy(failing, { set: () => true });
    keepAside(engine, 'answers-2', 'garbage');
    failing['answers-2'] = 'new data';
    expect(storage.data.get('answers-2')).toBe('garbage');
    expect(saving('answers-2')).toBe(false);
  });
});

describe('removeEverything', () => {
  it('removes every key of ours, set-aside copies included, and nothing else', () => {
    const storage = fakeStorage();
    for (const key of [
      'judgment-calls:decisions',
      `judgment-calls:decisions${ASIDE}1`,
      'judgment-calls:room',
      'jc:color-scheme',
      'someone-else',
    ]) {
      storage.data.set(key, 'x');
    }
    expect(removeEverything(() => storage)).toEqual([]);
    expect([...storage.data.keys()]).toEqual(['someone-else']);
  });

  it('leaves a key held for a newer version, and says so', () => {
    const storage = fakeStorage();
    storage.data.set('judgment-calls:newer-test', 'from the future');
    hold('judgment-calls:newer-test');
    expect(removeEverything(() => storage)).toEqual(['judgment-calls:newer-test']);
    expect(storage.data.get('judgment-calls:newer-test')).toBe('from the future');
  });

  it('lists nothing when storage is blocked', () => {
    expect(
      removeEverything(() => {
        throw security();
      }),
    ).toEqual([]);
  });
});
