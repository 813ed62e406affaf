import type { DecisionSummary } from '../../stories/summary';
import { keepOffline } from '../../lib/offline/keep';

/** Ids the site could have made: anything else in storage is not fetched. */
const SITE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type Summaries = Record<string, DecisionSummary | null>;

/** Fetches one decision's summary; null when the site no longer has it or it cannot be read. */
export async function fetchSummary(base: string, id: string): Promise<DecisionSummary | null> {
  if (!SITE_ID.test(id)) return null;
  try {
    const address = `${base}${id}/summary.json`;
    const response = await fetch(address);
    if (!response.ok) return null;
    const summary = (await response.json()) as DecisionSummary;
    if (summary?.id !== id || !Array.isArray(summary.choices)) return null;
    // A session, a room or My answers read this again with no network.
    keepOffline([address]);
    return summary;
  } catch {
    return null;
  }
}
