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
    const dir = tenStories('same-ending', (i) => (i < 5 ? 'right-and-costly' : ENDINGS[i - 5]!));
    const run = runAstro('sync', { outDir: `${OUTPUT}fixture-same-ending`, storiesDir: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /5 of 10 stories \(50%\) end "right-and-costly", more than 40%; change the ending of some of: \S*alike-0\.mdx/,
    );
  });
});

const ENDINGS = ['unresolved', 'shortcut-fine', 'right-and-rewarded', 'wrong-and-found-out', 'wrong-never-found-out'];
const FORCES = ['framing', 'obedience-to-authority', 'reciprocity', 'time-pressure'];

/**
 * Ten small stories alike but for their names, their endings and the forces
 * their one decision names (the fixture library's concepts): generated, so the
 * fixture stays readable. By default story i names FORCES[i % 4] and the next
 * one, so each concept is at play in five decisions.
 */
function tenStories(
  name: string,
  ending: (i: number) => string,
  forces = (i: number) => [FORCES[i % FORCES.length]!, FORCES[(i + 1) % FORCES.length]!],
) {
  const dir = `${OUTPUT}fixture-${name}-stories`;
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
        `ending: ${ending(i)}`,
        'cast: { people: [], organisations: [] }',
        'decisions:',
        `  - id: ${id}-d`,
        '    question: "Do you sign the order today?"',
        '    setup: "The order is ready and the buyer is waiting."',
        '    choices:',
        '      - { id: sign, label: "Sign it", consequence: "The order ships; the doubt stays.", lenses: [duties] }',
        '      - { id: wait, label: "Wait a week", consequence: "The doubt goes; the order may too.", lenses: [fairness] }',
        '    actual: wait',
        `    forces: [${forces(i).join(', ')}]`,
        '---',
        '',
        `Story ${country} opened on a Monday.`,
        '',
        `<Decision id="${id}-d" />`,
      ].join('\n'),
    );
  });
  return dir;
}

describe('forces and concepts fail the build', () => {
  const spread = (i: number) => [...ENDINGS, 'right-and-costly'][i % 6]!;

  it('builds ten stories whose every concept is at play in at least three decisions', () => {
    const dir = tenStories('forces-spread', spread);
    const run = runAstro('sync', { outDir: `${OUTPUT}fixture-forces-spread`, storiesDir: dir });
    expect(run.output).not.toMatch(/is at play in/);
  });

  it('names a decision that names no force', () => {
    const run = syncFixture('no-forces');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('test/fixtures/no-forces/unnamed-pull.mdx');
    expect(run.output).toMatch(/decisions\.0\.forces/);
    expect(run.output).toContain('name at least one force at play');
  });

  it('names a force with no concept page, and a force named twice, by file and field', () => {
    const run = syncFixture('unknown-force');
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/made-up-force\.mdx: decisions\.0\.forces\.1 "peer-pressure" in decision "made-up-force" is not a concept/);
    expect(run.output).toMatch(/made-up-force\.mdx: decisions\.0\.forces\.2 "time-pressure" is named twice/);
    expect(run.output).not.toMatch(/forces\.0 "time-pressure"/);
  });

  it('names the file and field of a legal source the registry does not list', () => {
    const run = syncFixture('unknown-source');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('test/fixtures/unknown-source/made-up-source.mdx');
    expect(run.output).toMatch(/decisions\.0\.sources\.1/);
    expect(run.output).not.toMatch(/decisions\.0\.sources\.0/);
  });

  it('names a concept at play in fewer than three decisions of a library of ten', () => {
    // One force each, in turn: framing and obedience three times, reciprocity and time pressure twice.
    const dir = tenStories('forces-thin', spread, (i) => [FORCES[i % FORCES.length]!]);
    const run = runAstro('sync', { outDir: `${OUTPUT}fixture-forces-thin`, storiesDir: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/concepts\/reciprocity\.md: "reciprocity" is at play in 2 decisions; name it under forces in at least 3/);
    expect(run.output).toMatch(/concepts\/time-pressure\.md: "time-pressure" is at play in 2 decisions/);
    expect(run.output).not.toMatch(/"framing" is at play in/);
  });

  it('names a concept page that lacks a section, and one whose explanation is too short', () => {
    const run = runAstro('sync', {
      outDir: `${OUTPUT}fixture-concept-sections`,
      storiesDir: join(ROOT, 'test/fixtures/concept-sections/stories'),
      conceptsDir: join(ROOT, 'test/fixtures/concept-sections/concepts'),
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /concept-sections\/concepts\/reciprocity\.md: body: needs the sections "## What it is", "## How it shows up in selling", "## What helps"/,
    );
    expect(run.output).toMatch(/concept-sections\/concepts\/time-pressure\.md: body: "What it is" has 5 words; write 150 to 300/);
    expect(run.output).not.toContain('framing.md: body');
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
