import { getStories, type StoryEntry } from './library';
import type { DecisionData } from './schema';
import type { DecisionSummary, DilemmaFile } from './summary';
import { dilemmaPath, storyPath, url } from '../utils/url';
import { forceLinks, type ConceptNames } from '../concepts/library';
import { legalSources } from './legal-sources';

export interface PlacedDecision {
  decision: DecisionData;
  story: StoryEntry;
}

async function placeDecisions(): Promise<Map<string, PlacedDecision>> {
  const placed = new Map<string, PlacedDecision>();
  for (const story of await getStories()) {
    for (const decision of story.data.decisions) placed.set(decision.id, { decision, story });
  }
  return placed;
}

let built: Promise<Map<string, PlacedDecision>> | undefined;

/**
 * Every decision on the site, keyed by its id (the loader already made ids
 * unique). Every <Decision> on every page asks, so a build works the map out
 * once; `astro dev` works it out afresh, since stories change under it.
 */
export function getDecisions(): Promise<Map<string, PlacedDecision>> {
  if (import.meta.env.DEV) return placeDecisions();
  return (built ??= placeDecisions());
}

export async function getDecision(id: string): Promise<PlacedDecision> {
  const found = (await getDecisions()).get(id);
  if (!found) throw new Error(`No story declares a decision with id "${id}".`);
  return found;
}

/** What answer lists need of a decision, with site URLs already built. */
export function summarise({ decision, story }: PlacedDecision, names: ConceptNames): DecisionSummary {
  return {
    id: decision.id,
    question: decision.question,
    storyTitle: story.data.title,
    storyHref: url(`${storyPath(story.id)}#${decision.id}`),
    dilemmaHref: url(dilemmaPath(decision.id)),
    choices: decision.choices.map(({ id, label, consequence, lenses }) => ({ id, label, consequence, lenses: [...lenses] })),
    forces: forceLinks(decision.forces, names),
    ...(decision.actual ? { actual: decision.actual } : {}),
  };
}

/**
 * What /dilemmas/<id>/summary.json holds: the answer-list summary, plus the
 * setup, discussion questions and facilitator notes that a shared session and
 * its facilitator pack show. Kept apart from `summarise` so pages that embed
 * summaries in their HTML (a track's finish screen) do not grow.
 */
export function summaryFile(placed: PlacedDecision, names: ConceptNames): DilemmaFile {
  const { setup, discussion, notes = '', legal = '', sources } = placed.decision;
  return {
    ...summarise(placed, names),
    setup,
    discussion: [...discussion],
    notes,
    legal,
    sources: legalSources(sources).map(({ title, url }) => (url ? { title, url } : { title })),
  };
}
