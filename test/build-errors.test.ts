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

  it('rejects a narrator choice that is not one of the choices', () => {
    const run = syncFixture('actual-not-a-choice');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('test/fixtures/actual-not-a-choice/phantom.mdx');
    expect(run.output).toMatch(/decisions\.0\.actual/);
    expect(run.output).toContain('"shout" is not one of the choices of decision "phantom-choice"');
  });

  it('names a person or company that another story already uses, and a cast name the story never mentions', () => {
    const run = syncFixture('repeated-cast');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/second-cast\.mdx: cast\.people\.0 "Priya Shah" repeats "Priya Nair" from \S*first-cast\.mdx/);
    expect(run.output).toMatch(/second-cast\.mdx: cast\.organisations\.0 "Quillstone" repeats "Quillmark"/);
    expect(run.output).toMatch(/second-cast\.mdx: cast\.people\.1 "Ghost Writer" does not appear in the story/);
  });

  it('rejects a library where the narrator choice is usually listed first', () => {
    const run = syncFixture('actual-first');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('listed first in 2 of 2 decisions (100%)');
    expect(run.output).toMatch(/always-first\.mdx decisions\.1\.choices/);
  });

  it('rejects a choice whose only lens is outcomes without beneficiaries', () => {
    const run = syncFixture('outcomes-only');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('test/fixtures/outcomes-only/whose-outcomes.mdx');
    expect(run.output).toMatch(/decisions\.0\.choices\.0\.beneficiaries/);
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
