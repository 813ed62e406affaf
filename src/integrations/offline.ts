import { fileURLToPath } from 'node:url';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest } from 'workbox-build';
import { OFFLINE_LIST, type OfflineList } from '../lib/offline/list';

/** Workbox leaves out files larger than this (with a warning). */
const MAX_FILE = 8 * 1024 * 1024;

/**
 * The shell, downloaded by every device on its first visit: the code and styles
 * every page shares, the icons, the home page and the pages that read their
 * content from the address (a room's console and hand-ins, a coach's session,
 * My answers). About 0.5 MB whatever the library's size.
 */
const SHELL = [
  'index.html',
  '*.{js,webmanifest,svg}',
  'icon-*.png',
  '_astro/*.{js,css}',
  'room/**/index.html',
  'sessions/index.html',
  'my-answers/index.html',
  'search/index.html',
];

/** What "Make this site available offline" downloads: these kinds of file... */
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
const LEFT_OUT = ['sw.js', 'og.png', 'embed', OFFLINE_LIST];

/** A file's address on the site: a page by its folder, as links and the address bar name it. */
const address = (path: string, base: string) =>
  base +
  path
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

/**
 * Every file a reader could open, with the bytes it takes, less what the shell
 * already holds: the list the offer on the console and the About page downloads.
 */
export function wholeSite(site: string, base: string, shell: Set<string>): OfflineList {
  const wanted = new RegExp(`\\.(${EXTENSIONS.join('|')})$`);
  const list: OfflineList = { bytes: 0, files: [] };
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !wanted.test(entry.name)) continue;
    const path = relative(site, join(entry.parentPath, entry.name));
    const url = address(path, base);
    if (LEFT_OUT.includes(path.split(sep)[0]!) || shell.has(url)) continue;
    const { size } = statSync(join(site, path));
    if (size > MAX_FILE) continue;
    list.files.push(url);
    list.bytes += size;
  }
  list.files.sort();
  return list;
}

/**
 * After every build (and after the search index is written), Workbox writes a
 * service worker. A device's first visit downloads the shell only; each page it
 * opens is kept as it is opened, and a page names what it needs besides itself
 * (a track its steps, a session its dilemmas: see src/layouts/page-script.js). A
 * phone joining a room over conference Wi-Fi so downloads its track, not the
 * library. The whole site is a choice (the offer on the console and the About
 * page), its size shown first. Pages are fetched fresh when the network answers
 * within a few seconds, else served from the device; a new version of the shell
 * waits until the reader chooses to reload (the page script shows a prompt),
 * never swapping under a running session.
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
        const result = await generateSW({
          globDirectory: site,
          globPatterns: SHELL,
          globIgnores: ['sw.js'],
          swDest: join(site, 'sw.js'),
          modifyURLPrefix: { '': base },
          directoryIndex: 'index.html',
          // /search/?q=commission is the search page, whatever it asks for.
          ignoreURLParametersMatching: [/.*/],
          runtimeCaching: [
            {
              // A page: the network's if it answers in time, else the one kept here.
              urlPattern: ({ url, sameOrigin }) => sameOrigin && /(\/|\.html)$/.test(url.pathname),
              handler: 'NetworkFirst',
              options: { cacheName: 'pages', networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } },
            },
            {
              urlPattern: ({ url, sameOrigin }) => sameOrigin && !url.pathname.endsWith('/sw.js'),
              handler: 'StaleWhileRevalidate',
              // Pagefind asks for its entry file with a cache-busting ?ts=.
              options: { cacheName: 'files', matchOptions: { ignoreSearch: true } },
            },
          ],
          inlineWorkboxRuntime: true,
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          maximumFileSizeToCacheInBytes: MAX_FILE,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of result.warnings) logger.warn(warning);
        const { manifestEntries } = await getManifest({ globDirectory: site, globPatterns: SHELL, globIgnores: ['sw.js'] });
        const shell = new Set(manifestEntries?.map((entry) => address(entry.url, base)));
        const whole = wholeSite(site, base, shell);
        writeFileSync(join(site, OFFLINE_LIST), JSON.stringify(whole));
        const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
        logger.info(
          `offline: shell of ${result.count} files, ${mb(result.size)} MB; the whole site ${whole.files.length} more files, ${mb(whole.bytes)} MB; in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
