import type { AstroIntegration } from 'astro';

export const SITE_URL_WARNING =
  'SITE_URL is not set, so canonical links, the sitemap, the feed and the QR codes drawn at build time point at http://localhost:4321. Set SITE_URL (and BASE_PATH under a sub-path) to the address the site is served from.';

/** A production build without SITE_URL says so once: its absolute links would all be wrong. */
export function siteUrlWarning(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'judgment-calls:site-url',
    hooks: {
      // console.warn, not the integration logger: a build run with --silent still says it.
      'astro:build:start': () => {
        if (!siteUrl) console.warn(`[judgment-calls:site-url] ${SITE_URL_WARNING}`);
      },
    },
  };
}
