import type { APIRoute } from 'astro';
import { getDecisions, summaryFile, type PlacedDecision } from '../../../stories/decisions';
import { conceptNames } from '../../../concepts/library';

/*
 * One small JSON file per decision: what My answers needs to list an answer
 * and weigh its lenses, and what a shared session runs and prints
 * (src/components/sessions/). My answers fetches only the decisions a reader
 * has answered, so its HTML stays the same size however large the library grows.
 *
 * `astro dev` serves them from this route. `astro build` writes them all at
 * once instead, from ../all-summaries.json (src/integrations/summaries.ts):
 * through Astro's page pipeline each file cost about 0.7 ms, 2 s of a
 * 1,000-story build for 3,000 files of a few hundred bytes.
 */
export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return [...(await getDecisions()).values()].map((placed) => ({ params: { id: placed.decision.id }, props: placed }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(summaryFile(props as PlacedDecision, await conceptNames())), {
    headers: { 'Content-Type': 'application/json' },
  });
