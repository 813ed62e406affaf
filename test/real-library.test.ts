import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runAstro } from './support/astro';
import { REAL_LIBRARY, readStories } from './support/content';
import { OUTPUT, TEST_SITE } from './support/sites';

/**
 * The one test that builds content/: every other browser test runs on the
 * fixture library. It holds the real library to the rules a build can prove:
 * it builds (the loader's schema and library checks, every track's dilemmas),
 * every story and dilemma gets its page, and no link, asset or anchor in the
 * output points at nothing. Read as files, without a browser, so the whole
 * library is checked in seconds.
 */
const dir = `${OUTPUT}real`;

const pages = (root: string): string[] =>
  readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });

/** The file a site path serves: itself, or its directory's index.html. */
const served = (path: string) => {
  const file = join(dir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
};

describe('the real library (content/)', () => {
  it('builds, gives every story and dilemma a page, and links to nothing missing', () => {
    const run = runAstro('build', {
      outDir: dir,
      storiesDir: REAL_LIBRARY.stories,
      tracksDir: REAL_LIBRARY.tracks,
      conceptsDir: REAL_LIBRARY.concepts,
    });
    expect(run.status, run.output).toBe(0);
    expect(run.output).not.toContain('SITE_URL is not set');

    const stories = readStories(REAL_LIBRARY.stories).filter((s) => !s.draft);
    for (const story of stories) {
      expect(served(`/stories/${story.id}/`), story.file).not.toBeNull();
      for (const decision of story.decisions) expect(served(`/dilemmas/${decision.id}/`), `${story.file} ${decision.id}`).not.toBeNull();
    }

    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let found = ids.get(file);
      if (!found) {
        found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        ids.set(file, found);
      }
      return found;
    };
    const broken: string[] = [];
    for (const file of pages(dir)) {
      const html = readFileSync(file, 'utf8');
      // A page whose script reads its fragment as data (room console, sessions) has no anchors to find.
      for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const link = raw!.replaceAll('&amp;', '&').replace(TEST_SITE, '');
        if (!link.startsWith('/') || link.startsWith('//')) continue;
        const [path = '', hash] = link.split('#');
        const target = served(path.split('?')[0]!);
        const from = `/${relative(dir, file)}`;
        if (!target) broken.push(`${from} → ${link}`);
        else if (
          hash &&
          !hash.includes('=') &&
          !readFileSync(target, 'utf8').includes('data-reads-fragment') &&
          !idsOf(target).has(decodeURIComponent(hash))
        ) {
          broken.push(`${from} → ${link}: no such anchor`);
        }
      }
    }
    expect(broken).toEqual([]);
  }, 180_000);
});
