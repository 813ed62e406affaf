/**
 * Every internal URL goes through here so the site works at / and under a
 * sub-path (GitHub Pages serves /<repo>/). Paths are written from the site
 * root, without the base: url('/stories/x/') → '/judgment-calls/stories/x/'.
 */
export function url(path = '/'): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`;
}

/** Absolute URL on the configured site, for feeds, canonical links and QR codes. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL) to build absolute URLs.');
  return new URL(url(path), site).href;
}

export const storyPath = (id: string) => `/stories/${id}/`;
export const themePath = (id: string) => `/themes/${id}/`;
export const yearPath = (year: number | string) => `/archive/${year}/`;
export const dilemmaPath = (id: string) => `/dilemmas/${id}/`;
export const conceptPath = (id: string) => `/concepts/${id}/`;
/** A dilemma alone, for an <iframe> on another site. */
export const embedPath = (id: string) => `/embed/${id}/`;

/** The present view is a mode of the dilemma page, shown with :target. */
export const presentPath = (id: string) => `/dilemmas/${id}/#present`;

/** "judgment-calls.example/dilemmas/x/": a URL short enough to read off a slide. */
export const shortUrl = (absolute: string) => absolute.replace(/^https?:\/\//, '');
