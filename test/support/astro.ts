import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, TEST_SITE } from './sites';
import { FIXTURE_LIBRARY } from './content';

/**
 * Vitest copies Vite's import.meta.env (BASE_URL, MODE, DEV, PROD, SSR) into
 * process.env; a build that inherited them would ignore its own base path.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
  }
  return env;
}

export interface AstroRun {
  status: number | null;
  output: string;
}

/**
 * Runs the project's own astro CLI with the env the config reads, on the
 * fixture library unless told otherwise. Each run gets
 * its own cache dir so fixture libraries never leak into another build.
 */
export function runAstro(
  command: 'build' | 'sync',
  options: {
    outDir: string;
    base?: string;
    storiesDir?: string;
    tracksDir?: string;
    conceptsDir?: string;
    env?: Record<string, string>;
  },
): AstroRun {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), [command, '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      SITE_URL: TEST_SITE,
      BASE_PATH: options.base ?? '/',
      OUT_DIR: options.outDir,
      CACHE_DIR: `${options.outDir}-cache`,
      // The fixture library unless a test names another: never content/.
      STORIES_DIR: options.storiesDir ?? FIXTURE_LIBRARY.stories,
      TRACKS_DIR: options.tracksDir ?? FIXTURE_LIBRARY.tracks,
      CONCEPTS_DIR: options.conceptsDir ?? FIXTURE_LIBRARY.concepts,
      ...options.env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
