import { fileURLToPath } from 'node:url';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW, type RuntimeCaching } from 'workbox-build';

/** Above this, a first visit would download too much: precache the shell only. */
const MAX_PRECACHE = 40 * 1024 * 1024;
/** Workbox leaves out files larger than this (with a warning). */
const MAX_FILE = 8 * 1024 * 1024;

/** What the whole site's precache takes: these kinds of file... */
const EXTENSIONS = [
  'html',
  'js',
  'css',
  'json',
  'svg',
  'png',
  'webmanifest',
  'pagefind',
  'pf_meta',
  'pf_index',
  'pf_filter',
  'pf_fragment',
];
/**
 * ...except these, at the top of the site. The share image is for other sites'
 * link previews, and embeds live in other sites' frames: neither is ever opened here.
 */
const LEFT_OUT = ['sw.js', 'og.png', 'embed'];

/**
 * Whether the whole site would precache more than `limit` bytes: the same
 * files Workbox would list, summed from their sizes and given up as soon as
 * the limit is passed. (Asking Workbox itself reads and hashes every file and
 * bundles a service worker, which a large library then throws away: about
 * 2 s at 300 stories.)
 */
export function precacheExceeds(site: string, limit: number): boolean {
  const wanted = new RegExp(`\\.(${EXTENSIONS.join('|')})$`);
  let total = 0;
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !wanted.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (LEFT_OUT.includes(relative(site, path).split(sep)[0]!)) continue;
    const { size } = statSync(path);
    if (size <= MAX_FILE && (total += size) > limit) return true;
  }
  return false;
}

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
        const started = performance.now();
        const write = (globPatterns: string[], runtimeCaching?: RuntimeCaching[]) =>
          generateSW({
            globDirectory: site,
            globPatterns,
            ...(runtimeCaching ? { runtimeCaching } : {}),
            globIgnores: LEFT_OUT.map((name) => (name.includes('.') ? name : `${name}/**`)),
            swDest: join(site, 'sw.js'),
            modifyURLPrefix: { '': base },
            directoryIndex: 'index.html',
            // /search/?q=commission is the search page, whatever it asks for.
            ignoreURLParametersMatching: [/.*/],
            inlineWorkboxRuntime: true,
            cleanupOutdatedCaches: true,
            clientsClaim: true,
            skipWaiting: false,
            maximumFileSizeToCacheInBytes: MAX_FILE,
            mode: 'production',
            sourcemap: false,
          });
        let result;
        if (!precacheExceeds(site, MAX_PRECACHE)) {
          result = await write([`**/*.{${EXTENSIONS.join(',')}}`]);
        } else {
          // A library too large to download whole on a first visit: keep the
          // shell and the search index ready, and each page once it is opened.
          result = await write(
            ['*.{html,webmanifest,png,svg,js}', '{tracks,search,my-answers,about}/**/*.html', '_astro/**', 'pagefind/**'],
            [
              {
                urlPattern: ({ request }) => request.mode === 'navigate' || request.destination === '',
                handler: 'StaleWhileRevalidate',
                options: { cacheName: 'pages' },
              },
            ],
          );
          logger.info(`offline: the whole site is over ${MAX_PRECACHE / 1024 / 1024} MB, so pages are kept as they are visited`);
        }
        for (const warning of result.warnings) logger.warn(warning);
        logger.info(
          `offline: ${result.count} files precached, ${(result.size / 1024 / 1024).toFixed(1)} MB, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
