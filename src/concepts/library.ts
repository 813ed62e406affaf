import { getCollection, type CollectionEntry } from 'astro:content';
import { getDecisions, type PlacedDecision } from '../stories/decisions';
import { getTracks, type Track } from '../tracks/library';
import { conceptPath, url } from '../utils/url';
import type { ForceLink } from '../stories/summary';

export type ConceptEntry = CollectionEntry<'concepts'>;

/** Every concept, in the order of their titles. */
export async function getConcepts(): Promise<ConceptEntry[]> {
  return (await getCollection('concepts')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** Concept titles by id: what a force link needs. */
export type ConceptNames = ReadonlyMap<string, string>;

export async function conceptNames(): Promise<ConceptNames> {
  return new Map((await getConcepts()).map((entry) => [entry.id, entry.data.title]));
}

/** A decision's forces as links, in the order the story names them (strongest first). */
export const forceLinks = (forces: readonly string[], names: ConceptNames): ForceLink[] =>
  forces.map((id) => ({ id, title: names.get(id) ?? id, href: url(conceptPath(id)) }));

export interface ConceptUse {
  concept: ConceptEntry;
  /** The dilemmas that name it, in story order (newest story first). */
  decisions: PlacedDecision[];
  /** Tracks with at least one of those dilemmas, and how many. */
  tracks: { track: Track; count: number }[];
}

/** Where each concept is at play: its dilemmas and the tracks that use them. */
export async function conceptUses(): Promise<ConceptUse[]> {
  const decisions = [...(await getDecisions()).values()];
  const tracks = await getTracks();
  return (await getConcepts()).map((concept) => {
    const at = decisions.filter(({ decision }) => decision.forces.includes(concept.id));
    return {
      concept,
      decisions: at,
      tracks: tracks
        .map((track) => ({ track, count: track.steps.filter(({ decision }) => decision.forces.includes(concept.id)).length }))
        .filter(({ count }) => count > 0),
    };
  });
}

/** The forces a set of dilemmas covers, most common first, each with how many of them name it. */
export function forcesCovered(steps: PlacedDecision[], names: ConceptNames): (ForceLink & { count: number })[] {
  const counts = new Map<string, number>();
  for (const { decision } of steps) for (const force of decision.forces) counts.set(force, (counts.get(force) ?? 0) + 1);
  return forceLinks([...counts.keys()], names)
    .map((link) => ({ ...link, count: counts.get(link.id)! }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'en'));
}
