/**
 * Spread: the checks that keep a library from reading as one template. Where
 * the narrator's choice sits, how stories open and end, how they turn out,
 * who tells them, where they are set, and how facilitator notes are written.
 * Shares mean nothing in a handful of stories, so most apply from
 * SPREAD_MINIMUM stories up.
 */
import type { CheckedStory } from './checks';
import { endsOnQuestion, paragraphs, words } from './prose';
import { ROLES, type RoleId } from './roles';

export const SPREAD_MINIMUM = 10;
/** The narrator's choice may sit first in at most this share of decisions. */
export const MAX_ACTUAL_FIRST = 0.35;
/** No ending kind, opening word "I", closing question or note template above these shares. */
export const MAX_ENDING_SHARE = 0.4;
export const MAX_I_OPENINGS = 0.6;
export const MAX_QUESTION_ENDINGS = 0.4;
export const MAX_TEMPLATE_NOTES = 0.4;
/** At least this share told by someone who is not the seller. */
export const MIN_NOT_SELLER = 1 / 3;
/** The United Kingdom and the United States together at most this share. */
export const MAX_UK_US = 0.6;

/** The narrator's label may be the strictly shortest, or the strictly longest, at most this much more often than chance. */
export const MAX_LABEL_POSITION = 1.25;

/** Readers learn to pick the shortest (or longest) label if the narrator's usually is. */
export function labelLengths(stories: CheckedStory[]): string[] {
  let chance = 0;
  const shortest: string[] = [];
  const longest: string[] = [];
  for (const story of stories) {
    story.decisions.forEach((decision, d) => {
      const mine = decision.choices.findIndex((c) => c.id === decision.actual);
      if (mine < 0) return;
      chance += 1 / decision.choices.length;
      const length = decision.choices[mine]!.label.length;
      const others = decision.choices.filter((_, i) => i !== mine).map((c) => c.label.length);
      const field = `${story.file} decisions.${d}.choices.${mine}.label`;
      if (others.every((other) => length < other)) shortest.push(field);
      if (others.every((other) => length > other)) longest.push(field);
    });
  }
  const limit = chance * MAX_LABEL_POSITION;
  return (
    [
      ['shortest', shortest],
      ['longest', longest],
    ] as const
  ).flatMap(([which, found]) =>
    found.length > limit
      ? [
          `the narrator's label is the ${which} in ${found.length} decisions, where chance gives ${Math.round(chance)}; ` +
            `bring some to the length of the others: ${list(found)}`,
        ]
      : [],
  );
}

/** The phrases of the old facilitator-note template: "Rooms usually… Listen for… A useful follow-up…". */
export const NOTE_TEMPLATE = /\b(listen for|rooms? (?:usually|tend|often|mostly)|follow-up)\b/i;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const list = (items: string[]) => (items.length > 8 ? `${items.slice(0, 8).join(', ')} and ${items.length - 8} more` : items.join(', '));

/** Readers learn where the "real" answer sits if it is usually first. */
export function actualNotUsuallyFirst(stories: CheckedStory[]): string[] {
  const withActual = stories.flatMap((story) =>
    story.decisions.flatMap((decision, index) =>
      decision.actual ? [{ file: story.file, field: `decisions.${index}`, first: decision.choices[0]?.id === decision.actual }] : [],
    ),
  );
  const first = withActual.filter((d) => d.first);
  if (withActual.length === 0 || first.length / withActual.length <= MAX_ACTUAL_FIRST) return [];
  return [
    `the narrator's choice is listed first in ${first.length} of ${withActual.length} decisions (${percent(first.length / withActual.length)}), more than ${percent(MAX_ACTUAL_FIRST)}; ` +
      `move it in some of: ${first.map((d) => `${d.file} ${d.field}.choices`).join(', ')}`,
  ];
}

/** The first three words of the first paragraph, which no two stories share. */
export function opening(story: CheckedStory): string {
  return words(paragraphs(story.body)[0] ?? '')
    .slice(0, 3)
    .join(' ');
}

export function uniqueOpenings(stories: CheckedStory[]): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const story of stories) {
    const words = opening(story);
    if (!words) continue;
    const owner = owners.get(words);
    if (owner) problems.push(`${story.file}: body opens with "${words}", like ${owner}; open differently`);
    else owners.set(words, story.file);
  }
  return problems;
}

/** A share rule: fails naming the files that count, when more than `max` of `stories` match. */
function atMost(stories: CheckedStory[], max: number, matches: (s: CheckedStory) => boolean, what: string, field: string): string[] {
  const found = stories.filter(matches);
  if (found.length / stories.length <= max) return [];
  return [
    `${found.length} of ${stories.length} stories (${percent(found.length / stories.length)}) ${what}, more than ${percent(max)}; change the ${field} of some of: ${list(found.map((s) => s.file))}`,
  ];
}

export function spread(stories: CheckedStory[]): string[] {
  if (stories.length < SPREAD_MINIMUM) return [];
  const problems: string[] = [...labelLengths(stories)];
  const endings = new Set(stories.map((s) => s.ending));
  for (const ending of endings) {
    problems.push(...atMost(stories, MAX_ENDING_SHARE, (s) => s.ending === ending, `end "${ending}"`, 'ending'));
  }
  problems.push(...atMost(stories, MAX_I_OPENINGS, (s) => opening(s).split(' ')[0] === 'i', 'open with "I"', 'opening (body)'));
  problems.push(
    ...atMost(
      stories,
      MAX_QUESTION_ENDINGS,
      (s) => endsOnQuestion(paragraphs(s.body).at(-1) ?? ''),
      'end on a question',
      'last paragraph (body)',
    ),
  );
  problems.push(
    ...atMost(stories, 1 - MIN_NOT_SELLER, (s) => ROLES[s.role as RoleId]?.sells ?? false, 'are told by the seller', 'narrator.role'),
  );
  problems.push(...atMost(stories, MAX_UK_US, (s) => s.country === 'GB' || s.country === 'US', 'are set in the UK or the US', 'country'));
  const notes = stories.flatMap((s) =>
    s.decisions.flatMap((d, i) => (d.notes ? [{ file: s.file, field: `decisions.${i}.notes`, note: d.notes }] : [])),
  );
  const templated = notes.filter((n) => NOTE_TEMPLATE.test(n.note));
  if (notes.length > 0 && templated.length / notes.length > MAX_TEMPLATE_NOTES) {
    problems.push(
      `${templated.length} of ${notes.length} facilitator notes (${percent(templated.length / notes.length)}) follow the "Rooms usually… Listen for… follow-up" template, more than ${percent(MAX_TEMPLATE_NOTES)}; ` +
        `rewrite some of: ${list(templated.map((n) => `${n.file} ${n.field}`))}`,
    );
  }
  return problems;
}
