import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW, type RuntimeCaching } from 'workbox-build';

/** Above this, a first visit would download too much: precache the shell only. */
const MAX_PRECACHE = 40 * 1024 * 1024;

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
        const write = (globPatterns: string[], runtimeCaching?: RuntimeCaching[]) =>
          generateSW({
            globDirectory: site,
            globPatterns,
            ...(runtimeCaching ? { runtimeCaching } : {}),
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
        let result = await write(['**/*.{html,js,css,json,svg,png,webmanifest,pagefind,pf_meta,pf_index,pf_filter,pf_fragment}']);
        if (result.size > MAX_PRECACHE) {
          // A library too large to download whole on a first visit: keep the
          // shell and the search index ready, and each page once it is opened.
          result = await write(
            ['*.{html,webmanifest,png,svg,js}', '{tracks,search,my-answers,about}/**/*.html', '_astro/**', 'pagefind/**'],
            [{ urlPattern: ({ request }) => request.mode === 'navigate' || request.destination === '', handler: 'StaleWhileRevalidate', options: { cacheName: 'pages' } }],
          );
          logger.info(`offline: the whole site is over ${MAX_PRECACHE / 1024 / 1024} MB, so pages are kept as they are visited`);
        }
        for (const warning of result.warnings) logger.warn(warning);
        logger.info(`offline: ${result.count} files precached, ${(result.size / 1024 / 1024).toFixed(1)} MB`);
      },
    },
  };
}
