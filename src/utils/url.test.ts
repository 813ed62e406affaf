import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, servedUrl, shortUrl, storyPath, url } from './url';

afterEach(() => vi.unstubAllEnvs());

describe('url', () => {
  it('keeps paths as they are at the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(url('/stories/x/')).toBe('/stories/x/');
    expect(url()).toBe('/');
  });

  it('prefixes the base path under a sub-path', () => {
    vi.stubEnv('BASE_URL', '/judgment-calls/');
    expect(url('/stories/x/')).toBe('/judgment-calls/stories/x/');
    expect(url('rss.xml')).toBe('/judgment-calls/rss.xml');
    expect(url('/')).toBe('/judgment-calls/');
  });

  it('accepts a base without its trailing slash', () => {
    vi.stubEnv('BASE_URL', '/judgment-calls');
    expect(url(storyPath('a'))).toBe('/judgment-calls/stories/a/');
  });

  it('builds absolute URLs on the site', () => {
    vi.stubEnv('BASE_URL', '/judgment-calls/');
    expect(absoluteUrl('/stories/a/', 'https://example.org')).toBe('https://example.org/judgment-calls/stories/a/');
    expect(() => absoluteUrl('/', undefined)).toThrow(/SITE_URL/);
  });

  it('shortens an absolute URL for a slide', () => {
    expect(shortUrl('https://example.org/judgment-calls/dilemmas/a/')).toBe('example.org/judgment-calls/dilemmas/a/');
  });
});

describe('servedUrl', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('moves SITE_URL addresses to the origin the page was served from, keeping the base', () => {
    vi.stubEnv('BASE_URL', '/judgment-calls/');
    vi.stubGlobal('location', { origin: 'http://intranet.local:8080' });
    const site = 'https://example.org';
    expect(servedUrl('https://example.org/judgment-calls/dilemmas/a/', site)).toBe('http://intranet.local:8080/judgment-calls/dilemmas/a/');
    expect(servedUrl('<iframe src="https://example.org/judgment-calls/embed/a/"></iframe>', site)).toBe(
      '<iframe src="http://intranet.local:8080/judgment-calls/embed/a/"></iframe>',
    );
    // Another site's address, or SITE_URL outside the base, is not the site's own.
    expect(servedUrl('https://example.org/elsewhere/', site)).toBe('https://example.org/elsewhere/');
    expect(servedUrl('https://other.example/judgment-calls/', site)).toBe('https://other.example/judgment-calls/');
  });

  it('leaves the text alone on SITE_URL itself and at build time', () => {
    vi.stubEnv('BASE_URL', '/');
    vi.stubGlobal('location', { origin: 'https://example.org' });
    expect(servedUrl('https://example.org/dilemmas/a/', 'https://example.org')).toBe('https://example.org/dilemmas/a/');
    vi.unstubAllGlobals();
    expect(servedUrl('https://example.org/dilemmas/a/', 'https://example.org')).toBe('https://example.org/dilemmas/a/');
  });
});
