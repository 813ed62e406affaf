import { existsSync, readdirSync } from 'node:fs';

/**
 * The concept ids a story may name under `forces`: the file names in the
 * concepts folder, as the glob loader turns them into ids. Read from disk
 * because the stories' checks run before, and apart from, the concepts
 * collection; a missing folder has no concepts, so every force is refused.
 */
export function conceptIdsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .sort();
}
