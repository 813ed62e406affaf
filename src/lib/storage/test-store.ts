import { afterEach, beforeEach } from 'vitest';
import { cleanStores, keepMount, type WritableAtom } from 'nanostores';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';

/** For unit tests: each test starts `$store` empty on an in-memory storage, and leaves nothing behind. */
export function useTestStore<T>($store: WritableAtom<T>, empty: T): void {
  beforeEach(() => {
    useTestStorageEngine();
    keepMount($store);
  });
  afterEach(() => {
    cleanStores($store);
    $store.set(empty);
    cleanTestStorage();
  });
}
