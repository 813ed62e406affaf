import { getCollection, type CollectionEntry } from 'astro:content';
import type { ThemeId } from './themes';

export type StoryEntry = CollectionEntry<'stories'>;

/** Published stories, newest first. Drafts show in `astro dev` only. */
export async function getStories(): Promise<StoryEntry[]> {
  const stories = await getCollection('stories', ({ data }) => import.meta.env.DEV || !data.draft);
  return sortNewestFirst(stories);
}

export function sortNewestFirst<T extends { id: string; data: { published: Date } }>(stories: T[]): T[] {
  return [...stories].sort((a, b) => b.data.published.valueOf() - a.data.published.valueOf() || a.id.localeCompare(b.id));
}

export function storiesWithTheme<T extends { data: { themes: readonly string[] } }>(stories: T[], theme: ThemeId): T[] {
  return stories.filter((s) => s.data.themes.includes(theme));
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The date a story says it was revised: only when `updated` is more than a day
 * after `published`, so a fix made while a story went out is not news.
 */
export function revisedOn({ published, updated }: { published: Date; updated?: Date }): Date | undefined {
  return updated && updated.valueOf() - published.valueOf() > DAY ? updated : undefined;
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
 * recency, so every story has somewhere to go next. Every story page asks, so
 * a library of N stories scores N² pairs: the best few are kept as the list is
 * read, rather than sorting all N for each story (0.9 s at 2,000 stories).
 */
export function relatedStories<T extends { id: string; data: { themes: readonly string[]; tags: readonly string[] } }>(
  story: T,
  all: T[],
  limit = 3,
): T[] {
  const shared = (mine: readonly string[], theirs: readonly string[]) => {
    let count = 0;
    for (const item of theirs) if (mine.includes(item)) count++;
    return count;
  };
  if (limit <= 0) return [];
  // Best first; among equal points, the earlier in `all` (the newer) first.
  const best: { other: T; points: number }[] = [];
  for (const other of all) {
    if (other.id === story.id) continue;
    const points = shared(story.data.themes, other.data.themes) * 10 + shared(story.data.tags, other.data.tags);
    if (best.length === limit && points <= best[limit - 1]!.points) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.points < points) at--;
    best.splice(at, 0, { other, points });
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

/** The neighbours in the newest-first list: `newer` and `older`. */
export function neighbours<T extends { id: string }>(story: T, all: T[]): { newer?: T; older?: T } {
  const index = all.findIndex((s) => s.id === story.id);
  return { newer: index > 0 ? all[index - 1] : undefined, older: all[index + 1] };
}
