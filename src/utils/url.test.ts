import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, shortUrl, storyPath, url } from './url';

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
