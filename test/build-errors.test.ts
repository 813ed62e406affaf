import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAstro } from './support/astro';
import { SITE_URL_WARNING } from '../src/integrations/site-url';
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

describe('tells and spread fail the build', () => {
  it('names the file and field of a reasoned label, a graded consequence, a telling description, and a lens-heavy narrator choice', () => {
    const run = syncFixture('tells');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /tells\/the-watch\.mdx: decisions\.0\.choices\.0\.label "Keep it, since the order is already signed" gives a reason/,
    );
    expect(run.output).toMatch(/the-watch\.mdx: decisions\.1\.choices\.0\.consequence grades the reader \("the right call"\)/);
    expect(run.output).toMatch(/the-watch\.mdx: description shares "i returned the watch"/);
    expect(run.output).toMatch(
      /narrator's choice carries 2\.00 lenses on average against 0\.33 .*the-watch\.mdx decisions\.0\.choices\.1\.lenses/,
    );
  });

  it('names the stories when one ending kind holds more than 40% of a library', () => {
    // Ten small stories alike but for their names: generated, so the fixture stays readable.
    const dir = `${OUTPUT}fixture-same-ending-stories`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const countries = ['KE', 'BR', 'DE', 'IN', 'JP', 'FR', 'SG', 'ZA', 'MX', 'PL'];
    countries.forEach((country, i) => {
      const id = `alike-${i}`;
      writeFileSync(
        `${dir}/${id}.mdx`,
        [
          '---',
          `title: "Story ${id}"`,
          'description: "A fixture story, one of ten that end the same way."',
          'published: 2026-01-05',
          'themes: [honesty]',
          'industry: logistics',
          'pressure: none',
          `country: ${country}`,
          `narrator: { role: ${i % 2 ? 'buyer' : 'finance'} }`,
          `ending: ${i < 5 ? 'right-and-costly' : ['unresolved', 'shortcut-fine', 'right-and-rewarded', 'wrong-and-found-out', 'wrong-never-found-out'][i - 5]}`,
          'cast: { people: [], organisations: [] }',
          'decisions:',
          `  - id: ${id}-d`,
          '    question: "Do you sign the order today?"',
          '    setup: "The order is ready and the buyer is waiting."',
          '    choices:',
          '      - { id: sign, label: "Sign it", consequence: "The order ships; the doubt stays.", lenses: [duties] }',
          '      - { id: wait, label: "Wait a week", consequence: "The doubt goes; the order may too.", lenses: [fairness] }',
          '    actual: wait',
          '---',
          '',
          `Story ${country} opened on a Monday.`,
          '',
          `<Decision id="${id}-d" />`,
        ].join('\n'),
      );
    });
    const run = runAstro('sync', { outDir: `${OUTPUT}fixture-same-ending`, storiesDir: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /5 of 10 stories \(50%\) end "right-and-costly", more than 40%; change the ending of some of: \S*alike-0\.mdx/,
    );
  });
});

describe('drafts', () => {
  it('leaves drafts out of a production build: no page, no feed entry, no sitemap entry', () => {
    const outDir = `${OUTPUT}fixture-with-draft`;
    const run = runAstro('build', {
      outDir,
      storiesDir: join(ROOT, 'test/fixtures/with-draft'),
      tracksDir: join(ROOT, 'test/fixtures/no-tracks'),
      // And a build that does not know its address says so, once.
      env: { SITE_URL: '' },
    });
    expect(run.status, run.output).toBe(0);
    expect(run.output.split(SITE_URL_WARNING).length - 1).toBe(1);
    expect(existsSync(`${outDir}/stories/published-story/index.html`)).toBe(true);
    expect(existsSync(`${outDir}/stories/draft-story/index.html`)).toBe(false);
    expect(readFileSync(`${outDir}/rss.xml`, 'utf8')).not.toContain('draft-story');
    expect(readFileSync(`${outDir}/sitemap-0.xml`, 'utf8')).not.toContain('draft-story');
  });
});
