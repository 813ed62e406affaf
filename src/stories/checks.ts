/**
 * Editorial checks that need the body or the whole library at once
 * (docs/writing.md). Each problem is phrased for the author and names the file
 * and the field. The rules live by concern: names.ts (the cast), tells.ts
 * (giving the narrator's answer away), spread.ts (the library's variety).
 */
import { castAppears, distinctInitials, uniqueCast } from './names';
import { descriptionGiveaways, gradingConsequences, justifiedLabels, lensParity, lensShares } from './tells';
import { actualNotUsuallyFirst, spread, uniqueOpenings } from './spread';

export interface CheckedChoice {
  id: string;
  label: string;
  consequence: string;
  lenses: readonly string[];
}

export interface CheckedStory {
  file: string;
  /** Everything a reader sees: the body and every string in the frontmatter. */
  text: string;
  /** The MDX body, markers included. */
  body: string;
  description: string;
  country: string;
  role: string;
  ending: string;
  cast: { people: string[]; organisations: string[] };
  decisions: { id: string; choices: CheckedChoice[]; actual?: string | undefined; notes?: string | undefined }[];
}

export function checkLibrary(stories: CheckedStory[]): string[] {
  return [
    ...stories.flatMap((story) => [
      ...castAppears(story),
      ...distinctInitials(story),
      ...justifiedLabels(story),
      ...gradingConsequences(story),
      ...descriptionGiveaways(story),
    ]),
    ...uniqueCast(stories),
    ...uniqueOpenings(stories),
    ...actualNotUsuallyFirst(stories),
    ...lensParity(stories),
    ...lensShares(stories),
    ...spread(stories),
  ];
}

/** Every string in a value, joined: the frontmatter prose a reader sees. */
export function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(allText).join('\n');
  return '';
}

/** A parsed story as the checks read it: the loader and the content test build it the same way. */
export function toChecked(
  file: string,
  body: string,
  data: {
    description: string;
    country: string;
    narrator: { role: string };
    ending: string;
    cast: CheckedStory['cast'];
    decisions: CheckedStory['decisions'];
  } & Record<string, unknown>,
): CheckedStory {
  const { cast, decisions, ...rest } = data;
  return {
    file,
    body,
    description: data.description,
    country: data.country,
    role: data.narrator.role,
    ending: data.ending,
    cast,
    decisions,
    text: `${body}\n${allText(rest)}\n${allText(decisions)}`,
  };
}
