import { getCollection, type CollectionEntry } from 'astro:content';
import { getDecisions, type PlacedDecision } from '../stories/decisions';
import { getStories, type StoryEntry } from '../stories/library';
import { preworkProblem } from './prework';
import { dilemmaPath } from '../utils/url';

export type TrackEntry = CollectionEntry<'tracks'>;

export interface Track {
  entry: TrackEntry;
  steps: PlacedDecision[];
  /** The story to read before the session, when the track names one. */
  prework?: StoryEntry;
}

/**
 * Tracks in index order, each with its decisions and pre-work story looked up.
 * An id that no story declares, or a pre-work story that is missing or one of
 * the track's own, fails the build, naming the track file and the field: every
 * such problem at once, so one build shows the writer all of them.
 */
export async function getTracks(): Promise<Track[]> {
  const decisions = await getDecisions();
  const stories = new Map((await getStories()).map((story) => [story.id, story]));
  const entries = (await getCollection('tracks')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const problems: string[] = [];
  const tracks = entries.map((entry) => {
    const file = entry.filePath ?? entry.id;
    const steps = entry.data.decisions.flatMap((id, index) => {
      const placed = decisions.get(id);
      if (!placed) problems.push(`${file}: decisions[${index}] "${id}" is not the id of any decision in content/stories/`);
      return placed ? [placed] : [];
    });
    const prework = entry.data.prework?.story;
    if (prework === undefined) return { entry, steps };
    const problem = preworkProblem(
      file,
      prework,
      new Set(stories.keys()),
      entry.data.decisions.map((id) => ({ decision: id, story: decisions.get(id)?.story.id ?? '' })),
    );
    if (problem) problems.push(problem);
    return { entry, steps, prework: stories.get(prework) };
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return tracks;
}

/** Splits authored text into paragraphs at blank lines. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export const trackPath = (id: string) => `/tracks/${id}/`;
export const stepPath = (id: string, step: number) => `/tracks/${id}/${step}/`;
export const finishPath = (id: string) => `/tracks/${id}/finish/`;
/**
 * What a phone walking a track needs offline: every page of the walk, and each
 * dilemma's summary, which its hand-in page reads.
 */
export const walkFiles = (id: string, decisions: string[]) => [
  trackPath(id),
  ...decisions.map((_, i) => stepPath(id, i + 1)),
  finishPath(id),
  ...decisions.map((decision) => `${dilemmaPath(decision)}summary.json`),
];

/** What a room reads phones' hand-ins against: each step's id and choice ids, in order. */
export const roomDecisions = (steps: PlacedDecision[]) =>
  steps.map(({ decision }) => ({ id: decision.id, choices: decision.choices.map((c) => c.id) }));
/** The printable facilitator pack. */
export const packPath = (id: string) => `/tracks/${id}/pack/`;
