import type { StoryLink } from './types';

export interface Suggestion {
  story: StoryLink;
  /** Its themes that none of the stories answered in has. */
  newThemes: string[];
}

/**
 * A story to read next: one with decisions, none of them answered yet,
 * preferring the one bringing the most themes the reader has not met in the
 * stories they answered in; among equals, the first in the list (the newest).
 * Null when every story has an answer.
 */
export function readNext(stories: readonly StoryLink[], answered: (id: string) => boolean): Suggestion | null {
  const met = new Set<string>();
  const unmet: StoryLink[] = [];
  for (const story of stories) {
    if (story.decisions.some(answered)) for (const theme of story.themes) met.add(theme);
    else if (story.decisions.length > 0) unmet.push(story);
  }
  let best: Suggestion | null = null;
  for (const story of unmet) {
    const newThemes = story.themes.filter((theme) => !met.has(theme));
    if (!best || newThemes.length > best.newThemes.length) best = { story, newThemes };
  }
  return best;
}
