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

/**
 * What the browser draws or copies, with every address on SITE_URL moved to
 * the host the page was served from: a copy of the site on an intranet, or on
 * a second domain, then hands out addresses that work there. `text` is a URL
 * or a snippet holding URLs (an embed code); SITE_URL's origin and base become
 * `location.origin` and the same base. At build time (no `location`) and on
 * SITE_URL itself it is unchanged, so what is printed at build time (packs,
 * canonical links, feeds) keeps SITE_URL.
 */
export function servedUrl(text: string, site: string | undefined = import.meta.env.SITE): string {
  if (typeof location === 'undefined' || !site) return text;
  const home = new URL(url('/'), site).href;
  const served = `${location.origin}${url('/')}`;
  return home === served ? text : text.replaceAll(home, served);
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
