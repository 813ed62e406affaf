import { glob } from 'astro/loaders';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { checkStoryBody } from './markers';
import { checkLibrary, toChecked, type CheckedStory } from './checks';
import { describeProblems, reportProblems } from './problems-channel';
import { checkForces } from '../concepts/forces';
import type { Story } from './schema';
import { conceptIdsIn } from '../concepts/ids';

type StoryData = Parameters<typeof toChecked>[2];

/** Every check that needs the body or the whole library, over the store as it is now. */
function problemsIn(store: DataStore, conceptsDir: string): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  // Sorted, so an author sees the same message on every run.
  const entries = [...store.values()].sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id));
  const checked: CheckedStory[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? entry.id;
    // The schema has already parsed the data, defaults included.
    const data = entry.data as unknown as StoryData;
    checked.push(toChecked(file, entry.body ?? '', data));
    problems.push(
      ...checkStoryBody(
        entry.body ?? '',
        data.decisions.map((d) => d.id),
      ).map((p) => `${file}: ${p}`),
    );
    for (const { id } of data.decisions) {
      const owner = owners.get(id);
      if (owner && owner !== file) {
        problems.push(`decision id "${id}" is used in both ${owner} and ${file}; ids must be unique across the site`);
      }
      owners.set(id, file);
    }
  }
  const tagged = entries.map((entry) => ({
    file: entry.filePath ?? entry.id,
    decisions: (entry.data as unknown as Pick<Story, 'decisions'>).decisions,
  }));
  return [...problems, ...checkLibrary(checked), ...checkForces(tagged, conceptIdsIn(conceptsDir), conceptsDir)];
}

/**
 * In `astro dev` the glob loader reloads one changed file and never calls
 * load() again, so the library checks would go stale. Watching the store's
 * writes re-runs them after every change, and says what is wrong in the
 * terminal and, through the dev server, in the browser's error overlay.
 */
function watchedStore(context: LoaderContext, afterChange: () => void): DataStore {
  return new Proxy(context.store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property !== 'set' && property !== 'delete') return value.bind(target);
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        afterChange();
        return result;
      };
    },
  });
}

/**
 * Stories load with Astro's glob loader; this wrapper adds the checks that need
 * the body or the whole library at once, so a broken story fails `astro sync`,
 * `dev` and `build` alike, naming the file.
 */
export function storiesLoader(base: string, conceptsDir: string): Loader {
  const files = glob({ base, pattern: '**/*.{md,mdx}' });
  return {
    name: 'judgment-calls-stories',
    async load(context) {
      let loaded = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let failing = false;
      const recheck = () => {
        if (!loaded) return;
        // A save can write several entries; check once they are all in.
        clearTimeout(timer);
        timer = setTimeout(() => {
          const problems = problemsIn(context.store, conceptsDir);
          if (problems.length > 0) context.logger.error(describeProblems(problems));
          else if (failing) context.logger.info('The stories pass their checks again.');
          if (problems.length > 0 || failing) reportProblems(problems);
          failing = problems.length > 0;
        }, 50);
      };
      await files.load({ ...context, store: watchedStore(context, recheck) });
      const problems = problemsIn(context.store, conceptsDir);
      if (problems.length > 0) throw new Error(describeProblems(problems));
      loaded = true;
    },
  };
}
