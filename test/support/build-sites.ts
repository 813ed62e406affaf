import { rmSync } from 'node:fs';
import { runAstro } from './astro';
import { OUTPUT, SITES } from './sites';

/** Builds the real site twice, at / and under a sub-path, once per test run. */
export default function setup() {
  rmSync(OUTPUT, { recursive: true, force: true });
  for (const site of Object.values(SITES)) {
    const started = performance.now();
    const run = runAstro('build', { outDir: site.dir, base: site.base });
    if (run.status !== 0) throw new Error(`Building the ${site.name} site failed:\n${run.output}`);
    console.log(`built ${site.name} site (base ${site.base}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
