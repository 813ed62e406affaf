import type { DecisionSummary, ForceLink } from '../../stories/summary';
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
    // A summary cached before forces existed has none; a malformed one shows none.
    summary.forces = readForces(summary.forces);
    // A summary cached before the narrator's choice was written has none.
    const actual = readActual(summary.actual, summary.choices);
    if (actual) summary.actual = actual;
    else delete summary.actual;
    // A session, a room or My answers read this again with no network.
    keepOffline([address]);
    return summary;
  } catch {
    return null;
  }
}

const isForce = (value: unknown): value is ForceLink => {
  const force = value as Partial<ForceLink> | null;
  return typeof force?.id === 'string' && typeof force.title === 'string' && typeof force.href === 'string' && force.href.startsWith('/');
};

/** The forces of a fetched summary: only well-formed site links, never an outside address. */
export const readForces = (value: unknown): ForceLink[] => (Array.isArray(value) ? value.filter(isForce) : []);

/** The narrator's choice of a fetched summary: the id of one of its own choices, or none. */
export const readActual = (value: unknown, choices: readonly unknown[]): string | undefined =>
  typeof value === 'string' && choices.some((choice) => (choice as { id?: unknown } | null)?.id === value) ? value : undefined;
