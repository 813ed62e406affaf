import { PREFIX, SCHEME_KEY, saving } from '../../lib/storage/engine';

// This lives with My answers, not in storage/: everything in storage/ travels
// in the story pages' bundle, and only this page clears.

/**
 * Removes every key of ours, set-aside copies included, except keys held for a
 * newer version. Returns the keys it had to leave, so the reader can be told.
 */
export function removeEverything(getStorage: () => Storage = () => window.localStorage): string[] {
  let ours: string[] = [];
  try {
    const storage = getStorage();
    ours = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) => k.startsWith(PREFIX) || k === SCHEME_KEY);
    for (const key of ours) if (saving(key)) storage.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours to remove.
  }
  return ours.filter((key) => !saving(key));
}
