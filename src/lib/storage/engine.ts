import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents, type PersistentStore } from '@nanostores/persistent';

/**
 * What went wrong with browser storage on this page, if anything:
 * - blocked: the browser refuses storage (privacy settings, sandboxed frame);
 * - full: a write hit the quota;
 * - unreadable: stored data could not be used; it was copied aside untouched;
 * - newer: the data was written by a newer version of the site; it is left alone.
 */
export type StorageProblem = 'blocked' | 'full' | 'unreadable' | 'newer';

/** The first storage problem met on this page. Islands tell the reader about it once. */
export const $storageProblem = atom<StorageProblem | null>(null);

export function reportStorageProblem(problem: StorageProblem): void {
  if (!$storageProblem.get()) $storageProblem.set(problem);
}

/** Every key the site writes starts with this, except the colour scheme's. */
export const PREFIX = 'judgment-calls:';
export const SCHEME_KEY = 'jc:color-scheme';
/** Set-aside copies of data that could not be used: `<key>:unreadable:<1 to MAX_ASIDE>`. */
export const ASIDE = ':unreadable:';
/** At most this many set-aside copies per key; past it the key is held instead. */
export const MAX_ASIDE = 3;

const held = new Set<string>();

/** Never write `key` again on this page: its stored value belongs to someone we cannot read. */
export function hold(key: string): void {
  held.add(key);
}

/** Whether this page may still save `key`. */
export const saving = (key: string) => !held.has(key);

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
  const read = (key: string | symbol) => (typeof key === 'string' ? attempt((s) => s.getItem(key) ?? undefined, undefined) : undefined);
  return new Proxy({} as PersistentStore, {
    get: (_, key) => read(key),
    has: (_, key) => read(key) !== undefined,
    set(_, key, value) {
      if (typeof key === 'string' && saving(key)) attempt((s) => s.setItem(key, String(value)), undefined);
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key === 'string' && saving(key)) attempt((s) => s.removeItem(key), undefined);
      return true;
    },
  });
}

/** The guarded engine every persistent store on the page uses (installed on import). */
export let engine: PersistentStore = {};
if (typeof window !== 'undefined') {
  engine = guardedStorage(() => window.localStorage);
  setPersistentEngine(engine, windowPersistentEvents);
}

let askedToPersist = false;

/**
 * Asks the browser, once per page, to keep the site's data. Safari may
 * otherwise erase script-written storage after seven days without a visit.
 */
export function askToPersist(): void {
  if (askedToPersist || typeof navigator === 'undefined') return;
  askedToPersist = true;
  navigator.storage?.persist?.().catch(() => undefined);
}

/**
 * Copies data we could not use to one of MAX_ASIDE numbered keys, once per
 * distinct value, so that saving new answers never destroys it. If every slot
 * holds other data, or the copy cannot be made, the original key is held.
 */
export function keepAside(storage: PersistentStore, key: string, raw: string): void {
  reportStorageProblem('unreadable');
  for (let slot = 1; slot <= MAX_ASIDE; slot++) {
    const aside = `${key}${ASIDE}${slot}`;
    const kept = storage[aside];
    if (kept === raw) return;
    if (kept === undefined) {
      storage[aside] = raw;
      if (storage[aside] !== raw) hold(key);
      return;
    }
  }
  hold(key);
}
