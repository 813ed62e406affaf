import type { APIRoute } from 'astro';
import { getDecisions, summaryFile } from '../../stories/decisions';
import { conceptNames } from '../../concepts/library';

/*
 * Every decision's summary in one file, keyed by id: the build splits it into
 * dilemmas/<id>/summary.json and removes it (src/integrations/summaries.ts).
 */
export const GET: APIRoute = async () => {
  const names = await conceptNames();
  const summaries = Object.fromEntries(
    [...(await getDecisions()).values()].map((placed) => [placed.decision.id, summaryFile(placed, names)]),
  );
  return new Response(JSON.stringify(summaries), { headers: { 'Content-Type': 'application/json' } });
};
