import { fileURLToPath } from 'node:url';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Written by src/pages/dilemmas/all-summaries.json.ts; gone from the finished site. */
const ALL_SUMMARIES = 'dilemmas/all-summaries.json';

/**
 * Splits every decision's summary into its own dilemmas/<id>/summary.json,
 * the files My answers fetches, byte for byte what the per-decision route
 * serves in `astro dev`. One rendered file and plain writes instead of a page
 * each through Astro's pipeline. Runs before the service worker lists files.
 */
export function decisionSummaries(): AstroIntegration {
  return {
    name: 'judgment-calls:decision-summaries',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const all = join(site, ALL_SUMMARIES);
        const summaries = JSON.parse(await readFile(all, 'utf8')) as Record<string, unknown>;
        await Promise.all(
          Object.entries(summaries).map(async ([id, summary]) => {
            const folder = join(site, 'dilemmas', id);
            await mkdir(folder, { recursive: true });
            await writeFile(join(folder, 'summary.json'), JSON.stringify(summary));
          }),
        );
        await rm(all);
        logger.info(`${Object.keys(summaries).length} decision summaries written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
