// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index';
import { offline } from './src/integrations/offline';
import { decisionSummaries } from './src/integrations/summaries';
import { storyChecksOverlay } from './src/integrations/story-checks';
import { siteUrlWarning } from './src/integrations/site-url';

// The same build serves at / or under a sub-path (GitHub Pages serves
// https://<owner>.github.io/<repo>/): set SITE_URL and BASE_PATH to match.
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // offline() comes last: its service worker precaches the search index and
  // the decision summaries too. Not for search engines (each carries noindex):
  // embeds, the dilemma pages again for other sites' frames; track packs, the
  // track pages again for print; a shared session and its pack, empty shells
  // until a link fills them; and the room's pages, tools for one device.
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !/\/(embed\/|tracks\/[^/]+\/pack\/$|sessions\/(pack\/)?$|room\/)/.test(page) }),
    decisionSummaries(),
    storyChecksOverlay(),
    siteUrlWarning(process.env.SITE_URL),
    searchIndex(),
    offline(),
  ],
  // Pages render four at a time: a large library's build spends much of its
  // time waiting on file writes, and overlapping them took 1,000 stories'
  // page generation from 16.5 s to 13.3 s on a 2-core machine (npm run bench).
  build: { concurrency: 4 },
  // Stories have no code blocks, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy in a <meta> on every page: Astro hashes
  // every script and style it emits, so nothing inline runs unless it is ours.
  // Pagefind compiles WebAssembly and runs a worker from a blob: URL.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX file logs MODULE_LEVEL_DIRECTIVE for Astro's own
        // "use astro:head-inject", a known upstream issue
        // (https://github.com/withastro/astro/issues/18087) that buries real
        // warnings. Only that message is dropped; remove this once it is fixed.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
        output: {
          // Preact, the stores, the storage layer, the island mount and the decision
          // widget travel as one file: one request, and better compression than
          // several chunks (budget: 10 KB gzip). preact/hooks and the useStore hook
          // stay out: the widget is a class, so story pages need no hooks at all.
          // The answered marks (browse/answered*.ts) travel with them: a story page
          // marks its Read next cards without a second file (about 110 B gzip
          // against 300 B on their own), and they run, finding nothing, elsewhere.
          codeSplitting: {
            groups: [
              {
                name: 'decisions',
                test: /node_modules[\\/](preact[\\/](dist|jsx-runtime)|nanostores|@nanostores)[\\/]|components[\\/](decision[\\/]|browse[\\/]answered)|lib[\\/](storage|islands)[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
});
