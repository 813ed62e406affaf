// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

// The same build serves at / or under a sub-path (GitHub Pages serves
// https://<owner>.github.io/<repo>/): set SITE_URL and BASE_PATH to match.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [mdx(), preact(), sitemap()],
});
