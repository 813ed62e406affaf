import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * After every build (and after the search index is written), Workbox writes a
 * service worker that precaches every page, script, style, icon, summary file
 * and the search index, so the whole site works offline after the first
 * visit: a workshop with no Wi-Fi still has every story, dilemma, track and
 * search. A new version waits until the reader chooses to reload (the page
 * script shows a prompt), never swapping under a running session.
 * (@vite-pwa/astro does this too, but declares astro <= 5.)
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'judgment-calls:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest,pagefind,pf_meta,pf_index,pf_filter,pf_fragment}'],
          // The share image is for other sites' link previews, and embeds live in
          // other sites' frames: neither is ever opened here.
          globIgnores: ['sw.js', 'og.png', 'embed/**'],
          swDest: join(site, 'sw.js'),
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // /search/?q=commission is the search page, whatever it asks for.
          ignoreURLParametersMatching: [/.*/],
          inlineWorkboxRuntime: true,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`offline: ${count} files precached, ${(size / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
