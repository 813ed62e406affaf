import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAstro } from './support/astro';
import { OUTPUT, ROOT } from './support/sites';

/** Syncs content from a fixture folder with the real config; sync runs the same loader and schema as build. */
function syncFixture(name: string) {
  return runAstro('sync', { outDir: `${OUTPUT}fixture-${name}`, storiesDir: join(ROOT, 'test/fixtures', name) });
}

describe('invalid content fails the build', () => {
  it('names the file and the field of bad frontmatter', () => {
    const run = syncFixture('bad-frontmatter');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('test/fixtures/bad-frontmatter/broken-story.mdx');
    expect(run.output).toMatch(/themes\.1/);
  });

  it('names both files that use the same decision id', () => {
    const run = syncFixture('duplicate-decision');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/decision id "shared-id" is used in both \S*first-story\.mdx and \S*second-story\.mdx/);
  });

  it('rejects a decision with fewer than two choices', () => {
    const run = syncFixture('one-choice');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('lonely-choice');
    expect(run.output).toContain('a decision needs at least 2 choices');
  });

  it('names a decision placed in the body but not declared, and one declared but not placed', () => {
    const run = syncFixture('misplaced-marker');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('unplaced.mdx: <Decision id="placed-only" /> has no entry under decisions:');
    expect(run.output).toContain('unplaced.mdx: decisions: "declared-only" is declared but no <Decision');
  });
});

describe('drafts', () => {
  it('leaves drafts out of a production build: no page, no feed entry, no sitemap entry', () => {
    const outDir = `${OUTPUT}fixture-with-draft`;
    const run = runAstro('build', { outDir, storiesDir: join(ROOT, 'test/fixtures/with-draft'), env: { TRACKS_DIR: join(ROOT, 'test/fixtures/no-tracks') } });
    expect(run.status, run.output).toBe(0);
    expect(existsSync(`${outDir}/stories/published-story/index.html`)).toBe(true);
    expect(existsSync(`${outDir}/stories/draft-story/index.html`)).toBe(false);
    expect(readFileSync(`${outDir}/rss.xml`, 'utf8')).not.toContain('draft-story');
    expect(readFileSync(`${outDir}/sitemap-0.xml`, 'utf8')).not.toContain('draft-story');
  });
});
