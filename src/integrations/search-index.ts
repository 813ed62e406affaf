import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import sirv from 'sirv';

/**
 * In `astro dev` there is no built HTML to index, so the dev server serves the
 * index of the last `npm run build` at <base>pagefind/. Without one, the search
 * page says how to make it.
 */
async function serveLastIndex(
  outDir: URL,
  base: string,
  server: { middlewares: { use: (path: string, handler: ReturnType<typeof sirv>) => unknown } },
) {
  const bundle = fileURLToPath(new URL('pagefind/', outDir));
  if (!existsSync(bundle)) return false;
  server.middlewares.use(`${base.replace(/\/?$/, '/')}pagefind`, sirv(bundle, { dev: true }));
  return true;
}

/**
 * Indexes the built site with Pagefind's Node API at the end of every
 * `astro build`, so `npm run build` always ships a matching search index in
 * <outDir>/pagefind/. Only stories, dilemmas and concepts are read, and only their
 * elements marked data-pagefind-body are indexed.
 */
export function searchIndex(): AstroIntegration {
  let config: { outDir: URL; base: string };
  return {
    name: 'judgment-calls:search-index',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const { outDir, base } = config;
        if (await serveLastIndex(outDir, base, server)) logger.info('search uses the index of the last build');
        else logger.info('no search index yet: run `npm run build` once to search in dev');
      },
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Only story, dilemma and concept pages carry data-pagefind-body, so
          // only they are read: on a large library that skips most of the pages.
          const added = await index.addDirectory({ path: site, glob: '{stories,dilemmas,concepts}/**/*.html' });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
