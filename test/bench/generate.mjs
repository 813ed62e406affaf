import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const THEMES = [
  'client-loyalty',
  'rules-and-judgement',
  'incentives',
  'honesty',
  'speaking-up',
  'promises',
  'leadership',
  'conflicts-of-interest',
  'fair-competition',
  'accurate-reporting',
];
const LENSES = ['outcomes', 'duties', 'fairness', 'common-good', 'character'];
/** The fixture library's concepts (test/fixtures/library/concepts), which the bench builds with. */
export const FORCES = ['framing', 'obedience-to-authority', 'reciprocity', 'time-pressure'];
// Spread like a real library, so the editorial checks pass at any size.
const ENDINGS = ['right-and-costly', 'right-and-rewarded', 'shortcut-fine', 'wrong-and-found-out', 'wrong-never-found-out', 'unresolved'];
const ROLES = ['buyer', 'account-executive', 'finance', 'sales-manager', 'founder', 'customer-success'];
const COUNTRIES = ['GB', 'US', 'DE', 'BR', 'IN', 'KE', 'JP', 'FR', 'SG', 'ZA', 'MX', 'AU'];
const WORDS =
  'account client quota renewal forecast commission discount contract manager pipeline proposal invoice partner prospect meeting deadline margin promise policy exception'.split(
    ' ',
  );

/*
 * Prose needs a realistic vocabulary, or every query matches every page and
 * search timings mean nothing: thousands of made-up words, drawn with a
 * Zipf-like skew (a few common, most rare), plus the sales words above.
 */
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'pin', 'sul', 'fa', 'ge', 'ro', 'tu', 'bel', 'cor', 'dan'];
export const VOCABULARY = [...WORDS, ...SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => [a + b, ...SYLLABLES.map((c) => a + b + c)]))];

/** A deterministic pseudo-random source, so every run builds the same library. */
function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function paragraph(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[Math.floor(VOCABULARY.length * next() ** 3)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

/**
 * Writes `count` synthetic stories of about 700 words into `dir`. With
 * decisions, each has three (three choices each) and a reveal; without, it is
 * a plain story of the same length: the baselines, as `.md` or `.mdx`.
 */
export function generateStories(dir, count, { decisions = true, ext = decisions ? 'mdx' : 'md' } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const next = random(count * 7 + (decisions ? 1 : 2));
  for (let n = 1; n <= count; n++) {
    const id = `bench-${n}`;
    const themes = [THEMES[n % THEMES.length], THEMES[(n * 3 + 1) % THEMES.length]].filter((t, i, a) => a.indexOf(t) === i);
    const date = new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const decisionYaml = [];
    // Every story opens differently: no two may share their first three words.
    const body = [`Story number ${n} begins here.`, ''];
    for (let d = 1; d <= 3; d++) {
      body.push(`## Part ${d}`, '', paragraph(next, 110), '', paragraph(next, 110), '');
      if (!decisions) continue;
      const did = `${id}-d${d}`;
      decisionYaml.push(
        `  - id: ${did}`,
        `    question: "What do you do about the ${WORDS[(n + d) % WORDS.length]} in part ${d}?"`,
        `    setup: "${paragraph(next, 30)}"`,
        '    choices:',
        ...[1, 2, 3].flatMap((c) => [
          `      - id: choice-${c}`,
          `        label: "Choose option ${c} for the ${WORDS[(n + c) % WORDS.length]}"`,
          `        consequence: "${paragraph(next, 35)}"`,
          `        lenses: [${LENSES[(n + c) % LENSES.length]}, ${LENSES[(n + c + 1) % LENSES.length]}]`,
        ]),
        '    discussion:',
        `      - "Why would someone choose differently in part ${d}?"`,
        `      - "What would you say to the ${WORDS[(n * d) % WORDS.length]} owner?"`,
        `    notes: "${paragraph(next, 25)}"`,
        `    forces: [${FORCES[(n + d) % FORCES.length]}]`,
      );
      body.push(`<Decision id="${did}" />`, '', `<Reveal after="${did}">`, '', paragraph(next, 60), '', '</Reveal>', '');
    }
    const frontmatter = [
      '---',
      `title: "Benchmark Story Number ${n}"`,
      `description: "A generated story used to measure how the build grows with the size of the library."`,
      `published: ${date}`,
      `themes: [${themes.join(', ')}]`,
      `tags: [bench, ${WORDS[n % WORDS.length]}]`,
      'industry: software',
      'pressure: none',
      `country: ${COUNTRIES[n % COUNTRIES.length]}`,
      `narrator: { role: ${ROLES[n % ROLES.length]} }`,
      `ending: ${ENDINGS[n % ENDINGS.length]}`,
      'cast: { people: [], organisations: [] }',
      ...(decisionYaml.length ? ['decisions:', ...decisionYaml] : []),
      '---',
      '',
    ];
    writeFileSync(join(dir, `${id}.${ext}`), [...frontmatter, ...body].join('\n'));
  }
}
