import { getCollection, type CollectionEntry } from 'astro:content';
import { getDecisions, type PlacedDecision } from '../stories/decisions';
import { dilemmaPath } from '../utils/url';

export type TrackEntry = CollectionEntry<'tracks'>;

export interface Track {
  entry: TrackEntry;
  steps: PlacedDecision[];
}

/**
 * Tracks in index order, each with its decisions looked up. An id that no
 * story declares fails the build, naming the track file and the id.
 */
export async function getTracks(): Promise<Track[]> {
  const decisions = await getDecisions();
  const entries = (await getCollection('tracks')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  return entries.map((entry) => ({
    entry,
    steps: entry.data.decisions.map((id, index) => {
      const placed = decisions.get(id);
      if (!placed) {
        throw new Error(`${entry.filePath ?? entry.id}: decisions[${index}] "${id}" is not the id of any decision in content/stories/`);
      }
      return placed;
    }),
  }));
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
