import { atom } from 'nanostores';
import type { PersistentStore } from '@nanostores/persistent';

/**
 * What went wrong with browser storage on this page, if anything:
 * - blocked: the browser refuses storage (privacy settings, sandboxed frame);
 * - full: a write hit the quota;
 * - unreadable: stored data could not be parsed; it was copied aside untouched;
 * - newer: the data was written by a newer version of the site; it is left alone.
 */
export type StorageProblem = 'blocked' | 'full' | 'unreadable' | 'newer';

/** The first storage problem met on this page. Islands tell the reader about it once. */
export const $storageProblem = atom<StorageProblem | null>(null);

export function reportStorageProblem(problem: StorageProblem): void {
  if (!$storageProblem.get()) $storageProblem.set(problem);
}

const held = new Set<string>();

/** Never write `key` again on this page: its stored value belongs to someone we cannot read. */
export function hold(key: string): void {
  held.add(key);
}

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/**
 * A storage engine for @nanostores/persistent that never throws. Reads from a
 * blocked storage answer "nothing stored"; failed writes are reported and the
 * stores carry on in memory. `getStorage` is a function because merely touching
 * `window.localStorage` throws when the browser blocks it.
 */
export function guardedStorage(getStorage: () => Storage): PersistentStore {
  function attempt<T>(action: (storage: Storage) => T, fallback: T): T {
    try {
      return action(getStorage());
    } catch (error) {
      reportStorageProblem(isQuotaError(error) ? 'full' : 'blocked');
      return fallback;
    }
  }
  return new Proxy({} as PersistentStore, {
    get: (_, key) => (typeof key === 'string' ? attempt((s) => s.getItem(key) ?? undefined, undefined) : undefined),
    has: (_, key) => typeof key === 'string' && attempt((s) => s.getItem(key) !== null, false),
    set(_, key, value) {
      if (typeof key === 'string' && !held.has(key)) attempt((s) => s.setItem(key, String(value)), undefined);
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key === 'string' && !held.has(key)) attempt((s) => s.removeItem(key), undefined);
      return true;
    },
  });
}

/**
 * Copies data we could not read to a key of its own, so that saving new
 * answers never destroys it. If even that fails, the original key is held.
 */
export function keepAside(storage: PersistentStore, key: string, raw: string, now = Date.now()): void {
  reportStorageProblem('unreadable');
  const asideKey = `${key}:unreadable:${now}`;
  storage[asideKey] = raw;
  if (storage[asideKey] !== raw) hold(key);
}
