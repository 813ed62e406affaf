import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkConceptBody } from './body';

/**
 * Concepts load with Astro's glob loader; this wrapper refuses a page whose
 * body lacks one of its three sections or whose explanation runs short or
 * long, naming the file, so `astro sync`, `dev` and `build` fail alike.
 */
export function conceptsLoader(base: string): Loader {
  const files = glob({ base, pattern: '**/*.md' });
  return {
    name: 'judgment-calls-concepts',
    async load(context) {
      await files.load(context);
      const problems = [...context.store.values()]
        .sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id))
        .flatMap((entry) => checkConceptBody(entry.body ?? '').map((problem) => `${entry.filePath ?? entry.id}: ${problem}`));
      if (problems.length > 0) throw new Error(`Concept pages need attention:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    },
  };
}
