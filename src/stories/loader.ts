import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkStoryBody } from './markers';
import { checkLibrary, toChecked, type CheckedStory } from './checks';

type StoryData = Parameters<typeof toChecked>[2];

/**
 * Stories load with Astro's glob loader; this wrapper adds the checks that need
 * the body or the whole library at once, so a broken story fails `astro sync`,
 * `dev` and `build` alike, naming the file.
 */
export function storiesLoader(base: string): Loader {
  const files = glob({ base, pattern: '**/*.{md,mdx}' });
  return {
    name: 'judgment-calls-stories',
    async load(context) {
      await files.load(context);
      const owners = new Map<string, string>();
      const problems: string[] = [];
      // Sorted, so an author sees the same message on every run.
      const entries = [...context.store.values()].sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id));
      const checked: CheckedStory[] = [];
      for (const entry of entries) {
        const file = entry.filePath ?? entry.id;
        // The schema has already parsed the data, defaults included.
        const data = entry.data as unknown as StoryData;
        const { decisions } = data;
        checked.push(toChecked(file, entry.body ?? '', data));
        problems.push(
          ...checkStoryBody(entry.body ?? '', decisions.map((d) => d.id)).map((p) => `${file}: ${p}`),
        );
        for (const { id } of decisions) {
          const owner = owners.get(id);
          if (owner && owner !== file) {
            problems.push(`decision id "${id}" is used in both ${owner} and ${file}; ids must be unique across the site`);
          }
          owners.set(id, file);
        }
      }
      problems.push(...checkLibrary(checked));
      if (problems.length > 0) {
        throw new Error(`Invalid stories:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}
