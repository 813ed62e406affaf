import { getCollection, type CollectionEntry } from 'astro:content';
import type { ThemeId } from './themes';

export type StoryEntry = CollectionEntry<'stories'>;

/** Published stories, newest first. Drafts show in `astro dev` only. */
export async function getStories(): Promise<StoryEntry[]> {
  const stories = await getCollection('stories', ({ data }) => import.meta.env.DEV || !data.draft);
  return sortNewestFirst(stories);
}

export function sortNewestFirst<T extends { id: string; data: { published: Date } }>(stories: T[]): T[] {
  return [...stories].sort(
    (a, b) => b.data.published.valueOf() - a.data.published.valueOf() || a.id.localeCompare(b.id),
  );
}

export function storiesWithTheme<T extends { data: { themes: readonly string[] } }>(stories: T[], theme: ThemeId): T[] {
  return stories.filter((s) => s.data.themes.includes(theme));
}

/** Stories grouped by publication year, newest year first. */
export function groupByYear<T extends { data: { published: Date } }>(stories: T[]): [number, T[]][] {
  const years = new Map<number, T[]>();
  for (const story of stories) {
    const year = story.data.published.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), story]);
  }
  return [...years.entries()].sort(([a], [b]) => b - a);
}

/**
 * Up to `limit` other stories, ranked by shared themes then shared tags, then
 * recency, so every story has somewhere to go next.
 */
export function relatedStories<T extends { id: string; data: { themes: readonly string[]; tags: readonly string[] } }>(
  story: T,
  all: T[],
  limit = 3,
): T[] {
  const score = (other: T) =>
    other.data.themes.filter((t) => story.data.themes.includes(t)).length * 10 +
    other.data.tags.filter((t) => story.data.tags.includes(t)).length;
  return all
    .filter((other) => other.id !== story.id)
    .map((other, index) => ({ other, index, points: score(other) }))
    .sort((a, b) => b.points - a.points || a.index - b.index)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The neighbours in the newest-first list: `newer` and `older`. */
export function neighbours<T extends { id: string }>(story: T, all: T[]): { newer?: T; older?: T } {
  const index = all.findIndex((s) => s.id === story.id);
  return { newer: index > 0 ? all[index - 1] : undefined, older: all[index + 1] };
}
